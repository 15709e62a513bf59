import { PgListener } from './pg-listener';
import { ViewerCache } from './viewer-cache';
import { EVENTS_CHANNEL, type EventHub } from './events';

/**
 * The instance's LISTEN connection (pg-listener.ts), on two channels:
 * - `trellis_viewers` keeps the viewer cache honest about changes made by other instances (or by hand): each
 *   notification clears it. While it is not listening the cache is disabled and empty: a notification missed
 *   then would leave stale viewers. After a reconnect the cache starts empty, since changes may have been
 *   missed meanwhile.
 * - `trellis_events` feeds the live events' hub.
 * One connection for both: PostgreSQL delivers one session's notifications in commit order, so a sign-out
 * or a partner change is heard before any event committed after it, and events are judged with the change.
 */
export class ViewerListener {
  private readonly listener: PgListener;

  constructor(
    /** The database's URL (db/database.ts databaseUrlOf): the listener connects to the same database as the pools. */
    url: string,
    private readonly cache: ViewerCache,
    hub?: EventHub,
  ) {
    const caching = cache.ttlSeconds > 0;
    this.listener = new PgListener(url, ['trellis_viewers', ...(hub ? [EVENTS_CHANNEL] : [])], {
      notify: (channel, payload) => (channel === EVENTS_CHANNEL ? hub?.deliver(payload) : cache.clear()),
      up: () => {
        if (caching) cache.setEnabled(true);
        hub?.up();
      },
      down: () => {
        cache.setEnabled(false);
        hub?.down();
      },
    }, 'the viewer cache and live events');
  }

  /** Connects and listens; resolves after the first attempt, whose failure is retried in the background. */
  async start(): Promise<void> {
    await this.listener.start();
  }

  /** For shutdown: the cache is disabled and the connection closed. */
  async stop(): Promise<void> {
    await this.listener.stop();
    this.cache.setEnabled(false);
  }
}
