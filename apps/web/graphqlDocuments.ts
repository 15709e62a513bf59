import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const MAP_ENTRY = /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm;
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm;
/** The public pages' modules: their operations go to publicClient.ts, which sends text and needs no syntax tree. */
const PUBLIC_MODULE = /[\\/]src[\\/]showroom[\\/]/;

/**
 * An operation as the public client sends it: its printed text (with the fragments it spreads) and its name.
 * The syntax tree and graphql-js's printer then stay off an anonymous visitor's first load; a fragment keeps its
 * tree (fragment masking only reads its type).
 */
function asText(node: string): string {
  const document = JSON.parse(node) as DocumentNode;
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!operation) return node;
  return JSON.stringify({ __text: print(document), __name: operation.name?.value });
}

/**
 * Replaces each graphql(`...`) call with its document, inlined: the transform the codegen client preset's
 * babel/swc plugins make. Without it every page imports src/gql/gql.ts, whose lookup table holds EVERY
 * document of the app (the portals' too), and even direct imports from src/gql/graphql.ts would put every
 * document used anywhere into the one shared chunk of that module. Inlined, each chunk carries only the
 * documents of its own components. The generated files stay the source of truth: a call whose text codegen
 * has not seen fails the build (run pnpm codegen) instead of shipping an empty document. The public pages'
 * operations (src/showroom) are inlined as their text (asText).
 */
export function graphqlDocuments(): Plugin {
  let gqlDir = '';
  let documents = new Map<string, string>();
  return {
    name: 'trellis-graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      gqlDir = path.resolve(config.root, 'src/gql');
    },
    buildStart() {
      const table = readFileSync(path.join(gqlDir, 'gql.ts'), 'utf8');
      const runtime = table.slice(table.indexOf('const documents'));
      const generated = readFileSync(path.join(gqlDir, 'graphql.ts'), 'utf8');
      const nodes = new Map([...generated.matchAll(DOCUMENT)].map(([, name, node]) => [name, node]));
      documents = new Map([...runtime.matchAll(MAP_ENTRY)].map(([, source, name]) => [JSON.parse(source) as string, nodes.get(name) ?? '']));
      this.addWatchFile(path.join(gqlDir, 'gql.ts'));
      this.addWatchFile(path.join(gqlDir, 'graphql.ts'));
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const textOnly = PUBLIC_MODULE.test(id);
      const inlined = code.replace(CALL, (_call, source: string) => {
        const node = documents.get(source);
        if (!node) this.error(`${id}: a graphql() document that src/gql does not know; run pnpm codegen`);
        // The document on one line where the call was, so that the source's line numbers stay as they were.
        return `(${textOnly ? asText(node) : node})`;
      });
      return { code: inlined, map: null };
    },
  };
}
