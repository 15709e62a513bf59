import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { Viewer } from './viewer';
import { Unauthenticated } from '../domain/errors';
import { logger } from '../logger';

/** Counts the statements a request sends, setup excluded; read by the statement-counting test helper. */
export interface StatementStats {
  statements: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The row-level-security settings of one transaction, sent as ONE simple-protocol round trip:
 * BEGIN, SET LOCAL ROLE and every set_config together. Values are inlined because the simple protocol
 * takes no parameters; each is checked (uuids, a role enum) before it gets here.
 */
export function rlsSetupSql(viewer: Viewer | null, dbRole: 'trellis_app' | 'trellis_public', publicPartnerIds: readonly string[] = []): string {
  const role = viewer?.role ?? 'PUBLIC';
  if (!/^[A-Z_]+$/.test(role)) throw new Error(`unexpected role ${role}`);
  const ids = viewer === null ? publicPartnerIds : viewer.visiblePartnerIds === 'ALL' ? [] : viewer.visiblePartnerIds;
  for (const id of ids) if (!UUID.test(id)) throw new Error(`unexpected partner id ${id}`);
  const all = viewer?.visiblePartnerIds === 'ALL' ? 'on' : 'off';
  const userId = viewer && UUID.test(viewer.userId) ? viewer.userId : '';
  return (
    `BEGIN; SET LOCAL ROLE ${dbRole}; SELECT set_config('trellis.role', '${role}', true), ` +
    `set_config('trellis.all_partners', '${all}', true), ` +
    `set_config('trellis.partner_ids', '{${ids.join(',')}}', true), ` +
    `set_config('trellis.user_id', '${userId}', true)`
  );
}

/**
 * Resolvers of one request run concurrently but share one connection; pg would queue their queries
 * itself, a use it deprecates. Chaining them here keeps the order explicit and pg 9-proof.
 */
function serialiseQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = tail.then(() => query(...args));
    tail = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}

/**
 * A request's access to the database: the viewer, and one transaction on one connection whose
 * row-level-security settings match that viewer. The transaction opens on first use, so requests that
 * never touch the database pay nothing.
 */
export class Scope {
  private runner?: Promise<QueryRunner>;
  private afterCommitWork: (() => Promise<void>)[] = [];

  constructor(
    readonly dataSource: DataSource,
    readonly viewer: Viewer | null,
    private readonly dbRole: 'trellis_app' | 'trellis_public' = viewer ? 'trellis_app' : 'trellis_public',
    /** For a public showroom: the one partner whose offers it may read. */
    private publicPartnerIds: readonly string[] = [],
    readonly stats: StatementStats = { statements: 0 },
  ) {}

  /** Points an anonymous scope that has not opened yet at a showroom partner; false when it cannot. */
  retargetPublic(partnerIds: readonly string[]): boolean {
    if (this.viewer || this.runner || this.dbRole !== 'trellis_public') return false;
    this.publicPartnerIds = partnerIds;
    return true;
  }

  /** A public scope (no viewer) that may read one partner's showroom data, counted with this request. */
  publicFor(partnerIds: readonly string[]): Scope {
    return new Scope(this.dataSource, null, 'trellis_public', partnerIds, this.stats);
  }

  /** The viewer, or UNAUTHENTICATED. Services that need a signed-in user start here. */
  get user(): Viewer {
    if (!this.viewer) throw new Unauthenticated();
    return this.viewer;
  }

  async manager(): Promise<EntityManager> {
    return (await this.queryRunner()).manager;
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.queryRunner()).query(sql, params);
  }

  private queryRunner(): Promise<QueryRunner> {
    this.runner ??= this.open();
    return this.runner;
  }

  private async open(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    runner.data = { stats: this.stats, setup: true };
    try {
      await runner.connect();
      serialiseQueries(runner);
      // TypeORM must see a transaction in progress, or its save() would open and commit one of its own.
      Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
      await runner.query(rlsSetupSql(this.viewer, this.dbRole, this.publicPartnerIds));
      runner.data = { stats: this.stats };
      return runner;
    } catch (err) {
      await runner.release();
      throw err;
    }
  }

  /**
   * Work that must see the transaction committed (an email with a link to a row this transaction
   * writes). Runs after a successful commit; a failure there is logged, never undoes the commit.
   */
  afterCommit(work: () => Promise<void>): void {
    this.afterCommitWork.push(work);
  }

  /** Ends the request's transaction: commit when it succeeded, roll back otherwise. */
  async finish(commit: boolean): Promise<void> {
    const work = this.afterCommitWork;
    this.afterCommitWork = [];
    await this.end(commit);
    if (!commit) return;
    for (const job of work) await job().catch((err) => logger.error({ err }, 'after-commit work failed'));
  }

  private async end(commit: boolean): Promise<void> {
    const pending = this.runner;
    if (!pending) return;
    this.runner = undefined;
    const runner = await pending.catch(() => null);
    if (!runner) return;
    runner.data = { stats: this.stats, setup: true };
    try {
      if (commit) await runner.commitTransaction();
      else await runner.rollbackTransaction();
    } finally {
      await runner.release();
    }
  }

  /** Runs work in a scope of its own, committed when it returns, rolled back when it throws. */
  static run<T>(dataSource: DataSource, viewer: Viewer | null, work: (scope: Scope) => Promise<T>): Promise<T> {
    return new Scope(dataSource, viewer).within(work);
  }

  /** Runs work in this (unopened) scope, then commits it, or rolls it back when the work throws. */
  async within<T>(work: (scope: Scope) => Promise<T>): Promise<T> {
    try {
      const result = await work(this);
      await this.finish(true);
      return result;
    } catch (err) {
      await this.finish(false);
      throw err;
    }
  }
}
