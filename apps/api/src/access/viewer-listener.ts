import { Client } from 'pg';
import { logger } from '../logger';
import { ViewerCache } from './viewer-cache';

/** Waits between reconnection attempts: doubling from the first to the last. */
const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;

/**
 * Keeps the viewer cache honest about changes made by other instances (or by hand): a dedicated
 * connection, outside the pools (a LISTEN must stay on one session, and must never hold a request's
 * connection), LISTENs to `trellis_viewers` and clears the cache on every notification. While it is not
 * listening the cache is disabled and empty: a notification missed then would leave stale viewers. After
 * a reconnect the cache starts empty, since changes may have been missed meanwhile.
 */
export class ViewerListener {
  private client?: Client;
  private retryMs = FIRST_RETRY_MS;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    /** The database's URL (db/database.ts databaseUrlOf): the listener connects to the same database as the pools. */
    private readonly url: string,
    private readonly cache: ViewerCache,
  ) {}

  /** Connects and listens; resolves after the first attempt, whose failure is retried in the background. */
  async start(): Promise<void> {
    if (this.cache.ttlSeconds <= 0) return;
    await this.connect();
  }

  /** For shutdown: the cache is disabled and the connection closed. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.cache.setEnabled(false);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.url });
    this.client = client;
    client.on('notification', () => this.cache.clear());
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query('LISTEN trellis_viewers');
    } catch (err) {
      this.lost(client, err as Error);
      return;
    }
    if (this.stopped || this.client !== client) return;
    this.retryMs = FIRST_RETRY_MS;
    this.cache.setEnabled(true);
  }

  /** The connection failed or ended: the cache stops serving at once, and a new connection is tried later. */
  private lost(client: Client, err?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.cache.setEnabled(false);
    client.end().catch(() => undefined);
    if (this.stopped) return;
    logger.warn({ err, retryInMs: this.retryMs }, 'the viewer cache lost its LISTEN connection; viewers are looked up each request until it is back');
    this.retry = setTimeout(() => void this.connect(), this.retryMs).unref();
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }
}
