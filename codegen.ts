import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every consumer come from the committed schema that the API emits (pnpm schema). The schema's
 * enums and input types are generated once, into @trellis/schema (enums as const objects, so that a form
 * can list their values); the SPA's operation types import them from there instead of holding a copy.
 */
const scalars = { DateTimeISO: 'string' };

const config: CodegenConfig = {
  schema: 'packages/schema/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'packages/schema/src/types.ts': {
      plugins: ['typescript'],
      config: { enumsAsConst: true, namingConvention: { enumValues: 'keep' }, scalars },
    },
    'apps/web/src/gql/': {
      preset: 'client',
      config: { enumsAsTypes: true, scalars, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
