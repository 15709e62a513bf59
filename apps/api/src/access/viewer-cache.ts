import { Viewer } from './viewer';

/** At most this many viewers are kept; past it the oldest entry goes. */
const MAX_ENTRIES = 10_000;

/**
 * Viewers recently resolved from a credential, so that a signed-in request sends no lookup: its scope
 * switches the connection to the viewer on its first statement when the connection does not carry it
 * already (see DbConnection). Keyed by the credential's sha256 (hex), never the secret itself; unknown
 * credentials are never kept.
 *
 * Staying right: every change to what the lookup reads (sessions, tokens, users, partners) fires a
 * trigger (migration 1732800000002). The instance that commits it clears this cache in the COMMIT's
 * round trip, before it answers (DbConnection's onViewersChanged); every instance clears it on the NOTIFY
 * its listener hears (viewer-listener.ts). A cache whose listener is not connected is disabled: it serves
 * and keeps nothing, since it would not hear of changes. An entry lives `ttlSeconds` at most, and never
 * past the session's or token's own expiry.
 */
export class ViewerCache {
  private readonly entries = new Map<string, { viewer: Viewer; expiresAt: number }>();
  /**
   * Bumped by every clear(). A lookup notes it before it asks the database and stores its answer only if
   * it is unchanged: a lookup that raced an invalidation may have read the old rows.
   */
  generation = 0;
  private enabled = false;

  constructor(
    readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Off (and empty) while nothing tells it of changes; on only when it may serve (a TTL above 0). */
  setEnabled(enabled: boolean): void {
    this.clear();
    this.enabled = enabled && this.ttlSeconds > 0;
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  get(hash: string): Viewer | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry.viewer;
  }

  /**
   * Keeps a viewer found by a lookup that started at `generation`, until the TTL or `credentialExpiresAt`
   * (null: the credential has no expiry), whichever is first.
   */
  set(hash: string, viewer: Viewer, generation: number, credentialExpiresAt: Date | null): void {
    if (!this.enabled || generation !== this.generation) return;
    const expiresAt = Math.min(this.now() + this.ttlSeconds * 1000, credentialExpiresAt?.getTime() ?? Infinity);
    if (expiresAt <= this.now()) return;
    this.entries.delete(hash);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    // Shared by every request of this viewer until it expires: nobody may change it.
    this.entries.set(hash, { viewer: Object.freeze({ ...viewer }), expiresAt });
  }

  /** Forgets every viewer at once: something they were built from may have changed. */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
