import { PgListener } from './pg-listener';
import { ViewerCache } from './viewer-cache';

/**
 * Keeps the viewer cache honest about changes made by other instances (or by hand): a LISTEN connection
 * (pg-listener.ts) on `trellis_viewers` clears the cache on every notification. While it is not listening
 * the cache is disabled and empty: a notification missed then would leave stale viewers. After a reconnect
 * the cache starts empty, since changes may have been missed meanwhile.
 */
export class ViewerListener {
  private readonly listener: PgListener;

  constructor(
    /** The database's URL (db/database.ts databaseUrlOf): the listener connects to the same database as the pools. */
    url: string,
    private readonly cache: ViewerCache,
  ) {
    this.listener = new PgListener(url, ['trellis_viewers'], {
      notify: () => cache.clear(),
      up: () => cache.setEnabled(true),
      down: () => cache.setEnabled(false),
    }, 'the viewer cache');
  }

  /** Connects and listens; resolves after the first attempt, whose failure is retried in the background. */
  async start(): Promise<void> {
    if (this.cache.ttlSeconds <= 0) return;
    await this.listener.start();
  }

  /** For shutdown: the cache is disabled and the connection closed. */
  async stop(): Promise<void> {
    await this.listener.stop();
    this.cache.setEnabled(false);
  }
}
