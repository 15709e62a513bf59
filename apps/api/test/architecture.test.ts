import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The module rules of ARCHITECTURE.md, checked on the source: one way to the database, the GraphQL edge
 * at the edge, and dependencies that point one way. A failure here is a design error, not a style nit.
 */
const src = path.resolve(__dirname, '../src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

const files = sources(src).map((file) => ({ file: path.relative(src, file), text: readFileSync(file, 'utf8') }));

/** The folder a file belongs to, as a node of the dependency graph: modules count one by one. */
function nodeOf(relative: string): string | null {
  const parts = relative.split(path.sep);
  if (parts.length === 1) return null; // the composition root (main, server, services, cli) and leaves (config, logger)
  if (parts[0] === 'modules') return `modules/${parts[1]}`;
  if (parts[0] === 'db' && parts[1] === 'seed') return 'db/seed';
  return parts[0];
}

function importsOf(file: string, text: string): string[] {
  return [...text.matchAll(/(?:from|import)\s+'(\.[^']+)'/g)].map((m) => path.relative(src, path.resolve(path.dirname(path.join(src, file)), m[1])));
}

const edges = new Map<string, Set<string>>();
for (const { file, text } of files) {
  const from = nodeOf(file);
  if (!from) continue;
  for (const target of importsOf(file, text)) {
    const to = nodeOf(target);
    if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
  }
}

function cycles(): string[][] {
  const found: string[][] = [];
  const visit = (node: string, trail: string[]) => {
    if (trail.includes(node)) {
      found.push([...trail.slice(trail.indexOf(node)), node]);
      return;
    }
    for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
  };
  for (const node of edges.keys()) visit(node, []);
  return found;
}

describe('architecture', () => {
  it('reaches the database only through scopes: no service, resolver or route touches a pool', () => {
    // The infrastructure: connections and scopes, the pools' type parsers, the LISTEN connection (viewer cache, live events), boot, pools and migrations, and the job
    // worker's own pool (graphile-worker holds it; tasks get scopes like any other work).
    const allowed = new Set(['access/connection.ts', 'access/scope.ts', 'access/pg-listener.ts', 'main.ts', 'server.ts', 'cli.ts', 'db/database.ts', 'db/data-source.ts', 'db/pg-types.ts',
      'db/migrate.ts', 'jobs/worker.ts']);
    const offenders = files
      .filter(({ file }) => !allowed.has(file) && !file.startsWith(`db${path.sep}migrations`))
      .filter(({ text }) => /\bDataSource\b|createQueryRunner|\.driver\b|from 'pg'|getRepository\(|\bdataSource\b/.test(text))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('keeps the GraphQL edge at the edge: the kernel, access and modules import nothing from it', () => {
    const offenders = files
      .filter(({ file }) => !file.startsWith(`graphql${path.sep}`) && nodeOf(file) !== null)
      .filter(({ file, text }) => importsOf(file, text).some((target) => target.startsWith(`graphql${path.sep}`)))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('has no dependency cycle between folders and modules', () => {
    expect(cycles()).toEqual([]);
  });

  it('points module dependencies one way: programs -> analytics -> interactions -> mdf -> service -> inventory -> orders -> showroom -> leads -> catalog -> partners -> access', () => {
    const order = ['modules/programs', 'modules/analytics', 'modules/interactions', 'modules/mdf', 'modules/service', 'modules/inventory', 'modules/orders', 'modules/showroom', 'modules/leads', 'modules/catalog', 'modules/partners'];
    const backwards = order.flatMap((from, i) => order.slice(0, i).filter((to) => edges.get(from)?.has(to)).map((to) => `${from} -> ${to}`));
    expect(backwards).toEqual([]);
    expect(edges.get('domain') ?? new Set()).toEqual(new Set());
    for (const module of order) expect([...(edges.get(module) ?? [])].filter((to) => to === 'graphql' || to === 'db/seed')).toEqual([]);
  });
});
