import type { Scope } from './scope';
import type { Viewer } from './viewer';
import { logger } from '../logger';

/** The one notification channel of live events; each instance's EventHub listens to it. */
export const EVENTS_CHANNEL = 'trellis_events';
/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more: events carry ids, never documents. */
const MAX_PAYLOAD_BYTES = 7900;

/** What changed, for whom: `partnerIds` are the partners the change concerns (brand staff hear every event). */
export interface LiveEvent {
  topic: string;
  partnerIds: string[];
  /** Set: only these users hear it (their own notifications), whatever partners they see. */
  userIds?: string[];
  data: Record<string, unknown>;
}

/** Sent to every subscriber after the hub was deaf for a while: events may have been missed, reload. */
export interface Resync {
  topic: string;
  resync: true;
}

export type Delivery = LiveEvent | Resync;

/** What a subscription resolver reaches through its context (graphql/live.ts builds it per connection). */
export interface LiveContext {
  viewer: Viewer;
  /** The events of a topic this connection's viewer may see, judged when each is delivered. */
  live: { subscribe(topic: string): AsyncIterableIterator<Delivery> };
}

/**
 * Publishes an event in the scope's transaction (NOTIFY is transactional: subscribers hear it only once
 * the change commits, and never for a rolled-back one). Every instance's hub hears it.
 */
export async function publish(scope: Scope, event: LiveEvent): Promise<void> {
  const payload = JSON.stringify(event);
  if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error(`a live event of topic ${event.topic} is too large to send`);
  await scope.execute(`SELECT pg_notify('${EVENTS_CHANNEL}', $1)`, [payload], 'events.publish');
}

/** Publishes many events of a batch in one statement, in the scope's transaction. */
export async function publishMany(scope: Scope, events: readonly LiveEvent[]): Promise<void> {
  if (!events.length) return;
  const payloads = events.map((e) => JSON.stringify(e));
  if (payloads.some((p) => Buffer.byteLength(p) > MAX_PAYLOAD_BYTES)) throw new Error('a live event is too large to send');
  await scope.execute(`SELECT pg_notify('${EVENTS_CHANNEL}', p) FROM unnest($1::text[]) WITH ORDINALITY AS e(p, n) ORDER BY n`, [payloads], 'events.publish-many');
}

/** The subscriber's judgement of one event when it is delivered: deliver, skip, or end (its credentials are gone). */
export type Verdict = 'deliver' | 'skip' | 'revoked';

interface Subscriber {
  topic: string;
  /** Judges the event (in arrival order) and delivers it when the verdict says so. */
  accept: (event: LiveEvent) => void;
  push: (delivery: Delivery) => void;
  end: (reason?: Error) => void;
}

/** Thrown into a subscription whose viewer's session or token ended. */
export class SubscriptionRevoked extends Error {
  override name = 'SubscriptionRevoked';
}

/**
 * This instance's end of live events: the subscriptions of this instance's clients, fed by the instance's
 * LISTEN connection (viewer-listener.ts, which also clears the viewer cache: one connection, so a change to
 * a viewer is heard before any event committed after it). Each event is judged for each subscriber when
 * delivered (who it is now, which partners it may see now), in arrival order per subscriber.
 */
export class EventHub {
  private readonly subscribers = new Set<Subscriber>();
  private wasUp = false;
  private deaf = false;

  /** The LISTEN connection is up (again): after a loss, every subscriber is told to reload what it shows. */
  up(): void {
    if (this.wasUp && this.deaf) for (const s of this.subscribers) s.push({ topic: s.topic, resync: true });
    this.wasUp = true;
    this.deaf = false;
  }

  /** The LISTEN connection is lost: events sent meanwhile will never arrive. */
  down(): void {
    this.deaf = true;
  }

  /** Ends every subscription (shutdown). */
  stop(): void {
    for (const s of this.subscribers) s.end();
    this.subscribers.clear();
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** The events of one topic this subscriber may see, as they are committed, until it stops or is revoked. */
  subscribe(topic: string, judge: (event: LiveEvent) => Promise<Verdict>): AsyncIterableIterator<Delivery> {
    const queue: Delivery[] = [];
    let waiting: ((result: IteratorResult<Delivery>) => void) | null = null;
    let failing: ((err: Error) => void) | null = null;
    let done = false;
    let failure: Error | undefined;
    // Judged one after another, so that a subscriber receives its events in the order they came.
    let judging = Promise.resolve();
    const subscriber: Subscriber = {
      topic,
      accept: (event) => {
        judging = judging.then(async () => {
          if (done) return;
          const verdict = await judge(event).catch((err: unknown) => {
            logger.warn({ err, topic }, 'a live event could not be judged for a subscriber; skipped');
            return 'skip' as const;
          });
          if (verdict === 'deliver') subscriber.push(event);
          else if (verdict === 'revoked') subscriber.end(new SubscriptionRevoked('The session or token has ended'));
        });
      },
      push: (delivery) => {
        if (done) return;
        if (waiting) {
          const resolve = waiting;
          waiting = failing = null;
          resolve({ value: delivery, done: false });
        } else queue.push(delivery);
      },
      end: (reason) => {
        if (done) return;
        done = true;
        failure = reason;
        this.subscribers.delete(subscriber);
        if (reason && failing) failing(reason);
        else waiting?.({ value: undefined, done: true });
        waiting = failing = null;
      },
    };
    this.subscribers.add(subscriber);
    const iterator: AsyncIterableIterator<Delivery> = {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return failure ? Promise.reject(failure) : Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => {
          waiting = resolve;
          failing = reject;
        });
      },
      return: () => {
        subscriber.end();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (err?: unknown) => {
        subscriber.end();
        return Promise.reject(err);
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }

  /** A notification of the events channel, as the LISTEN connection heard it. */
  deliver(payload: string): void {
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
      if (typeof event.topic !== 'string' || !Array.isArray(event.partnerIds)) throw new Error('not an event');
    } catch (err) {
      logger.warn({ err }, 'a live event could not be read; dropped');
      return;
    }
    for (const s of this.subscribers) {
      if (s.topic === event.topic) s.accept(event);
    }
  }
}
