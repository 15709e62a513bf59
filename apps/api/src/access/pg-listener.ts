import { Client } from 'pg';
import { logger } from '../logger';

/** Waits between reconnection attempts: doubling from the first to the last. */
const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;

export interface ListenerHandlers {
  /** A notification on one of the channels. */
  notify(channel: string, payload: string): void;
  /** Listening (again): notifications sent while it was down are lost. */
  up(): void;
  /** Not listening any more, until up() again. */
  down(): void;
}

/**
 * A dedicated connection, outside the pools (a LISTEN must stay on one session, and must never hold a
 * request's connection), that LISTENs to some channels and reconnects with a growing pause when it is lost.
 * Its users are told when it is up and down, since a notification sent meanwhile is never delivered.
 */
export class PgListener {
  private client?: Client;
  private retryMs = FIRST_RETRY_MS;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    /** The database's URL (db/database.ts databaseUrlOf): the listener connects to the same database as the pools. */
    private readonly url: string,
    private readonly channels: readonly string[],
    private readonly handlers: ListenerHandlers,
    /** Named in the log when the connection is lost. */
    private readonly purpose: string,
  ) {}

  /** Connects and listens; resolves after the first attempt, whose failure is retried in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    if (client) this.handlers.down();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.url });
    this.client = client;
    client.on('notification', (n) => this.handlers.notify(n.channel, n.payload ?? ''));
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.channels) await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (err) {
      this.lost(client, err as Error);
      return;
    }
    if (this.stopped || this.client !== client) return;
    this.retryMs = FIRST_RETRY_MS;
    this.handlers.up();
  }

  /** The connection failed or ended: its users hear it at once, and a new connection is tried later. */
  private lost(client: Client, err?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.handlers.down();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    logger.warn({ err, retryInMs: this.retryMs }, `${this.purpose} lost its LISTEN connection; retrying`);
    this.retry = setTimeout(() => void this.connect(), this.retryMs).unref();
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }
}
