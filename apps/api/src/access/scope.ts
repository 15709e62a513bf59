import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from './viewer';
import { SYSTEM_VIEWER } from './system-viewer';
import { DbConnection, DbIdentity } from './connection';
import type { StatementStats } from './connection';
import { Unauthenticated } from '../domain/errors';

export type { StatementStats } from './connection';

/** The two pools: requests', and a small one of the system's own (boot, seeding, jobs) that requests never wait on. */
export interface Pools {
  requests: DataSource;
  system: DataSource;
}



function viewerIdentity(viewer: Viewer): DbIdentity {
  const all = viewer.visiblePartnerIds === 'ALL';
  return { dbRole: 'trellis_app', viewerRole: viewer.role, allPartners: all, partnerIds: all ? [] : viewer.visiblePartnerIds as string[], userId: viewer.userId };
}

const publicIdentity = (partnerIds: readonly string[]): DbIdentity =>
  ({ dbRole: 'trellis_public', viewerRole: 'PUBLIC', allPartners: false, partnerIds, userId: '' });

const CREDENTIALS: DbIdentity = { dbRole: 'trellis_auth', viewerRole: 'AUTH', allPartners: false, partnerIds: [], userId: '' };

/**
 * The one way to the database: who asks (the viewer, or nobody) and the connection it asks on. A request
 * has one connection; the scopes it derives (a showroom's public view, access's credential checks, the
 * viewer after sign-in) share it, each under its own PostgreSQL role. Services take a scope, never a pool.
 */
export class Scope {
  private constructor(
    readonly connection: DbConnection,
    readonly viewer: Viewer | null,
    private readonly identity: DbIdentity,
    /** False for the scopes derived from another on its connection: only the first may end it. */
    private readonly ownsConnection = true,
  ) {}

  /** A request's scope: the signed-in viewer's, or for anonymous visitors the public view of no showroom yet. */
  static forRequest(pools: Pools, viewer: Viewer | null, stats?: StatementStats, onViewersChanged?: () => void): Scope {
    const connection = new DbConnection(pools.requests, stats, 'request', true, onViewersChanged);
    return viewer ? new Scope(connection, viewer, viewerIdentity(viewer)) : new Scope(connection, null, publicIdentity([]));
  }

  /** A named scope of Trellis itself on the system pool: boot, seeding, command-line tasks, background work. */
  static system(pools: Pools, name: string, viewer: Viewer = SYSTEM_VIEWER, onViewersChanged?: () => void): Scope {
    return new Scope(new DbConnection(pools.system, undefined, name, false, onViewersChanged), viewer, viewerIdentity(viewer));
  }

  /** The public view of one showroom's partner (none: the brand's), on this scope's connection. */
  publicFor(partnerIds: readonly string[]): Scope {
    return new Scope(this.connection, null, publicIdentity(partnerIds), false);
  }

  /** Access's own view for credentials (sessions, tokens, invitations, sign-in counters), on this connection. */
  credentials(): Scope {
    return new Scope(this.connection, this.viewer, CREDENTIALS, false);
  }

  /** The same connection acting for another viewer (after sign-in). */
  as(viewer: Viewer): Scope {
    return new Scope(this.connection, viewer, viewerIdentity(viewer), this.ownsConnection);
  }

  get stats(): StatementStats {
    return this.connection.stats;
  }

  /** The viewer, or UNAUTHENTICATED. Services that need a signed-in user start here. */
  get user(): Viewer {
    if (!this.viewer) throw new Unauthenticated();
    return this.viewer;
  }

  manager(): Promise<EntityManager> {
    return this.connection.manager(this.identity);
  }

  /**
   * Rows of one statement. `name`, a constant such as "partner.by-ids", makes it a named statement that
   * PostgreSQL plans once per connection: give one to the statements that most requests send. A text
   * built from options gets one named statement per shape (see statementName in connection.ts).
   */
  query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], name?: string): Promise<T[]> {
    return this.connection.query<T>(this.identity, sql, params, name);
  }

  /**
   * Access's viewer lookup: a statement calling trellis_authenticate, which sets the viewer's settings on
   * this connection as it answers (see the migration that defines it). `toViewer` reads its row.
   */
  async authenticate<T>(
    sql: string,
    params: unknown[],
    name: string,
    toViewer: (row: T) => Viewer,
    /** The all-partners setting the statement applied: the identity is recorded only when it is the viewer's. */
    allPartnersOf: (row: T) => boolean,
  ): Promise<Viewer | null> {
    let viewer: Viewer | null = null;
    await this.connection.identifyingQuery<T>(sql, params, name, (row) => {
      viewer = row ? toViewer(row) : null;
      const identity = viewer && viewerIdentity(viewer);
      return identity && row && identity.allPartners === allPartnersOf(row) ? identity : null;
    }, this.identity);
    return viewer;
  }

  /**
   * A statement that opens a showroom's public view (trellis_open_showroom): its rows, after which this
   * connection acts as the public view of the partners `partnerIdsOf` names for the row (of none without one).
   */
  openPublic<T>(sql: string, params: unknown[], name: string, partnerIdsOf: (row: T) => readonly string[]): Promise<T[]> {
    return this.connection.identifyingQuery<T>(sql, params, name, (row) => publicIdentity(row ? partnerIdsOf(row) : []), this.identity);
  }

  /** For UPDATE/DELETE ... RETURNING: the rows, and how many rows the statement touched. */
  execute<T = Record<string, unknown>>(sql: string, params: unknown[] = [], name?: string): Promise<{ rows: T[]; affected: number }> {
    return this.connection.execute<T>(this.identity, sql, params, name);
  }

  /**
   * Work that must see the transaction committed (a product import started on the rows this
   * transaction writes). Work that must not be lost goes to the job queue instead (access/jobs.ts). Runs after a successful commit; a failure there is logged, never undoes the commit.
   */
  afterCommit(work: () => Promise<void>): void {
    this.connection.afterCommit(work);
  }

  /** Ends the connection's transaction now (commit or roll back); the next statement starts another. */
  finish(commit: boolean): Promise<void> {
    return this.connection.finish(commit);
  }

  /** Commits and gives the connection back until the next statement (see DbConnection.suspend). */
  suspend(): Promise<void> {
    return this.connection.suspend();
  }

  /** Runs work in this scope, then commits, or rolls back when the work throws; the connection goes back. */
  async within<T>(work: (scope: Scope) => Promise<T>): Promise<T> {
    if (!this.ownsConnection) throw new Error('a derived scope cannot end the connection it shares');
    let result: T;
    try {
      result = await work(this);
    } catch (err) {
      await this.connection.close(false);
      throw err;
    }
    await this.connection.close(true);
    return result;
  }
}

/** Makes scopes; what background work and boot steps receive instead of a pool. */
export class Scopes {
  constructor(
    private readonly pools: Pools,
    /** Called when a commit changed what viewers are built from (the viewer cache's clear; see DbConnection). */
    private readonly onViewersChanged?: () => void,
  ) {}

  forRequest(viewer: Viewer | null, stats?: StatementStats): Scope {
    return Scope.forRequest(this.pools, viewer, stats, this.onViewersChanged);
  }

  system(name: string, viewer?: Viewer): Scope {
    return Scope.system(this.pools, name, viewer, this.onViewersChanged);
  }

  /** Reads of an anonymous request outside GraphQL (an image, a logo): plain reads need no transaction. */
  read<T>(work: (scope: Scope) => Promise<T>): Promise<T> {
    const scope = this.forRequest(null);
    scope.connection.autocommit();
    return scope.within(work);
  }

  /** Runs work in a new system scope: committed when it returns, rolled back when it throws. */
  runSystem<T>(name: string, work: (scope: Scope) => Promise<T>, viewer?: Viewer): Promise<T> {
    return this.system(name, viewer).within(work);
  }
}
