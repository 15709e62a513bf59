import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { en } from '../src/i18n/en';
import { enPortal } from '../src/i18n/en-portal';
import { pl } from '../src/i18n/pl';
import { plPortal } from '../src/i18n/pl-portal';
import { SIGNED_IN_SOURCES } from './first-load';

/**
 * The UI texts come in two parts (docs/ARCHITECTURE.md, "The first load"): the public pages' (src/i18n/en.ts,
 * pl.ts), which an anonymous visitor downloads, and the signed-in pages' (en-portal.ts, pl-portal.ts), loaded
 * only on the way to a signed-in page. A public page that uses a key of the portal part would show English or
 * the bare key: the type check cannot tell (keys are typed from both parts), so this reads the sources. No
 * browser and no server: it only needs the source files.
 */
const webRoot = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(webRoot, file), 'utf8');

const PUBLIC_SECTIONS = new Set(Object.keys(en));
const PORTAL_SECTIONS = new Set(Object.keys(enPortal));
const ALL_SECTIONS = [...PUBLIC_SECTIONS, ...PORTAL_SECTIONS];

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined; // a package
  const base = path.posix.join(path.posix.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]
    .find((candidate) => /\.tsx?$/.test(candidate) && existsSync(path.join(webRoot, candidate)));
}

/** Modules a file brings at run time: static and dynamic imports and re-exports, not type-only ones. */
function importsOf(file: string): string[] {
  const source = read(file);
  const specifiers = [
    ...[...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!),
    ...[...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!),
  ];
  return specifiers.map((specifier) => resolveImport(file, specifier)).filter((resolved): resolved is string => !!resolved);
}

/**
 * Every module an anonymous visitor's pages may load: what src/main.tsx imports, statically or lazily, short of
 * the signed-in pages and their texts (the same line as the first-load budget test draws).
 */
function publicModules(): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file) || SIGNED_IN_SOURCES.test(file)) return;
    seen.add(file);
    importsOf(file).forEach(walk);
  };
  walk('src/main.tsx');
  // The texts themselves and the generated GraphQL documents use no keys.
  return [...seen].filter((file) => !/^src\/(i18n|gql)\//.test(file)).sort();
}

interface KeyUse {
  file: string;
  key: string;
  section: string;
}

/**
 * The keys a source uses: the first argument of t(…) / i18next.t(…) as written ('section.key', or a
 * template `section.${…}`), and any other string or template that starts with a known section and a dot (keys
 * kept in tables, or passed through a cast, as ui/errors.ts does). A t() whose key does not start with a
 * literal section (t(key), t(`${…}.title`)) cannot be checked, and counts as a use of the section "?".
 */
function keysUsed(file: string, source: string): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const m of source.matchAll(/\b(?:i18next\.|i18n\.)?t\(\s*(?:(['"`])((?:(?!\1).)*)|([^'"`\s),][^),]*))/g)) {
    const key = m[2] ?? m[3]!;
    const section = m[2] === undefined ? '?' : (/^([A-Za-z_]\w*)(?:\.|$)/.exec(key)?.[1] ?? '?');
    uses.push({ file, key, section });
  }
  const known = new RegExp(`(['"\`])((${ALL_SECTIONS.join('|')})\\.(?:(?!\\1).)*)`, 'g');
  for (const m of source.matchAll(known)) {
    if (!uses.some((use) => use.key === m[2])) uses.push({ file, key: m[2]!, section: m[3]! });
  }
  return uses;
}

function notPublic(uses: KeyUse[]): string[] {
  return uses.filter((use) => !PUBLIC_SECTIONS.has(use.section)).map((use) => `${use.file}: ${use.key}`);
}

/** Every leaf's path ("basket.added"), a plural form counted as its base key ("csv.errorCount"). */
function leafKeys(texts: object, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [name, value] of Object.entries(texts)) {
    const key = `${prefix}${name}`;
    if (value && typeof value === 'object') leafKeys(value as object, `${key}.`).forEach((k) => keys.add(k));
    else keys.add(key.replace(/_(zero|one|two|few|many|other)$/, ''));
  }
  return keys;
}

test('the public pages use only the public part of the texts', () => {
  const modules = publicModules();
  // The walk reaches the pages (so a broken walk cannot pass by reading nothing)...
  expect(modules).toEqual(expect.arrayContaining([
    'src/App.tsx', 'src/main.tsx', 'src/showroom/ShowroomHome.tsx', 'src/showroom/ShowroomSearchPage.tsx', 'src/showroom/ProductPage.tsx',
    'src/showroom/BasketPage.tsx', 'src/showroom/LeadForm.tsx', 'src/ui/PublicLayout.tsx', 'src/ui/states.tsx', 'src/ui/errors.ts',
  ]));
  // ...and none of the signed-in pages.
  expect(modules.filter((file) => SIGNED_IN_SOURCES.test(file) || file.startsWith('src/ui/AppLayout'))).toEqual([]);
  const uses = modules.flatMap((file) => keysUsed(file, read(file)));
  expect([...new Set(uses.map((use) => use.section))]).toEqual(expect.arrayContaining(['showroom', 'basket', 'lead', 'errors', 'states']));
  expect(notPublic(uses)).toEqual([]);
});

test('the check can fail: a portal section, a template into one, and an uncheckable key are reported', () => {
  const source = [
    "t('basket.added', { name })",
    "t('partners.title')",
    't(`tier.${code}`)',
    "i18next.t('signIn.failed')",
    '(i18next.t as (key: string) => string)(`notForRole.${key}`)',
    't(key)',
    't(`${section}.title`)',
  ].join('\n');
  expect(notPublic(keysUsed('src/showroom/Example.tsx', source)).sort()).toEqual([
    'src/showroom/Example.tsx: ${section}.title',
    'src/showroom/Example.tsx: key',
    'src/showroom/Example.tsx: notForRole.${key}',
    'src/showroom/Example.tsx: partners.title',
    'src/showroom/Example.tsx: signIn.failed',
    'src/showroom/Example.tsx: tier.${code}',
  ]);
});

test('the two parts have distinct sections, and each language has exactly the keys of English in each part', () => {
  expect(Object.keys(en).filter((section) => PORTAL_SECTIONS.has(section))).toEqual([]);
  expect(Object.keys(pl)).toEqual(Object.keys(en));
  expect(Object.keys(plPortal)).toEqual(Object.keys(enPortal));
  expect([...leafKeys(pl)].sort()).toEqual([...leafKeys(en)].sort());
  expect([...leafKeys(plPortal)].sort()).toEqual([...leafKeys(enPortal)].sort());
});

test('every signed-in page of the route tables waits for the portal texts before it renders', () => {
  const lazyRoutes = ['src/App.tsx', 'src/SignedInRoutes.tsx'].flatMap((table) => [...read(table).matchAll(/^const (\w+) = lazy\((.*)\);$/gm)].map((m) => ({
    name: m[1]!,
    wrapped: m[2]!.startsWith('withPortalTexts('),
    module: resolveImport(table, /import\(\s*'([^']+)'\s*\)/.exec(m[2]!)?.[1] ?? ''),
  })));
  const signedIn = lazyRoutes.filter((route) => route.module && SIGNED_IN_SOURCES.test(route.module));
  expect(signedIn.map((route) => route.name)).toEqual(expect.arrayContaining(['RoleGate', 'SignInPage', 'InvitationPage', 'AppLayout', 'ChannelPortal', 'PartnerPortal', 'AnalyticsPortal', 'AccountPage']));
  expect(signedIn.filter((route) => !route.wrapped).map((route) => route.name)).toEqual([]);
  // The public lazy pages (product, basket) need no portal texts, and do not wait for them.
  expect(lazyRoutes.filter((route) => !signedIn.includes(route) && route.wrapped).map((route) => route.name)).toEqual([]);
});
