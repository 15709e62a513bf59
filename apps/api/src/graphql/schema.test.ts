import { readFileSync } from 'node:fs';
import { getMetadataStorage } from 'type-graphql';
import { printTrellisSchema, schemaFile } from './emit-schema';
import { publicOperations } from '../access/access-decorators';
import { resolvers } from './schema';

describe('the GraphQL schema', () => {
  it('matches the committed packages/schema/schema.graphql (run `pnpm schema` after changing the API)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(printTrellisSchema());
  });

  it('declares the access of every query, mutation and subscription; this list changes only with a reviewed permission change', () => {
    expect(resolvers.length).toBeGreaterThan(0);
    const storage = getMetadataStorage();
    const authorized = new Map<string, string[]>();
    for (const a of storage.authorizedFields) authorized.set(`${a.target.name}.${a.fieldName}`, a.roles as string[]);
    const classRoles = new Map<string, string[]>();
    for (const a of storage.authorizedResolver) classRoles.set(a.target.name, a.roles as string[]);
    const operations = [
      ...storage.queries.map((op) => ({ op, kind: 'query' })),
      ...storage.mutations.map((op) => ({ op, kind: 'mutation' })),
      ...storage.subscriptions.map((op) => ({ op, kind: 'subscription' })),
    ];
    const access = Object.fromEntries(
      operations
        .map(({ op, kind }) => {
          const key = `${op.target.name}.${op.methodName}`;
          const roles = authorized.get(key) ?? classRoles.get(op.target.name);
          const declared = publicOperations.has(key) ? 'PUBLIC' : roles ? [...roles].sort().join(' ') : 'UNDECLARED';
          return [`${kind} ${op.schemaName}`, declared] as const;
        })
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    expect(Object.entries(access).filter(([, v]) => v === 'UNDECLARED')).toEqual([]);
    expect(access).toMatchSnapshot();
  });
});
