import { createHash } from 'node:crypto';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { logger } from '../logger';

/** Counts what a request sends: its statements (setup excluded), and all round trips. */
export interface StatementStats {
  statements: number;
  /** Every message exchange with PostgreSQL: statements, and the BEGIN, identity switches and COMMIT around them. */
  roundTrips: number;
}

/** Statements slower than this are logged. */
/** Statements slower than this are logged (TRELLIS_SLOW_STATEMENT_MS: an operator's lower threshold while profiling). */
const SLOW_STATEMENT_MS = Number(process.env.TRELLIS_SLOW_STATEMENT_MS) > 0 ? Number(process.env.TRELLIS_SLOW_STATEMENT_MS) : 1000;


/**
 * Who the database thinks is asking: a role without BYPASSRLS and the settings that the row-level-security
 * policies read. `trellis_auth` is access's own role for credentials (sessions, tokens, invitations,
 * sign-in counters); `trellis_public` reads one showroom; `trellis_app` is a signed-in viewer.
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
 * The statement that makes an identity current, sent as ONE simple-protocol round trip (so that it can
 * share it with BEGIN). Values are inlined because the simple protocol takes no parameters; each is
 * checked here before it is. `local`: for the transaction only (SET LOCAL), else for the session.
 */
export function identitySql(identity: DbIdentity, local = true): string {
  if (!/^[A-Z_]+$/.test(identity.viewerRole)) throw new Error(`unexpected role ${identity.viewerRole}`);
  for (const id of identity.partnerIds) if (!UUID.test(id)) throw new Error(`unexpected partner id ${id}`);
  const userId = UUID.test(identity.userId) ? identity.userId : '';
  return (
    `SET ${local ? 'LOCAL ' : ''}ROLE ${identity.dbRole}; SELECT set_config('trellis.role', '${identity.viewerRole}', ${local}), ` +
    `set_config('trellis.all_partners', '${identity.allPartners ? 'on' : 'off'}', ${local}), ` +
    `set_config('trellis.partner_ids', '{${identity.partnerIds.join(',')}}', ${local}), ` +
    `set_config('trellis.user_id', '${userId}', ${local})`
  );
}

/** The key of an identity: equal keys, same role and settings. */
function identityKey(identity: DbIdentity): string {
  return `${identity.dbRole}|${identity.viewerRole}|${identity.allPartners ? 1 : 0}|${identity.partnerIds.join(',')}|${identity.userId}`;
}

/** The pg client under a TypeORM runner, with the session identity it carries between requests. */
interface PgClient {
  query(config: string | { name?: string; text: string; values?: unknown[] }, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null; command?: string }>;
  /** The identity set on this physical connection for the session (see DbConnection); undefined: unknown. */
  [SESSION_IDENTITY]?: string;
}
const SESSION_IDENTITY = Symbol('trellis session identity');

/**
 * Named statements: PostgreSQL parses and plans a named statement once per connection and then only
 * binds and runs it. A statement's name is its family (a constant such as "partner.by-ids") and a hash of
 * its text, so one name always stands for one text. Statements whose text is built from a few options
 * (a search with or without a price filter) get one name per shape; the shapes are bounded by the code,
 * and past MAX_NAMED texts further statements simply run unnamed, so no input can grow the set.
 */
const statementNames = new Map<string, string>();
const MAX_NAMED = 300;

function statementName(family: string, sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined) {
    if (!/^[a-z][a-z0-9.-]{1,44}$/.test(family)) throw new Error(`statement family "${family}" must be a short constant like "partner.by-ids"`);
    if (statementNames.size >= MAX_NAMED) return undefined;
    name = `${family}:${createHash('sha1').update(sql).digest('base64url').slice(0, 12)}`;
    statementNames.set(sql, name);
  }
  return name;
}

/** Commits, reading first whether the transaction changed a viewer (see DbConnection's onViewersChanged). */
const COMMIT = `SELECT current_setting('trellis.viewers_changed', true) AS changed; COMMIT`;
/** in_failed_sql_transaction: a statement of the transaction had failed before this one. */
const FAILED_TRANSACTION = '25P02';

/** A commit that PostgreSQL turned into a rollback: a statement of the transaction had failed. */
export class TransactionRolledBack extends Error {
  constructor(connection: string) {
    super(`the ${connection} transaction was rolled back, not committed: one of its statements had failed`);
  }
}

/** Whether a statement only reads: it may then run outside a transaction (see ConnectionMode). */
const readOnly = (sql: string): boolean => /^\s*(SELECT|WITH)\b/i.test(sql) && !/\b(INSERT|UPDATE|DELETE|MERGE|FOR\s+(NO\s+KEY\s+)?(UPDATE|SHARE))\b/i.test(sql);

/** How a connection runs a request's statements. */
export type ConnectionMode =
  /** Every statement in one transaction, committed or rolled back at the end: writes, system work. */
  | 'transaction'
  /**
   * Each plain read statement on its own, without BEGIN and COMMIT: for read-only operations. Under READ
   * COMMITTED each statement of a transaction sees its own snapshot anyway, so a read loses nothing;
   * the first TypeORM manager, execute() or statement that is not a plain read (a write, a row lock)
   * turns the connection to 'transaction' from there on.
   */
  | 'autocommit';

/**
 * One pooled connection and at most one transaction on it at a time: everything a request (or a job)
 * sends to PostgreSQL. The connection is taken on first use and never a second one: the public view of a
 * showroom and access's credential checks run on the same connection under their own role, switched when
 * the next statement needs another identity.
 *
 * Request connections (`sessionIdentity`) keep their identity for the session: the pool's connections
 * serve requests only, each carries the identity its last request set, and a statement whose identity
 * differs switches first. Most requests then send no setup at all. A connection whose identity is not
 * known for sure (a rolled-back switch, a fresh connection) is switched before its first statement.
 * System connections (boot, jobs) share their pool with migrations and set their identity for the
 * transaction only.
 *
 * Every step (a statement, a commit, giving the connection back) is a link of one chain: a request's
 * resolvers run concurrently, and a statement must never meet a connection that is being committed or
 * handed back, nor a fresh connection without its transaction and identity.
 */
export class DbConnection {
  private runner?: QueryRunner;
  private mode: ConnectionMode = 'transaction';
  /** Whether a transaction is open on `runner`. */
  private inTransaction = false;
  /** For system connections: the identity set in the open transaction. */
  private localIdentity?: string;
  private closed = false;
  private tail: Promise<unknown> = Promise.resolve();
  private afterCommitWork: (() => Promise<void>)[] = [];

  constructor(
    private readonly pool: DataSource,
    readonly stats: StatementStats = { statements: 0, roundTrips: 0 },
    /** Named in logs: 'request', or the job or boot step a system connection serves. */
    readonly name = 'request',
    private readonly sessionIdentity = false,
    /**
     * Called, before the commit is reported, when the committed transaction changed what viewers are built
     * from (a trigger set trellis.viewers_changed; migration 1732800000002): the viewer cache is cleared
     * then, so that this instance's next request already sees a sign-out or a suspension.
     */
    private readonly onViewersChanged: () => void = () => undefined,
  ) {}

  /** Whether a transaction is open: what it reads may include its own writes, not yet committed. */
  get transactionOpen(): boolean {
    return this.inTransaction;
  }

  /** From now on, every statement runs in a transaction (a mutation); the reads before it stay as they were. */
  transactional(): void {
    this.mode = 'transaction';
  }

  /** Plain reads run without a transaction until a write turns the connection transactional (see ConnectionMode). */
  autocommit(): void {
    if (!this.inTransaction) this.mode = 'autocommit';
  }

  /** An EntityManager whose every statement runs as this identity, in this connection's transaction. */
  async manager(identity: DbIdentity): Promise<EntityManager> {
    this.mode = 'transaction';
    const base = await this.step(() => this.open());
    const view: QueryRunner = Object.create(base);
    // The statement goes to whichever connection the chain holds when its turn comes, never to `base`.
    view.query = ((sql: string, params?: unknown[], structured?: boolean) =>
      this.run(identity, (runner) => runner.query(sql, params, structured as true))) as QueryRunner['query'];
    // TypeORM points the runner back at the manager it is given to; the view gets its own.
    return this.pool.createEntityManager(view);
  }

  /**
   * Rows of a statement run as this identity. `name` (a constant such as "partner.by-ids") makes it a
   * named statement, planned once per connection: for the statements every request sends.
   */
  async query<T>(identity: DbIdentity, sql: string, params: unknown[] = [], name?: string): Promise<T[]> {
    if (this.mode === 'autocommit' && !readOnly(sql)) this.mode = 'transaction';
    const result = await this.run(identity, (runner) => this.send(runner, sql, params, name));
    return result.rows as T[];
  }

  /** Rows and affected count (UPDATE/DELETE ... RETURNING); always in a transaction. */
  async execute<T>(identity: DbIdentity, sql: string, params: unknown[] = [], name?: string): Promise<{ rows: T[]; affected: number }> {
    this.mode = 'transaction';
    const result = await this.run(identity, (runner) => this.send(runner, sql, params, name));
    return { rows: result.rows as T[], affected: result.rowCount ?? result.rows.length };
  }

  /**
   * Runs a statement that sets the connection's settings itself (trellis_authenticate, trellis_open_showroom),
   * under whatever identity the connection carries. `identityOf` tells which identity that leaves when the
   * connection already had its role; otherwise the identity is unknown and the next statement switches.
   */
  identifyingQuery<T>(
    sql: string,
    params: unknown[],
    name: string,
    identityOf: (row: T | undefined) => DbIdentity | null,
    /** System connections: the identity to run it under; its settings are reset after it (they would outlive the transaction). */
    fallback: DbIdentity,
  ): Promise<T[]> {
    if (!this.sessionIdentity) {
      return this.run(fallback, async (runner) => {
        const result = await this.send(runner, sql, params, name);
        this.localIdentity = undefined;
        this.stats.roundTrips += 1;
        await this.client(runner).query(`RESET trellis.role; RESET trellis.all_partners; RESET trellis.partner_ids; RESET trellis.user_id`);
        return result.rows as T[];
      });
    }
    return this.step(async () => {
      if (this.closed) throw new Error(`the ${this.name} connection has ended`);
      const runner = await this.open();
      const client = this.client(runner);
      if (this.mode === 'transaction' && !this.inTransaction) {
        this.inTransaction = true;
        this.stats.roundTrips += 1;
        await client.query('BEGIN');
      }
      const before = client[SESSION_IDENTITY];
      delete client[SESSION_IDENTITY];
      const result = await this.send(runner, sql, params, name);
      const rows = result.rows as T[];
      const identity = identityOf(rows[0]);
      if (identity && before?.startsWith(`${identity.dbRole}|`)) client[SESSION_IDENTITY] = identityKey(identity);
      return rows;
    });
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
      const begin = this.mode === 'transaction' && !this.inTransaction;
      const key = identityKey(identity);
      const client = this.client(runner);
      const current = this.sessionIdentity ? client[SESSION_IDENTITY] : this.localIdentity;
      const switching = key !== current;
      if (begin || switching) {
        const setup = switching ? identitySql(identity, !this.sessionIdentity) : '';
        const sql = begin ? (setup ? `BEGIN; ${setup}` : 'BEGIN') : setup;
        // Marked before it is sent: whatever part of it failed, the end then rolls back, and the
        // connection's identity is unknown until the switch is known to have happened.
        if (begin) this.inTransaction = true;
        if (switching) {
          delete client[SESSION_IDENTITY];
          this.localIdentity = undefined;
        }
        this.stats.roundTrips += 1;
        await client.query(sql);
        if (switching) {
          if (this.sessionIdentity) client[SESSION_IDENTITY] = key;
          else this.localIdentity = key;
        }
      }
      return statement(runner);
    });
  }

  /** One statement straight on the pg client (TypeORM adds nothing a plain statement needs). */
  private async send(runner: QueryRunner, sql: string, params: unknown[], name?: string) {
    const named = name ? statementName(name, sql) : undefined;
    this.stats.statements += 1;
    this.stats.roundTrips += 1;
    const started = performance.now();
    try {
      return await this.client(runner).query(named ? { name: named, text: sql, values: params } : sql, params);
    } catch (err) {
      logger.debug({ err, query: sql, connection: this.name }, 'query failed');
      throw err;
    } finally {
      const ms = performance.now() - started;
      if (ms > SLOW_STATEMENT_MS) logger.warn({ ms: Math.round(ms), query: name ?? sql.slice(0, 200), connection: this.name }, 'slow query');
    }
  }

  private client(runner: QueryRunner): PgClient {
    return (runner as unknown as { databaseConnection: PgClient }).databaseConnection;
  }

  private async open(): Promise<QueryRunner> {
    if (this.runner) return this.runner;
    const runner = this.pool.createQueryRunner();
    runner.data = { stats: this.stats };
    await runner.connect();
    // TypeORM must see a transaction in progress, or its save() would open and commit one of its own.
    Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
    this.runner = runner;
    this.inTransaction = false;
    this.localIdentity = undefined;
    return runner;
  }

  /** COMMIT or ROLLBACK of the open transaction; answers the after-commit work it ended. */
  private async end(commit: boolean): Promise<(() => Promise<void>)[]> {
    const work = this.afterCommitWork;
    this.afterCommitWork = [];
    const runner = this.runner;
    if (!runner || !this.inTransaction) return work;
    this.inTransaction = false;
    this.localIdentity = undefined;
    const client = this.client(runner);
    // A rollback undoes a switch of the session's identity made in the transaction: unknown from here.
    if (!commit) delete client[SESSION_IDENTITY];
    this.stats.roundTrips += 1;
    let ended: { command?: string };
    let viewersChanged = false;
    try {
      // Sent as statements: TypeORM's commitTransaction() would mark the runner as out of a transaction,
      // and its managers would then open transactions of their own. A commit first reads, in the same
      // round trip (one simple query, two results), whether the transaction changed a viewer.
      if (commit) {
        const [changed, committed] = (await client.query(COMMIT)) as unknown as { rows: { changed: string | null }[]; command?: string }[];
        viewersChanged = changed.rows[0]?.changed === 'on';
        ended = committed;
      } else {
        ended = await client.query('ROLLBACK');
      }
    } catch (err) {
      if (commit && (err as { code?: string }).code === FAILED_TRANSACTION) {
        // A statement of the transaction had failed (and someone caught the error): the SELECT before
        // COMMIT failed too and the COMMIT never ran. End it as PostgreSQL answers such a COMMIT.
        this.stats.roundTrips += 1;
        ended = await client.query('ROLLBACK').catch(async (rollbackErr: Error) => {
          await this.lose(runner, rollbackErr);
          throw rollbackErr;
        });
      } else {
        await this.lose(runner, err as Error);
        if (commit) throw err;
        logger.warn({ err, connection: this.name }, 'rollback failed; the connection was closed');
        return work;
      }
    }
    if (commit && ended.command !== 'COMMIT') {
      // PostgreSQL answers COMMIT with ROLLBACK when a statement of the transaction failed (and someone
      // caught the error): nothing was saved, and the identity switched in it was undone too.
      delete client[SESSION_IDENTITY];
      throw new TransactionRolledBack(this.name);
    }
    if (viewersChanged) this.onViewersChanged();
    return work;
  }

  /** A connection whose transaction state is unknown must not go back to the pool for someone else. */
  private async lose(runner: QueryRunner, err: Error): Promise<void> {
    this.runner = undefined;
    await (runner as unknown as { releasePostgresConnection(err: Error): Promise<void> }).releasePostgresConnection(err);
  }

  private async release(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    this.inTransaction = false;
    this.localIdentity = undefined;
    if (runner) await runner.release();
  }

  private async runAfterCommit(work: (() => Promise<void>)[]): Promise<void> {
    for (const job of work) await job().catch((err) => logger.error({ err, connection: this.name }, 'after-commit work failed'));
  }
}
