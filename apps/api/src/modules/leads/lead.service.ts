import { randomInt, randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { Lead, LeadAction, LeadItem, LeadStatus } from './lead.entity';
import { publish } from '../../access/events';
import { NotificationKind, NotificationService } from '../../access/notifications';
import { leadChanged } from './lead-lifecycle';
import { CreateLeadInput, PublicLeadInput } from './lead.inputs';
import { Scope } from '../../access/scope';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { BadInput, NotFound } from '../../domain/errors';
import { counterOn, refusal } from '../../access/counter';

/** Where a visitor's lead goes: the showroom's partner, or the partner chosen in the locator (null: the brand's showroom, waiting for dispatch). */
export interface LeadTarget {
  partnerId: string | null;
  country: string | null;
}

/** A lead just filed: its id and the reference the visitor is shown. */
export interface FiledLead {
  id: string;
  reference: string;
}

/** Leads: filed from showrooms (more sources and dispatch come with the leads work). */
/** The board's filters (each optional; all that are given apply). */
export interface LeadFilter {
  statuses?: LeadStatus[] | null;
  sources?: string[] | null;
  partnerIds?: string[] | null;
  territoryIds?: string[] | null;
  inStatusForHours?: number | null;
}

export class LeadService {
  constructor(
    private readonly leadsPerIpPerHour: number,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * A visitor's request from a showroom, or to a partner of the locator (with or without a showroom). The
   * scope is the public one of that partner: it may insert a lead for that partner only, and it sees only
   * that partner's offered products. The address's counter
   * is spent in the same transaction, so a request refused for bad input costs nothing.
   */
  /** Leads each partner converted per period (month, quarter or year, by the UTC day of conversion) from `from` until before `until`. */
  async conversionsByPeriod(scope: Scope, partnerIds: readonly string[], from: string, until: string, period: 'month' | 'quarter' | 'year'): Promise<{ partnerId: string; periodStart: string; count: number }[]> {
    return scope.query(
      `SELECT e.partner_id AS "partnerId", to_char(date_trunc($4, e.at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS "periodStart", count(DISTINCT e.lead_id)::int AS count
         FROM lead_event e
        WHERE e.partner_id = ANY($1::uuid[]) AND e.action = 'CONVERTED' AND (e.at AT TIME ZONE 'UTC') >= $2::date AND (e.at AT TIME ZONE 'UTC') < $3::date
        GROUP BY 1, 2`, [partnerIds, from, until, period], 'lead.conversions-by-period');
  }

  async submitFromShowroom(scope: Scope, target: LeadTarget, input: PublicLeadInput, ip: string): Promise<FiledLead> {
    // Bots fill every field; people never see this one. Answer as if accepted so as not to teach them.
    if (input.website) return { id: randomUUID(), reference: `L-${new Date().getUTCFullYear()}-${String(randomInt(1, 999_999)).padStart(6, '0')}` };
    const counter = counterOn(scope, { tableName: 'showroom_limit', keyPrefix: 'lead', points: this.leadsPerIpPerHour, duration: 3600 });
    await counter.consume(ip).catch((reason: unknown) => {
      throw refusal(reason, (seconds) => `Too many requests from your address; try again in ${Math.ceil(seconds / 60)} minutes`);
    });
    const productIds = input.items.map((i) => i.productId);
    if (new Set(productIds).size !== productIds.length) throw new BadInput('items', 'names a product twice');
    const manager = await scope.manager();
    const partnerId = target.partnerId;
    if (productIds.length) {
      const available: { id: string }[] = partnerId
        ? await manager.query(`SELECT product_id AS id FROM offer WHERE partner_id = $1 AND product_id = ANY($2::uuid[]) AND offered`, [partnerId, productIds])
        : await manager.query(`SELECT id FROM product WHERE id = ANY($1::uuid[]) AND active`, [productIds]);
      const found = new Set(available.map((a) => a.id));
      const missing = productIds.findIndex((id) => !found.has(id));
      if (missing >= 0) throw new BadInput(`items[${missing}].productId`, 'is not offered in this showroom');
    }
    const id = randomUUID();
    const status = partnerId ? LeadStatus.NEW : LeadStatus.UNASSIGNED;
    // The reference is drawn first, and nothing is read back: the public role may file a lead, not read one.
    const [{ reference }]: { reference: string }[] = await manager.query(`SELECT trellis_lead_reference(now()) AS reference`);
    await manager.query(
      `INSERT INTO lead (id, reference, partner_id, status, source, contact_name, company, email, phone, postal_code, country, message, consent_text, consent_given_at)
       VALUES ($1, $2, $3, $4, 'SHOWROOM', $5, $6, $7, $8, $9, $10, $11, $12, now())`,
      [id, reference, partnerId, status, input.name.trim(), input.company?.trim() || null, input.email.trim(),
        input.phone ?? null, input.postalCode ?? null, input.country ?? target.country, input.message.trim(), input.consentText],
    );
    await manager.query(`INSERT INTO lead_event (lead_id, partner_id, action, to_status) VALUES ($1, $2, 'FILED', $3)`, [id, partnerId, status]);
    if (input.items.length) {
      await manager.query(
        `INSERT INTO lead_item (lead_id, product_id, partner_id, quantity) SELECT $1, unnest($2::uuid[]), $3, unnest($4::numeric[])`,
        [id, productIds, partnerId, input.items.map((i) => i.quantity)],
      );
    }
    // Live: the partner's inbox (or the brand's board) hears of it once it is committed.
    await publish(scope, leadChanged(id, reference, LeadAction.FILED, status, [partnerId]));
    // A partner's lead: its managers are told, and its time to accept starts (the visitor's role may not
    // read the partner's staff or queue jobs: a function of the notifications migration does both).
    if (partnerId) {
      const { rows } = await scope.execute<{ userId: string }>(`SELECT user_id AS "userId" FROM trellis_showroom_lead_filed($1)`, [id], 'lead.filed');
      await this.notifications.announce(scope, NotificationKind.LEAD_NEW, rows.map((r) => ({ userId: r.userId, partnerId })));
    }
    return { id, reference };
  }

  /** A lead brand staff file themselves (source CHANNEL): it waits for dispatch, FILED by them in its history. */
  async createByChannel(scope: Scope, input: CreateLeadInput): Promise<Lead> {
    const productIds = input.items.map((i) => i.productId.toLowerCase());
    if (new Set(productIds).size !== productIds.length) throw new BadInput('items', 'names a product twice');
    const manager = await scope.manager();
    if (productIds.length) {
      const found = new Set((await manager.query(`SELECT id FROM product WHERE id = ANY($1::uuid[]) AND active`, [productIds]) as { id: string }[]).map((p) => p.id));
      const missing = productIds.findIndex((id) => !found.has(id));
      if (missing >= 0) throw new BadInput(`items[${missing}].productId`, 'is not an active product of the catalog');
    }
    const id = randomUUID();
    const [{ reference }]: { reference: string }[] = await manager.query(`SELECT trellis_lead_reference(now()) AS reference`);
    await manager.query(
      `INSERT INTO lead (id, reference, partner_id, status, source, contact_name, company, email, phone, postal_code, country, message, consent_text, consent_given_at)
       VALUES ($1, $2, NULL, 'UNASSIGNED', 'CHANNEL', $3, $4, $5, $6, $7, $8, $9, $10, now())`,
      [id, reference, input.name.trim(), input.company?.trim() || null, input.email.trim(), input.phone ?? null, input.postalCode ?? null,
        input.country ?? null, input.message.trim(), input.consentText.trim()],
    );
    await manager.query(`INSERT INTO lead_event (lead_id, partner_id, action, to_status, actor_id) VALUES ($1, NULL, 'FILED', 'UNASSIGNED', $2)`, [id, scope.user.userId || null]);
    if (productIds.length) {
      await manager.query(`INSERT INTO lead_item (lead_id, product_id, partner_id, quantity) SELECT $1, unnest($2::uuid[]), NULL, unnest($3::numeric[])`,
        [id, productIds, input.items.map((i) => i.quantity)]);
    }
    await publish(scope, leadChanged(id, reference, LeadAction.FILED, LeadStatus.UNASSIGNED, []));
    return this.get(scope, id);
  }

  /** The leads of these ids that the viewer may see. */
  byIds(scope: Scope, ids: readonly string[]): Promise<Lead[]> {
    return scope.manager().then((m) => m.findBy(Lead, { id: In([...ids]) }));
  }

  /** One lead the viewer may see (row-level security decides), else NOT_FOUND. */
  async get(scope: Scope, id: string): Promise<Lead> {
    const lead = await (await scope.manager()).findOneBy(Lead, { id });
    if (!lead) throw new NotFound('Lead', id);
    return lead;
  }

  /**
   * get, with the lead's row locked to the end of the transaction: a lifecycle move of the lead waits for it,
   * so what the caller decides from the lead's status still holds when it commits.
   */
  async getLocked(scope: Scope, id: string): Promise<Lead> {
    await (await scope.manager()).query(`SELECT 1 FROM lead WHERE id = $1 FOR UPDATE`, [id]);
    return this.get(scope, id);
  }

  /** The viewer's leads, newest first: a partner's own (and its children's), or every lead for the brand. */
  async list(scope: Scope, filter: LeadFilter, first: number, after?: string | null): Promise<Connection<Lead>> {
    const manager = await scope.manager();
    const { statuses, sources, partnerIds, territoryIds, inStatusForHours } = filter;
    const filtered = () => {
      const qb = manager.createQueryBuilder(Lead, 'l');
      if (statuses?.length) qb.andWhere('l.status = ANY(:statuses)', { statuses });
      if (sources?.length) qb.andWhere('l.source = ANY(:sources)', { sources });
      if (partnerIds?.length) qb.andWhere('l.partner_id = ANY(CAST(:partnerIds AS uuid[]))', { partnerIds });
      if (territoryIds?.length) {
        qb.andWhere(`(l.partner_id IN (SELECT pt.partner_id FROM partner_territory pt WHERE pt.territory_id = ANY(CAST(:territoryIds AS uuid[])))
          OR (l.partner_id IS NULL AND l.country IN (SELECT unnest(t.countries) FROM territory t WHERE t.id = ANY(CAST(:territoryIds AS uuid[])))))`, { territoryIds });
      }
      if (inStatusForHours) qb.andWhere(`l.status_changed_at <= now() - CAST(:hours AS int) * interval '1 hour'`, { hours: inStatusForHours });
      return qb;
    };
    // The cursor keeps created_at to the microsecond, as stored: a JavaScript Date's milliseconds would
    // skip the leads filed later within the same millisecond as a page's last one.
    const page = filtered()
      .addSelect(`to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'cursor_at')
      .orderBy('l.created_at', 'DESC').addOrderBy('l.id', 'DESC').take(first + 1);
    if (after) {
      const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
      page.andWhere('(l.created_at, l.id) < (CAST(:at AS timestamptz), :id)', { at, id });
    }
    const { entities, raw } = await page.getRawAndEntities<{ cursor_at: string }>();
    const cursorAt = new Map(entities.map((lead, i) => [lead, raw[i].cursor_at]));
    return toConnection(entities, first, () => filtered().getCount(), (l) => [cursorAt.get(l), l.id]);
  }

  async itemsOf(scope: Scope, leadIds: readonly string[]): Promise<LeadItem[]> {
    return (await scope.manager()).query(
      `SELECT lead_id AS "leadId", product_id AS "productId", quantity::text AS quantity FROM lead_item WHERE lead_id = ANY($1::uuid[]) ORDER BY product_id`,
      [leadIds],
    );
  }
}
