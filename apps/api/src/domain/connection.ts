import { ClassType, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { BadInput } from './errors';
import { unsafeTextReason } from './text';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** The largest page any list gives (the few lists with pages of their own allow no more). */
export const MAX_PAGE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most 100.' })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  first: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counted only when a client selects it: counting all matching rows costs more than a page. */
  readonly totalCount: Promise<number>;
}

/** A Relay connection type for one node type, e.g. PartnerConnection. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

/** Keyset cursors: the sort key of the last row, opaque to clients. */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Our cursors write timestamps in UTC to the microsecond, as PostgreSQL stores them. */
const ISO_TIMESTAMP = /^((?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d{1,6})?Z$/;

/**
 * What each part of a cursor must be for the SQL that compares with it: a forged cursor of the right
 * shape but the wrong types would otherwise reach PostgreSQL (a text where a timestamp goes, a float
 * where a bigint goes) and fail there as an internal error.
 */
export type CursorPart = 'text' | 'uuid' | 'timestamp' | 'integer' | 'number';

const fits: Record<CursorPart, (value: unknown) => boolean> = {
  text: (v) => typeof v === 'string' && v.length <= 1000 && unsafeTextReason(v) === null,
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  // Date rolls "2026-02-31" over to March: a date that prints back the same to the second is a real one.
  timestamp: (v) => {
    const match = typeof v === 'string' ? ISO_TIMESTAMP.exec(v) : null;
    const seconds = match ? new Date(`${match[1]}Z`) : null;
    return Boolean(match && seconds && Number.isFinite(seconds.getTime()) && seconds.toISOString().startsWith(match[1]));
  },
  integer: (v) => Number.isSafeInteger(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
};

/** Decodes a cursor this list gave out, checking each part's type so that a forged one is bad input. */
export function decodeCursor(cursor: string, parts: readonly CursorPart[]): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts.length && parts.every((p, i) => fits[p](key[i]))) return key;
  } catch {
    // fall through to the typed error
  }
  throw new BadInput('after', 'is not a cursor this list gave out');
}

/** Builds a connection from rows fetched with limit first + 1; `count` runs on first read of totalCount. */
export function toConnection<T>(rows: T[], first: number, count: () => Promise<number>, keyOf: (row: T) => unknown[]): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return (total ??= count());
    },
  };
}
