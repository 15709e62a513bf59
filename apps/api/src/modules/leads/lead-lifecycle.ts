import { Lead, LeadAction, LeadEvent, LeadStatus, LeadTiming } from './lead.entity';
import { Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { Viewer } from '../../access/viewer';
import { BadInput, Conflict, Forbidden, NotFound } from '../../domain/errors';
import { parseAmount } from '../../domain/money';
import { PartnerService } from '../partners/partner.service';
import { enqueue } from '../../access/jobs';
import { publish, publishMany, type LiveEvent } from '../../access/events';
import { NotificationKind, NotificationService } from '../../access/notifications';
import { holdDispatchLock, LeadDispatcher, DispatchChoice } from './lead-dispatcher';
import { DispatchExplanation, LeadNotDispatched } from './dispatch-rules';
import { UserService } from '../../access/user.service';
import { PartnerStatus } from '../partners/partner.entity';
import { In } from 'typeorm';

/** One move of the lifecycle: from which statuses, to which, and what else the lead records. */
interface Move {
  action: LeadAction;
  from: readonly LeadStatus[];
  /** Null: the status stays (an assignment). */
  to: LeadStatus | null;
  /** Who may make it on this lead (after row-level security let the viewer see it at all). */
  allowed: (viewer: Viewer, lead: LockedLead) => void;
  /** The lead's partner after the move; undefined: unchanged. */
  partnerId?: string | null;
  reason?: string | null;
  /** Further columns of lead to set, by column name. */
  set?: Record<string, unknown>;
  /** Checked under the lead's lock: false makes the move a no-op (a timer that is no longer due). */
  stillDue?: (lead: LockedLead) => Promise<boolean>;
  /** Checked under the lead's lock: true answers the lead as it is and writes nothing (a change to the same). */
  unchanged?: (lead: LockedLead) => boolean;
  /** Work in the move's transaction once it is written (its history row's id, and the lead as it was, given). */
  then?: (eventId: string, lead: LockedLead) => Promise<void>;
}

interface LockedLead {
  id: string;
  reference: string;
  erasedAt: Date | null;
  status: LeadStatus;
  partnerId: string | null;
  assigneeId: string | null;
}

const AWAITING_PARTNER = [LeadStatus.NEW, LeadStatus.DISPATCHED] as const;
const WORKED = [LeadStatus.ACCEPTED, LeadStatus.QUALIFIED] as const;

export interface Qualification {
  score: number;
  budgetConfirmed: boolean;
  authorityConfirmed: boolean;
  needConfirmed: boolean;
  timing: LeadTiming;
}

export const LEAD_TOPIC = 'lead';

/** What an erased lead's personal fields say afterwards (email and name may not be empty). */
const ERASED_NAME = '(erased)';
const ERASED_EMAIL = 'erased@erased.invalid';
const ERASED_FIELDS = (at: Date) => ({
  contact_name: ERASED_NAME, company: null, email: ERASED_EMAIL, phone: null, postal_code: null, message: '', erased_at: at,
});

/** A lead's change as a live event for the partners it concerns (brand staff hear every one). */
export function leadChanged(leadId: string, reference: string, action: LeadAction, status: LeadStatus, partnerIds: readonly (string | null)[]): LiveEvent {
  return { topic: LEAD_TOPIC, partnerIds: [...new Set(partnerIds.filter((p): p is string => Boolean(p)))], data: { leadId, reference, action, status } };
}

/** The partner's own staff (with this role) act on its leads; a distributor does not act on its resellers'. */
function ownPartnersLead(roles: readonly Role[], what: string) {
  return (viewer: Viewer, lead: LockedLead) => {
    if (!roles.includes(viewer.role) || viewer.partnerId !== lead.partnerId) throw new Forbidden(`Only the lead's own partner ${what}`);
  };
}

/**
 * The lead lifecycle, enforced here: UNASSIGNED -> DISPATCHED (or NEW from a partner's showroom) ->
 * ACCEPTED -> QUALIFIED -> CONVERTED, or DISQUALIFIED / LOST; DECLINED hands the lead back to dispatch.
 * Each move locks the lead's row, so of parallel moves exactly one wins and the others meet the new status
 * (CONFLICT, nothing written); each writes one history row.
 */
export class LeadLifecycle {
  constructor(
    private readonly partners: PartnerService,
    private readonly users: UserService,
    private readonly dispatcher: LeadDispatcher,
    private readonly notifications: NotificationService,
  ) {}

  /** By hand: to the partner the channel manager chose (its capacity is the manager's call). */
  async dispatch(scope: Scope, leadId: string, partnerId: string): Promise<Lead | null> {
    await holdDispatchLock(scope);
    // An approved deal registration keeps the customer's leads with its partner, by hand too.
    const holder = await this.dispatcher.protectedFor(scope, leadId);
    if (holder && holder.partnerId !== partnerId.toLowerCase()) {
      throw new Conflict(`The customer is protected for another partner by ${holder.reference}`, { protectedPartnerId: holder.partnerId });
    }
    const partner = await this.partners.forDispatch(scope, partnerId);
    if (!partner) throw new BadInput('partnerId', 'names no partner');
    if (partner.status !== PartnerStatus.ACTIVE) throw new BadInput('partnerId', 'is not an active partner');
    const hours = partner.leadAcceptHours;
    return this.move(scope, leadId, {
      action: LeadAction.DISPATCHED, from: [LeadStatus.UNASSIGNED], to: LeadStatus.DISPATCHED, partnerId,
      allowed: () => undefined, // brand-owner staff only, by the resolver's roles
      // The partner's time to accept, as a job of this transaction; one per lead: a new dispatch moves it.
      then: async (eventId, lead) => {
        await this.takeTurns(scope, [partnerId]);
        await this.setTimers(scope, [{ leadId, eventId, hours }]);
        await this.notifications.notifyPartnerManagers(scope, NotificationKind.LEAD_NEW, [{ partnerId, leadId, reference: lead.reference }]);
      },
    });
  }

  /**
   * By the rules (lead-dispatcher.ts): each UNASSIGNED lead of these goes to its best partner, oldest lead
   * first, with the explanation of the choice kept beside its history row. Leads that are gone, no longer
   * waiting, or that no partner passes the rules for, stay as they are and are listed with the reason.
   */
  async autoDispatch(scope: Scope, leadIds: readonly string[]): Promise<{ dispatched: Lead[]; notDispatched: LeadNotDispatched[] }> {
    // Ids compare as PostgreSQL answers them: lower case.
    const ids = [...new Set(leadIds.map((id) => id.toLowerCase()))];
    await holdDispatchLock(scope);
    const manager = await scope.manager();
    // Only the waiting leads are locked: the others are read as they are (a partner may be accepting one).
    const locked: { id: string; reference: string }[] = await manager.query(
      `SELECT id, reference FROM lead WHERE id = ANY($1::uuid[]) AND status = 'UNASSIGNED' ORDER BY created_at, id FOR UPDATE`, [ids]);
    const others: { id: string; status: LeadStatus }[] = await manager.query(
      `SELECT id, status FROM lead WHERE id = ANY($1::uuid[]) AND NOT (id = ANY($2::uuid[]))`, [ids, locked.map((l) => l.id)]);
    const referenceOf = new Map(locked.map((l) => [l.id, l.reference]));
    const statusOf = new Map<string, LeadStatus>([...locked.map((l) => [l.id, LeadStatus.UNASSIGNED] as const), ...others.map((o) => [o.id, o.status] as const)]);
    let waiting = locked.map((l) => l.id);
    const rules = await this.dispatcher.rules(scope);
    const chosen: DispatchChoice[] = [];
    // A partner suspended since it was ranked is passed over: the leads it would have had are ranked again,
    // after the round's other choices are written (so that capacity and turns count them).
    for (let round = 0; round < 3 && waiting.length; round++) {
      const choices = await this.dispatcher.choose(scope, waiting, rules);
      const partnerIds = [...new Set([...choices.values()].map((c) => c.partnerId))];
      const active = new Set((await manager.query(
        `SELECT id FROM partner WHERE id = ANY($1::uuid[]) AND status = 'ACTIVE' ORDER BY id FOR SHARE`, [partnerIds]) as { id: string }[]).map((p) => p.id));
      const kept = [...choices.values()].filter((c) => active.has(c.partnerId));
      await this.writeDispatches(scope, kept, rules, referenceOf);
      await publishMany(scope, kept.map((c) => leadChanged(c.leadId, referenceOf.get(c.leadId)!, LeadAction.DISPATCHED, LeadStatus.DISPATCHED, [c.partnerId])));
      chosen.push(...kept);
      if (kept.length === choices.size) break;
      const done = new Set(kept.map((c) => c.leadId));
      waiting = waiting.filter((id) => choices.has(id) && !done.has(id));
    }
    const byId = new Map((await manager.findBy(Lead, { id: In(chosen.map((c) => c.leadId)) })).map((l) => [l.id, l]));
    const chosenIds = new Set(chosen.map((c) => c.leadId));
    return {
      dispatched: ids.filter((id) => chosenIds.has(id)).map((id) => byId.get(id)!),
      notDispatched: ids.filter((id) => !chosenIds.has(id)).map((id) => {
        const status = statusOf.get(id) ?? null;
        return { leadId: id, status, reason: status === null ? 'NOT_FOUND' : status === LeadStatus.UNASSIGNED ? 'NO_CANDIDATE' : 'NOT_WAITING' } as const;
      }),
    };
  }

  /** The explanations of these automatic dispatches (history row ids) that the viewer may see: brand staff only. */
  async explanationsOf(scope: Scope, eventIds: readonly string[]): Promise<(DispatchExplanation & { eventId: string })[]> {
    const rows = await scope.query<DispatchExplanation & { eventId: string }>(
      `SELECT event_id::text AS "eventId", considered, rules, candidates FROM lead_dispatch_explanation WHERE event_id = ANY($1::bigint[])`,
      [eventIds],
      'lead.dispatch-explanations',
    );
    // The rules were kept as JSON: their time comes back as text.
    return rows.map((row) => ({ ...row, rules: { ...row.rules, updatedAt: new Date(row.rules.updatedAt) } }));
  }

  /** The leads, their basket lines, history rows, explanations, round-robin turns and timers of a batch of choices. */
  private async writeDispatches(scope: Scope, chosen: readonly DispatchChoice[], rules: object, referenceOf: ReadonlyMap<string, string>): Promise<void> {
    if (!chosen.length) return;
    const leadIds = chosen.map((c) => c.leadId);
    const partnerIds = chosen.map((c) => c.partnerId);
    await scope.execute(
      `UPDATE lead l SET status = 'DISPATCHED', partner_id = c.partner_id, status_changed_at = now()
         FROM unnest($1::uuid[], $2::uuid[]) AS c(lead_id, partner_id) WHERE l.id = c.lead_id AND l.status = 'UNASSIGNED'`,
      [leadIds, partnerIds], 'lead.auto-dispatch');
    await scope.execute(
      `UPDATE lead_item i SET partner_id = c.partner_id FROM unnest($1::uuid[], $2::uuid[]) AS c(lead_id, partner_id) WHERE i.lead_id = c.lead_id`,
      [leadIds, partnerIds], 'lead.auto-dispatch-items');
    const { rows: events } = await scope.execute<{ id: string; leadId: string }>(
      `INSERT INTO lead_event (lead_id, partner_id, action, from_status, to_status, actor_id)
       SELECT c.lead_id, c.partner_id, 'DISPATCHED', 'UNASSIGNED', 'DISPATCHED', $3 FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS c(lead_id, partner_id, n) ORDER BY c.n
       RETURNING id::text, lead_id AS "leadId"`,
      [leadIds, partnerIds, scope.user.userId || null], 'lead.auto-dispatch-events');
    const eventOf = new Map(events.map((e) => [e.leadId, e.id]));
    const { updatedById: _by, ...snapshot } = rules as Record<string, unknown>;
    await scope.execute(
      `INSERT INTO lead_dispatch_explanation (event_id, lead_id, considered, rules, candidates)
       SELECT e.event_id, e.lead_id, e.considered, $4::jsonb, c.candidates
         FROM unnest($1::bigint[], $2::uuid[], $3::int[]) WITH ORDINALITY AS e(event_id, lead_id, considered, n)
         -- One JSON text for all the candidate lists: no array literal to escape and parse.
         JOIN json_array_elements($5::json) WITH ORDINALITY AS c(candidates, n) ON c.n = e.n`,
      [leadIds.map((id) => eventOf.get(id)), leadIds, chosen.map((c) => c.considered), JSON.stringify(snapshot),
        JSON.stringify(chosen.map((c) => c.candidates))],
      'lead.auto-dispatch-explanations');
    await this.takeTurns(scope, partnerIds);
    await this.setTimers(scope, chosen.map((c) => ({ leadId: c.leadId, eventId: eventOf.get(c.leadId)!, hours: c.leadAcceptHours })));
    await this.notifications.notifyPartnerManagers(scope, NotificationKind.LEAD_NEW,
      chosen.map((c) => ({ partnerId: c.partnerId, leadId: c.leadId, reference: referenceOf.get(c.leadId)! })));
  }

  /**
   * A dispatch's timers, one of each per lead (a new dispatch moves them): the partner's managers are warned
   * when a quarter of the time is left, and the lead goes back to dispatch when it is up.
   */
  private async setTimers(scope: Scope, timers: readonly { leadId: string; eventId: string; hours: number | null }[]): Promise<void> {
    const timed = timers.filter((t) => t.hours);
    if (!timed.length) return;
    const at = (t: { hours: number | null }, share: number) => new Date(Date.now() + t.hours! * share * 3600_000);
    await scope.execute(
      `SELECT trellis_set_lead_timers($1::uuid[], $2::bigint[], $3::timestamptz[], $4::timestamptz[])`,
      [timed.map((t) => t.leadId), timed.map((t) => t.eventId), timed.map((t) => at(t, 0.75)), timed.map((t) => at(t, 1))],
      'lead.set-timers',
    );
  }

  /**
   * A quarter of a waiting lead's time to accept is left: its partner's managers are warned, if the lead still
   * waits for that same dispatch (or filing); else nothing. Run by the lead_sla_warning job in a system scope.
   */
  async warn(scope: Scope, leadId: string, eventId: string): Promise<boolean> {
    const [lead] = await scope.query<{ partnerId: string; reference: string }>(
      `SELECT l.partner_id AS "partnerId", l.reference FROM lead l
        WHERE l.id = $1 AND l.status IN ('NEW', 'DISPATCHED')
          AND (SELECT max(e.id)::text FROM lead_event e WHERE e.lead_id = l.id AND e.action IN ('FILED', 'DISPATCHED')) = $2`,
      [leadId, eventId], 'lead.sla-warning');
    if (!lead) return false;
    await this.notifications.notifyPartnerManagers(scope, NotificationKind.LEAD_SLA_WARNING, [{ partnerId: lead.partnerId, leadId, reference: lead.reference }]);
    return true;
  }

  /** Round robin: these partners (in dispatch order) take the next turns. Under the dispatch lock. */
  private async takeTurns(scope: Scope, partnerIds: readonly string[]): Promise<void> {
    await scope.execute(
      `INSERT INTO partner_lead_turn (partner_id, turn)
       SELECT c.partner_id, (SELECT coalesce(max(turn), 0) FROM partner_lead_turn) + max(c.n) FROM unnest($1::uuid[]) WITH ORDINALITY AS c(partner_id, n) GROUP BY c.partner_id
       ON CONFLICT (partner_id) DO UPDATE SET turn = excluded.turn`,
      [partnerIds], 'lead.take-turns');
  }

  /**
   * A dispatch's time to accept is up: the lead, if it still waits for that same dispatch, goes back to
   * dispatch (EXPIRED). Run by the lead_sla_expired job in a system scope; running it again changes nothing.
   */
  async expire(scope: Scope, leadId: string, eventId: string): Promise<boolean> {
    const expired = await this.move(scope, leadId, {
      action: LeadAction.EXPIRED, from: AWAITING_PARTNER, to: LeadStatus.UNASSIGNED, partnerId: null,
      reason: 'Not accepted in time', allowed: () => undefined,
      // Due while the lead waits for the dispatch (or the showroom filing) that set this timer.
      stillDue: async () => {
        const [last] = await (await scope.manager()).query(
          `SELECT max(id)::text AS id FROM lead_event WHERE lead_id = $1 AND action IN ('FILED', 'DISPATCHED')`, [leadId]);
        return last?.id === eventId;
      },
      then: async (_eventId, lead) => {
        await this.notifications.notifyPartnerManagers(scope, NotificationKind.LEAD_EXPIRED, [{ partnerId: lead.partnerId!, leadId, reference: lead.reference }]);
      },
    }).then(() => true, (err: unknown) => {
      if (err instanceof Conflict || err instanceof NotFound) return false; // accepted, declined or gone meanwhile
      throw err;
    });
    // The next best partner is found by a job of its own: a failure there must not keep the lead from expiring.
    if (expired) await enqueue(scope, 'lead_auto_dispatch', { leadId }, { key: `lead-dispatch:${leadId}` });
    return expired;
  }

  /** A lead back at dispatch goes to the next best partner when the rules say so (those that declined it or let it expire are not candidates). */
  async redispatch(scope: Scope, leadId: string): Promise<boolean> {
    if (!(await this.dispatcher.rules(scope)).redispatch) return false;
    return (await this.autoDispatch(scope, [leadId])).dispatched.length === 1;
  }

  accept(scope: Scope, leadId: string): Promise<Lead | null> {
    return this.move(scope, leadId, {
      action: LeadAction.ACCEPTED, from: AWAITING_PARTNER, to: LeadStatus.ACCEPTED, allowed: ownPartnersLead([Role.PARTNER_MANAGER], 'manager accepts it'),
    });
  }

  /** Back to dispatch, and out of the partner's sight: answers null. (Brand staff and the timer move it with a plain UPDATE.) */
  decline(scope: Scope, leadId: string, reason: string): Promise<Lead | null> {
    return this.move(scope, leadId, {
      action: LeadAction.DECLINED, from: AWAITING_PARTNER, to: LeadStatus.UNASSIGNED, partnerId: null, reason: reason.trim(),
      allowed: ownPartnersLead([Role.PARTNER_MANAGER], 'manager declines it'),
      // The partner may not see the others: a job offers the lead to the next best one, if the rules say so.
      then: () => enqueue(scope, 'lead_auto_dispatch', { leadId }, { key: `lead-dispatch:${leadId}` }),
    });
  }

  /**
   * The partner's manager hands an accepted or qualified lead to a member of its staff (or to itself); the
   * same assignee again changes nothing. The status stays.
   */
  async assign(scope: Scope, leadId: string, userId: string): Promise<Lead | null> {
    const [user] = await this.users.byIds(scope, [userId]);
    const mustBe = (ok: boolean) => {
      if (!ok) throw new BadInput('userId', "is not an active member of the lead's partner's staff");
    };
    const staff = Boolean(user?.active && (user.role === Role.PARTNER_MANAGER || user.role === Role.PARTNER_EMPLOYEE));
    return this.move(scope, leadId, {
      action: LeadAction.ASSIGNED, from: WORKED, to: null,
      // Checked once the lead is found: another partner's lead answers NOT_FOUND whoever is named.
      allowed: (viewer, lead) => {
        ownPartnersLead([Role.PARTNER_MANAGER], 'manager assigns it')(viewer, lead);
        mustBe(staff && user!.partnerId === lead.partnerId);
      },
      unchanged: (lead) => lead.assigneeId === userId,
      set: { assignee_id: userId },
    });
  }

  qualify(scope: Scope, leadId: string, q: Qualification): Promise<Lead | null> {
    return this.move(scope, leadId, {
      action: LeadAction.QUALIFIED, from: [LeadStatus.ACCEPTED], to: LeadStatus.QUALIFIED,
      allowed: ownPartnersLead([Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE], 'qualifies it'),
      set: {
        qualification_score: q.score, budget_confirmed: q.budgetConfirmed, authority_confirmed: q.authorityConfirmed,
        need_confirmed: q.needConfirmed, timing: q.timing,
      },
    });
  }

  convert(scope: Scope, leadId: string, value: { amount: string; currency: string }): Promise<Lead | null> {
    const minor = parseAmount('value.amount', value.amount);
    return this.move(scope, leadId, {
      action: LeadAction.CONVERTED, from: [LeadStatus.QUALIFIED], to: LeadStatus.CONVERTED,
      allowed: ownPartnersLead([Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE], 'converts it'),
      set: { converted_value_minor: minor, converted_currency: value.currency },
    });
  }

  close(scope: Scope, leadId: string, outcome: LeadStatus.DISQUALIFIED | LeadStatus.LOST, reason: string): Promise<Lead | null> {
    return this.move(scope, leadId, {
      action: outcome === LeadStatus.LOST ? LeadAction.LOST : LeadAction.DISQUALIFIED, from: WORKED, to: outcome, reason: reason.trim(),
      allowed: ownPartnersLead([Role.PARTNER_MANAGER, Role.PARTNER_EMPLOYEE], 'closes it'),
    });
  }

  /**
   * Erases the customer's personal data of a lead on request (brand staff, by the resolver's roles): contact,
   * company, email, phone, postal code and message go; the lead stays with its status, partner, products,
   * value and history, so that counts hold. ERASED in its history; erasing again records nothing.
   */
  erase(scope: Scope, leadId: string, reason: string): Promise<Lead | null> {
    return this.move(scope, leadId, {
      action: LeadAction.ERASED, from: Object.values(LeadStatus), to: null, reason: reason.trim(), allowed: () => undefined,
      unchanged: (lead) => lead.erasedAt !== null,
      set: ERASED_FIELDS(new Date()),
    });
  }

  /**
   * The daily retention job: the personal data of leads filed more than `days` ago is erased, a thousand
   * leads a statement, each with ERASED (by nobody) in its history. Answers how many were erased.
   */
  async eraseExpired(scope: Scope, days: number): Promise<number> {
    let total = 0;
    for (;;) {
      const { rows } = await scope.execute<{ id: string }>(
        `WITH due AS (SELECT id FROM lead WHERE erased_at IS NULL AND created_at < now() - $1 * interval '1 day' ORDER BY created_at LIMIT 1000 FOR UPDATE SKIP LOCKED),
              erased AS (
                UPDATE lead l SET contact_name = $2, company = NULL, email = $3, phone = NULL, postal_code = NULL, message = '', erased_at = now()
                  FROM due WHERE l.id = due.id RETURNING l.id, l.partner_id, l.status),
              logged AS (
                INSERT INTO lead_event (lead_id, partner_id, action, from_status, to_status, reason)
                SELECT id, partner_id, 'ERASED', status, status, 'Retention period over' FROM erased RETURNING lead_id)
         SELECT lead_id AS id FROM logged`,
        [days, ERASED_NAME, ERASED_EMAIL],
        'lead.retention',
      );
      total += rows.length;
      if (rows.length < 1000) return total;
    }
  }

  /** The history of these leads that the viewer may see, oldest move first. */
  async eventsOf(scope: Scope, leadIds: readonly string[]): Promise<LeadEvent[]> {
    return scope.query<LeadEvent>(
      // Ordered by the bigint id: "id" alone would name the text column of the answer ('10' before '9').
      `SELECT e.id::text AS id, e.lead_id AS "leadId", e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.reason, e.at, e.actor_id AS "actorId"
         FROM lead_event e WHERE e.lead_id = ANY($1::uuid[]) ORDER BY e.lead_id, e.id`,
      [leadIds],
      'lead.events',
    );
  }

  private async move(scope: Scope, leadId: string, move: Move): Promise<Lead | null> {
    const viewer = scope.user;
    const manager = await scope.manager();
    const [lead]: LockedLead[] = await manager.query(`SELECT id, reference, status, partner_id AS "partnerId", assignee_id AS "assigneeId", erased_at AS "erasedAt" FROM lead WHERE id = $1 FOR UPDATE`, [leadId]);
    if (!lead) throw new NotFound('Lead', leadId);
    move.allowed(viewer, lead);
    if (move.stillDue && !(await move.stillDue(lead))) throw new Conflict('The timer is no longer due', { status: lead.status });
    if (!move.from.includes(lead.status)) {
      throw new Conflict(`The lead is ${lead.status}; only a lead that is ${move.from.join(' or ')} can be ${move.action}`, { status: lead.status });
    }
    if (move.unchanged?.(lead)) return manager.findOneBy(Lead, { id: leadId });
    const partnerId = move.partnerId === undefined ? lead.partnerId : move.partnerId;
    const to = move.to ?? lead.status;
    if (to === LeadStatus.UNASSIGNED && viewer.partnerId) {
      // Out of the partner's sight: row-level security cannot allow it, the migration's function does.
      const [{ moved }]: { moved: boolean }[] = await manager.query(`SELECT trellis_lead_back_to_dispatch($1) AS moved`, [leadId]);
      if (!moved) throw new Conflict('The lead is no longer waiting for this partner', { status: lead.status });
    } else {
      const columns = Object.keys(move.set ?? {});
      await manager.query(
        `UPDATE lead SET status = $2, partner_id = $3,
          status_changed_at = CASE WHEN status = $2 THEN status_changed_at ELSE now() END${columns.map((c, i) => `, ${c} = $${i + 4}`).join('')} WHERE id = $1`,
        [leadId, to, partnerId, ...columns.map((c) => move.set![c])],
      );
      // The basket's lines belong to the lead's partner (row-level security on lead_item follows it).
      if (partnerId !== lead.partnerId) await manager.query(`UPDATE lead_item SET partner_id = $2 WHERE lead_id = $1`, [leadId, partnerId]);
    }
    const [event]: { id: string }[] = await manager.query(
      `INSERT INTO lead_event (lead_id, partner_id, action, from_status, to_status, actor_id, reason) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text`,
      [leadId, partnerId ?? lead.partnerId, move.action, lead.status, to, viewer.userId || null, move.reason ?? null],
    );
    await publish(scope, leadChanged(leadId, lead.reference, move.action, to, [lead.partnerId, partnerId]));
    await move.then?.(event.id, lead);
    return manager.findOneBy(Lead, { id: leadId });
  }
}
