import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|svg|json|html|txt)$/;
/**
 * Zopfli takes seconds per megabyte: files above this (the workbench's editor, its workers, the charts;
 * none of the public first load, whose largest chunk is under 300 KB) get zlib's level 9 instead.
 */
const ZOPFLI_MAX_BYTES = 400 * 1024;
/** Lazy chunks a visitor's first pages load: the showroom's and each language's public texts. */
const PUBLIC_LAZY = /^src\/(showroom\/|i18n\/[a-z]{2}\.ts$)/;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/**
 * The files of the public pages, by the build's manifest: the entry and what it imports, and the showroom's
 * and the public texts' lazy chunks with theirs. Null without a manifest (every file counts as public).
 */
function publicFiles(outDir: string): Set<string> | null {
  const at = path.join(outDir, '.vite', 'manifest.json');
  if (!existsSync(at)) return null;
  const manifest = JSON.parse(readFileSync(at, 'utf8')) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(path.join(outDir, chunk.file));
    for (const css of chunk.css ?? []) files.add(path.join(outDir, css));
    for (const next of chunk.imports ?? []) visit(next);
    for (const next of chunk.dynamicImports ?? []) if (PUBLIC_LAZY.test(next)) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return files;
}

/**
 * Writes name.br (brotli, strongest level) and name.gz beside each asset after the build. The API serves
 * them to browsers that accept them: compressing once here is ~14% smaller than brotli's fast level
 * on the fly, and costs no CPU per visitor. The .gz is zopfli's: ordinary gzip that every browser reads,
 * about 3.4% smaller than zlib's level 9 on our chunks, for a few seconds of build time (only for the
 * public pages' files, by the manifest: the signed-in pages' chunks, the workbench's editor among them, get
 * zlib's level 9 and brotli's 9, which take a fraction of the time). Files under 1 KB gain nothing and
 * stay as they are.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'trellis-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const assets = path.join(outDir, 'assets');
      const visitorFiles = publicFiles(outDir);
      const files = readdirSync(assets).map((name) => path.join(assets, name)).filter((file) => COMPRESSIBLE.test(file) && statSync(file).size >= 1024);
      await Promise.all(files.map(async (file) => {
        const content = readFileSync(file);
        // Zopfli's extra bytes saved matter on a visitor's first load; for the signed-in pages' chunks zlib will do.
        const big = content.length > ZOPFLI_MAX_BYTES || (visitorFiles !== null && !visitorFiles.has(file));
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: big ? 9 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        writeFileSync(`${file}.gz`, !big ? await gzipAsync(content, { numiterations: 15 }) : gzipSync(content, { level: 9 }));
      }));
    },
  };
}
