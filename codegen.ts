import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for every consumer come from the committed schema that the API emits (pnpm schema). */
const config: CodegenConfig = {
  schema: 'packages/schema/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'packages/schema/src/types.ts': {
      plugins: ['typescript'],
      config: { enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
    'apps/web/src/gql/': {
      preset: 'client',
      config: { enumsAsTypes: true, scalars: { DateTimeISO: 'string' }, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
