import { Lead, LeadAction, LeadEvent, LeadStatus, LeadTiming } from './lead.entity';
import { Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { Viewer } from '../../access/viewer';
import { BadInput, Conflict, Forbidden, NotFound } from '../../domain/errors';
import { parseAmount } from '../../domain/money';
import { PartnerService } from '../partners/partner.service';
import { enqueue } from '../../access/jobs';
import { UserService } from '../../access/user.service';
import { PartnerStatus } from '../partners/partner.entity';

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
  /** Work in the move's transaction once it is written (its history row's id given). */
  then?: (eventId: string) => Promise<void>;
}

interface LockedLead {
  id: string;
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
  ) {}

  async dispatch(scope: Scope, leadId: string, partnerId: string): Promise<Lead | null> {
    const partner = await this.partners.forDispatch(scope, partnerId);
    if (!partner) throw new BadInput('partnerId', 'names no partner');
    if (partner.status !== PartnerStatus.ACTIVE) throw new BadInput('partnerId', 'is not an active partner');
    const hours = partner.leadAcceptHours;
    return this.move(scope, leadId, {
      action: LeadAction.DISPATCHED, from: [LeadStatus.UNASSIGNED], to: LeadStatus.DISPATCHED, partnerId,
      allowed: () => undefined, // brand-owner staff only, by the resolver's roles
      // The partner's time to accept, as a job of this transaction; one per lead: a new dispatch moves it.
      then: async (eventId) => {
        if (hours) await enqueue(scope, 'lead_sla_expired', { leadId, eventId }, { key: `lead-sla:${leadId}`, runAt: new Date(Date.now() + hours * 3600_000) });
      },
    });
  }

  /**
   * A dispatch's time to accept is up: the lead, if it still waits for that same dispatch, goes back to
   * dispatch (EXPIRED). Run by the lead_sla_expired job in a system scope; running it again changes nothing.
   */
  async expire(scope: Scope, leadId: string, eventId: string): Promise<boolean> {
    const expired = await this.move(scope, leadId, {
      action: LeadAction.EXPIRED, from: [LeadStatus.DISPATCHED], to: LeadStatus.UNASSIGNED, partnerId: null,
      reason: 'Not accepted in time', allowed: () => undefined,
      stillDue: async () => {
        const [last] = await (await scope.manager()).query(
          `SELECT max(id)::text AS id FROM lead_event WHERE lead_id = $1 AND action = 'DISPATCHED'`, [leadId]);
        return last?.id === eventId;
      },
    }).then(() => true, (err: unknown) => {
      if (err instanceof Conflict || err instanceof NotFound) return false; // accepted, declined or gone meanwhile
      throw err;
    });
    return expired;
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
    const [lead]: LockedLead[] = await manager.query(`SELECT id, status, partner_id AS "partnerId", assignee_id AS "assigneeId" FROM lead WHERE id = $1 FOR UPDATE`, [leadId]);
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
    await move.then?.(event.id);
    return manager.findOneBy(Lead, { id: leadId });
  }
}
