import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { logger } from '../logger';

/** Counts the statements a request sends, setup excluded; read by the statement-counting test helper. */
export interface StatementStats {
  statements: number;
}


/**
 * Who the database thinks is asking: a role without BYPASSRLS and the transaction-local settings that the
 * row-level-security policies read. `trellis_auth` is access's own role for credentials (sessions, tokens,
 * invitations, sign-in counters); `trellis_public` reads one showroom; `trellis_app` is a signed-in viewer.
 */
export interface DbIdentity {
  dbRole: 'trellis_app' | 'trellis_public' | 'trellis_auth';
  viewerRole: string;
  allPartners: boolean;
  partnerIds: readonly string[];
  userId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The statement that makes an identity current, sent as ONE simple-protocol round trip. Values are
 * inlined because the simple protocol takes no parameters; each is checked here before it is.
 */
export function identitySql(identity: DbIdentity): string {
  if (!/^[A-Z_]+$/.test(identity.viewerRole)) throw new Error(`unexpected role ${identity.viewerRole}`);
  for (const id of identity.partnerIds) if (!UUID.test(id)) throw new Error(`unexpected partner id ${id}`);
  const userId = UUID.test(identity.userId) ? identity.userId : '';
  return (
    `SET LOCAL ROLE ${identity.dbRole}; SELECT set_config('trellis.role', '${identity.viewerRole}', true), ` +
    `set_config('trellis.all_partners', '${identity.allPartners ? 'on' : 'off'}', true), ` +
    `set_config('trellis.partner_ids', '{${identity.partnerIds.join(',')}}', true), ` +
    `set_config('trellis.user_id', '${userId}', true)`
  );
}

/**
 * One pooled connection and at most one transaction on it at a time: everything a request (or a job)
 * sends to PostgreSQL. The connection is taken on first use and never a second one: the public view of a
 * showroom and access's credential checks run on the same connection under their own role, switched with
 * SET LOCAL ROLE inside the transaction when the next statement needs another identity.
 *
 * Every step (a statement, a commit, giving the connection back) is a link of one chain: a request's
 * resolvers run concurrently, and a statement must never meet a connection that is being committed or
 * handed back, nor a fresh connection without its transaction and identity.
 */
export class DbConnection {
  private runner?: QueryRunner;
  /** The identity statement in force in the open transaction of `runner`; undefined: no transaction. */
  private current?: string;
  private closed = false;
  private tail: Promise<unknown> = Promise.resolve();
  private afterCommitWork: (() => Promise<void>)[] = [];

  constructor(
    private readonly pool: DataSource,
    readonly stats: StatementStats = { statements: 0 },
    /** Named in logs: 'request', or the job or boot step a system connection serves. */
    readonly name = 'request',
  ) {}

  /** An EntityManager whose every statement runs as this identity, in this connection's transaction. */
  async manager(identity: DbIdentity): Promise<EntityManager> {
    const base = await this.step(() => this.open());
    const view: QueryRunner = Object.create(base);
    // The statement goes to whichever connection the chain holds when its turn comes, never to `base`.
    view.query = ((sql: string, params?: unknown[], structured?: boolean) =>
      this.run(identity, (runner) => runner.query(sql, params, structured as true))) as QueryRunner['query'];
    // TypeORM points the runner back at the manager it is given to; the view gets its own.
    return this.pool.createEntityManager(view);
  }

  /** Rows of a statement run as this identity. */
  query<T>(identity: DbIdentity, sql: string, params: unknown[] = []): Promise<T[]> {
    return this.run(identity, (runner) => runner.query(sql, params));
  }

  /** Rows and affected count (UPDATE/DELETE ... RETURNING answer [rows, count] through plain query). */
  async execute<T>(identity: DbIdentity, sql: string, params: unknown[] = []): Promise<{ rows: T[]; affected: number }> {
    const result = await this.run(identity, (runner) => runner.query(sql, params, true));
    return { rows: result.records as T[], affected: result.affected ?? result.records.length };
  }

  afterCommit(work: () => Promise<void>): void {
    this.afterCommitWork.push(work);
  }

  /**
   * Ends the transaction (commit or roll back) once the statements queued before have run, and keeps
   * the connection: a later statement starts a new transaction on it. After a commit, the work queued
   * with afterCommit runs; its failure is logged and never undoes the commit.
   */
  async finish(commit: boolean): Promise<void> {
    const work = await this.step(() => this.end(commit));
    if (commit) await this.runAfterCommit(work);
  }

  /**
   * Ends the transaction and gives the connection back to the pool until the next statement: for slow
   * work that needs no database (a password hash), so that waiting requests get the connection meanwhile.
   */
  async suspend(): Promise<void> {
    const work = await this.step(async () => {
      const ended = await this.end(true);
      await this.release();
      return ended;
    });
    await this.runAfterCommit(work);
  }

  /**
   * Ends the transaction and gives the connection back to the pool, for good: a statement after this
   * is a bug (a resolver outliving its request) and fails. Safe to call more than once. The work queued
   * with afterCommit runs after the connection is back, so a slow mail server holds no connection.
   */
  async close(commit: boolean): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const work = await this.step(async () => {
      try {
        return await this.end(commit);
      } finally {
        await this.release();
      }
    });
    if (commit) await this.runAfterCommit(work);
  }

  /** Runs one step after those queued before it; a failed step does not stop the ones after it. */
  private step<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Runs a statement as this identity, first opening the transaction or switching identity as needed. */
  private run<T>(identity: DbIdentity, statement: (runner: QueryRunner) => Promise<T>): Promise<T> {
    return this.step(async () => {
      if (this.closed) throw new Error(`the ${this.name} connection has ended`);
      const runner = await this.open();
      const wanted = identitySql(identity);
      if (wanted !== this.current) {
        runner.data = { stats: this.stats, setup: true };
        // The first statement opens the transaction in the same round trip as the identity. Marked as
        // in a transaction before it is sent: whatever part of it failed, the end then rolls back.
        const sql = this.current === undefined ? `BEGIN; ${wanted}` : wanted;
        this.current = wanted;
        try {
          await runner.query(sql);
        } finally {
          runner.data = { stats: this.stats };
        }
      }
      return statement(runner);
    });
  }

  private async open(): Promise<QueryRunner> {
    if (this.runner) return this.runner;
    const runner = this.pool.createQueryRunner();
    runner.data = { stats: this.stats };
    await runner.connect();
    // TypeORM must see a transaction in progress, or its save() would open and commit one of its own.
    Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
    this.runner = runner;
    this.current = undefined;
    return runner;
  }

  /** COMMIT or ROLLBACK of the open transaction; answers the after-commit work it ended. */
  private async end(commit: boolean): Promise<(() => Promise<void>)[]> {
    const work = this.afterCommitWork;
    this.afterCommitWork = [];
    const runner = this.runner;
    if (!runner || this.current === undefined) return work;
    this.current = undefined;
    runner.data = { stats: this.stats, setup: true };
    try {
      // Sent as statements: TypeORM's commitTransaction() would mark the runner as out of a transaction,
      // and its managers would then open transactions of their own.
      await runner.query(commit ? 'COMMIT' : 'ROLLBACK');
    } catch (err) {
      // A connection whose transaction state is unknown must not go back to the pool for someone else.
      this.runner = undefined;
      await (runner as unknown as { releasePostgresConnection(err: Error): Promise<void> }).releasePostgresConnection(err as Error);
      if (commit) throw err;
      logger.warn({ err, connection: this.name }, 'rollback failed; the connection was closed');
    } finally {
      runner.data = { stats: this.stats };
    }
    return work;
  }

  private async release(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    this.current = undefined;
    if (runner) await runner.release();
  }

  private async runAfterCommit(work: (() => Promise<void>)[]): Promise<void> {
    for (const job of work) await job().catch((err) => logger.error({ err, connection: this.name }, 'after-commit work failed'));
  }
}
