import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { buildTrellisSchema } from './schema';
import { repoRoot } from '../config';

export const schemaFile = path.join(repoRoot, 'packages/schema/schema.graphql');

export function printTrellisSchema(): string {
  return `# Emitted by apps/api (pnpm schema). Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(buildTrellisSchema()))}\n`;
}

if (require.main === module) {
  writeFileSync(schemaFile, printTrellisSchema());
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`);
}
