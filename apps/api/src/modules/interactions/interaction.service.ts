import { Scope } from '../../access/scope';
import { isBrandRole } from '../../access/role';
import { UserService } from '../../access/user.service';
import { Connection, decodeCursor, toConnection } from '../../domain/connection';
import { BadInput, NotFound } from '../../domain/errors';
import { instancesOf } from '../../domain/sql';
import { calendarDay } from '../../domain/calendar';
import { TimelinePosition, TimelineRow, timelinePageSql } from '../../domain/timeline';
import { PartnerService } from '../partners/partner.service';
import { Interaction, InteractionTask } from './interaction.types';
import { InteractionFilter, InteractionTaskInput, RecordInteractionInput, UpdateInteractionInput } from './interaction.inputs';

const AT_UTC = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const INTERACTION_COLUMNS = `i.id, i.partner_id AS "partnerId", i.created_by AS "createdById", i.kind, i.occurred_at AS "occurredAt", i.subject, i.participants,
  i.notes, i.outcome, i.shared, i.created_at AS "createdAt", i.updated_at AS "updatedAt", ${AT_UTC('i.occurred_at')} AS "cursorAt"`;
const TASK_COLUMNS = `t.id, t.interaction_id AS "interactionId", t.partner_id AS "partnerId", t.assignee_id AS "assigneeId", t.done_by AS "doneById", t.title,
  to_char(t.due_on, 'YYYY-MM-DD') AS "dueOn", t.done_at AS "doneAt", t.created_at AS "createdAt", ${AT_UTC('t.done_at')} AS "doneCursorAt"`;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The validators count UTF-16 units, PostgreSQL counts characters: a subject of two emoji passes one and not the other. */
function atLeastCharacters(field: string, text: string, least: number): string {
  if ([...text].length < least) throw new BadInput(field, `must have at least ${least} characters besides spaces`);
  return text;
}

/**
 * Interactions: the channel staff's record of every contact with a partner, with follow-up tasks. Only
 * channel writers record and change them (the resolvers say so, and row-level security again); brand staff
 * read all of them, a partner's manager the shared ones of its partners (row-level security), never tasks.
 * A partner the viewer may not see is NOT_FOUND, whatever it holds. A change that changes nothing writes
 * nothing: updates are conditional on a difference, and completing a task twice completes it once.
 */
export class InteractionService {
  constructor(
    private readonly partners: PartnerService,
    private readonly users: UserService,
  ) {}

  async record(scope: Scope, input: RecordInteractionInput): Promise<Interaction> {
    const partner = await this.partners.get(scope, input.partnerId);
    atLeastCharacters('subject', input.subject, 3);
    const tasks = await this.checkedTasks(scope, input.tasks, 'tasks');
    const { rows: [created] } = await scope.execute<{ id: string }>(
      `WITH i AS (
         INSERT INTO interaction (partner_id, kind, occurred_at, subject, participants, notes, outcome, shared, created_by)
         VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, nullif($9, '')::uuid) RETURNING id, partner_id),
       t AS (
         INSERT INTO interaction_task (interaction_id, partner_id, title, due_on, assignee_id, created_by)
         SELECT i.id, i.partner_id, x.title, x.due_on, x.assignee_id, nullif($9, '')::uuid
           FROM i, unnest($10::text[], $11::date[], $12::uuid[]) AS x(title, due_on, assignee_id))
       SELECT id FROM i`,
      [partner.id, input.kind, input.occurredAt, input.subject, input.participants, input.notes, input.outcome, input.shared, scope.user.userId,
        tasks.map((t) => t.title), tasks.map((t) => t.dueOn), tasks.map((t) => t.assigneeId ?? null)],
      'interactions.record');
    return this.get(scope, created.id);
  }

  /** Writes the interaction's fields only where one differs, in one conditional statement: of parallel identical changes one writes. */
  async update(scope: Scope, input: UpdateInteractionInput): Promise<Interaction> {
    atLeastCharacters('subject', input.subject, 3);
    await scope.execute(
      `UPDATE interaction SET kind = $2, occurred_at = $3, subject = $4, participants = $5::text[], notes = $6, outcome = $7, shared = $8, updated_at = now()
        WHERE id = $1 AND (kind, occurred_at, subject, participants, notes, outcome, shared) IS DISTINCT FROM ($2, $3::timestamptz, $4, $5::text[], $6, $7, $8)`,
      [input.interactionId, input.kind, input.occurredAt, input.subject, input.participants, input.notes, input.outcome, input.shared], 'interactions.update');
    return this.get(scope, input.interactionId);
  }

  async addTask(scope: Scope, interactionId: string, task: InteractionTaskInput): Promise<InteractionTask> {
    const interaction = await this.get(scope, interactionId);
    const [checked] = await this.checkedTasks(scope, [task], '');
    const { rows: [created] } = await scope.execute<{ id: string }>(
      `INSERT INTO interaction_task (interaction_id, partner_id, title, due_on, assignee_id, created_by) VALUES ($1, $2, $3, $4, $5, nullif($6, '')::uuid) RETURNING id`,
      [interaction.id, interaction.partnerId, checked.title, checked.dueOn, checked.assigneeId ?? null, scope.user.userId], 'interactions.task-add');
    return this.task(scope, created.id);
  }

  /** Marks a task done, once: a task done already keeps who did it and when. */
  async completeTask(scope: Scope, taskId: string): Promise<InteractionTask> {
    await scope.execute(`UPDATE interaction_task SET done_at = now(), done_by = nullif($2, '')::uuid WHERE id = $1 AND done_at IS NULL`,
      [taskId, scope.user.userId], 'interactions.task-complete');
    return this.task(scope, taskId);
  }

  async get(scope: Scope, id: string): Promise<Interaction> {
    const [found] = await this.byIds(scope, [id]);
    if (!found) throw new NotFound('Interaction', id);
    return found;
  }

  async byIds(scope: Scope, ids: readonly string[]): Promise<Interaction[]> {
    return instancesOf(Interaction, await scope.query<Interaction>(`SELECT ${INTERACTION_COLUMNS} FROM interaction i WHERE i.id = ANY($1::uuid[])`, [ids], 'interactions.by-ids'));
  }

  /** Interactions, most recent contact first: one partner's, or every partner's the viewer sees (row-level security: shared ones only for partners). */
  async list(scope: Scope, partnerId: string | null | undefined, filter: InteractionFilter | null | undefined, first: number, after?: string | null): Promise<Connection<Interaction>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (partnerId) where.push(`i.partner_id = $${params.push((await this.partners.get(scope, partnerId)).id)}`);
    if (filter?.kinds?.length) where.push(`i.kind = ANY($${params.push([...new Set(filter.kinds)])}::text[])`);
    if (filter?.shared != null) where.push(`i.shared = $${params.push(filter.shared)}`);
    const counted = [...where];
    const countParams = [...params];
    if (after) {
      const [at, id] = decodeCursor(after, ['timestamp', 'uuid']);
      where.push(`(i.occurred_at, i.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const clause = (parts: string[]) => (parts.length ? `WHERE ${parts.join(' AND ')}` : '');
    const rows = await scope.query<Interaction>(
      `SELECT ${INTERACTION_COLUMNS} FROM interaction i ${clause(where)} ORDER BY i.occurred_at DESC, i.id DESC LIMIT $${params.push(first + 1)}`, params, 'interactions.list');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM interaction i ${clause(counted)}`, countParams, 'interactions.count'))[0].n;
    return toConnection(instancesOf(Interaction, rows), first, count, (i) => [i.cursorAt, i.id]);
  }

  /** Follow-up tasks by due day (brand staff only: row-level security shows partners none). */
  async tasks(scope: Scope, args: { open: boolean; dueBefore?: string | null; partnerId?: string | null; mine?: boolean; first: number; after?: string | null }): Promise<Connection<InteractionTask>> {
    const params: unknown[] = [];
    const where = [args.open ? 't.done_at IS NULL' : 't.done_at IS NOT NULL'];
    if (args.mine) {
      // A viewer without a user (an API token acting for none) has no tasks of its own.
      const me = params.push(scope.viewer?.userId || null);
      where.push(`(t.assignee_id = $${me}::uuid OR (t.assignee_id IS NULL AND EXISTS (SELECT 1 FROM interaction i WHERE i.id = t.interaction_id AND i.created_by = $${me}::uuid)))`);
    }
    if (args.partnerId) where.push(`t.partner_id = $${params.push((await this.partners.get(scope, args.partnerId)).id)}`);
    if (args.dueBefore) where.push(`t.due_on < $${params.push(calendarDay('dueBefore', args.dueBefore))}::date`);
    const counted = [...where];
    const countParams = [...params];
    // Open tasks by due day, soonest first; done ones by when they were done, latest first.
    if (args.after && args.open) {
      const [day, id] = decodeCursor(args.after, ['text', 'uuid']) as [string, string];
      if (!DAY.test(day)) throw new BadInput('after', 'is not a cursor this list gave out');
      where.push(`(t.due_on, t.id) > ($${params.push(calendarDay('after', day))}::date, $${params.push(id)}::uuid)`);
    } else if (args.after) {
      const [at, id] = decodeCursor(args.after, ['timestamp', 'uuid']);
      where.push(`(t.done_at, t.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const order = args.open ? 't.due_on, t.id' : 't.done_at DESC, t.id DESC';
    const rows = await scope.query<InteractionTask & { doneCursorAt: string | null }>(
      `SELECT ${TASK_COLUMNS} FROM interaction_task t WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${params.push(args.first + 1)}`, params,
      args.open ? 'interactions.tasks' : 'interactions.tasks-done');
    const count = async () => (await scope.query<{ n: number }>(`SELECT count(*)::int AS n FROM interaction_task t WHERE ${counted.join(' AND ')}`, countParams, 'interactions.tasks-count'))[0].n;
    const cursors = new Map(rows.map((r) => [r.id, r.doneCursorAt]));
    return toConnection(instancesOf(InteractionTask, rows), args.first, count, (t) => (args.open ? [t.dueOn, t.id] : [cursors.get(t.id), t.id]));
  }

  async task(scope: Scope, id: string): Promise<InteractionTask> {
    const [found] = await scope.query<InteractionTask>(`SELECT ${TASK_COLUMNS} FROM interaction_task t WHERE t.id = $1`, [id], 'interactions.task');
    if (!found) throw new NotFound('InteractionTask', id);
    return instancesOf(InteractionTask, [found])[0];
  }

  async tasksOfInteractions(scope: Scope, interactionIds: readonly string[]): Promise<InteractionTask[]> {
    return instancesOf(InteractionTask, await scope.query<InteractionTask>(
      `SELECT ${TASK_COLUMNS} FROM interaction_task t WHERE t.interaction_id = ANY($1::uuid[]) ORDER BY t.due_on, t.id`, [interactionIds], 'interactions.tasks-of'));
  }

  /** When each of these partners had its first training that took place (as the viewer sees interactions), for onboarding checklists. */
  async firstTrainingAt(scope: Scope, partnerIds: readonly string[]): Promise<Map<string, Date>> {
    const rows = await scope.query<{ partnerId: string; at: Date }>(
      `SELECT partner_id AS "partnerId", min(occurred_at) AS at FROM interaction WHERE partner_id = ANY($1::uuid[]) AND kind = 'TRAINING' AND occurred_at <= now()
        GROUP BY partner_id`, [partnerIds], 'interactions.first-training-at');
    return new Map(rows.map((r) => [r.partnerId, r.at]));
  }

  /**
   * How many people each partner had trained from `from` to `to` (days, inclusive): the distinct names among the
   * participants of TRAINING interactions that took place (spelling and case aside). Brand staff read all; partner
   * users only shared ones (row-level security), so tier figures are measured by Trellis itself.
   */
  async trainedPeople(scope: Scope, partnerIds: readonly string[], from: string, to: string): Promise<Map<string, number>> {
    const rows = await scope.query<{ partnerId: string; people: number }>(
      `SELECT i.partner_id AS "partnerId", count(DISTINCT lower(btrim(p.name)))::int AS people
         FROM interaction i CROSS JOIN LATERAL unnest(i.participants) AS p(name)
        WHERE i.partner_id = ANY($1::uuid[]) AND i.kind = 'TRAINING' AND i.occurred_at >= $2::date AND i.occurred_at < $3::date + 1 AND i.occurred_at <= now()
        GROUP BY 1`, [partnerIds, from, to], 'interactions.trained-people');
    return new Map(rows.map((r) => [r.partnerId, r.people]));
  }

  /** The partner's interactions for its timeline: all for brand staff, the shared ones for its managers (row-level security). */
  async timelineEntries(scope: Scope, partnerId: string, before: TimelinePosition | null, limit: number): Promise<TimelineRow[]> {
    const { sql, params } = timelinePageSql(
      `SELECT 'interaction:' || i.id AS key, i.occurred_at AS at, 'INTERACTION' AS source, i.kind AS action, i.subject AS title,
          nullif(i.outcome, '') AS detail, i.id AS "subjectId", i.created_by AS "actorId"
        FROM interaction i WHERE i.partner_id = $1`,
      partnerId, before, limit);
    return scope.query<TimelineRow>(sql, params, 'interactions.timeline');
  }

  /** Tasks as given, their days real and their assignees active brand users (BAD_USER_INPUT naming the field otherwise). */
  private async checkedTasks(scope: Scope, tasks: InteractionTaskInput[], field: string): Promise<InteractionTaskInput[]> {
    const at = (i: number, name: string) => (field ? `${field}[${i}].${name}` : name);
    tasks.forEach((t, i) => {
      calendarDay(at(i, 'dueOn'), t.dueOn);
      atLeastCharacters(at(i, 'title'), t.title, 3);
    });
    const assignees = [...new Set(tasks.map((t) => t.assigneeId).filter((id): id is string => Boolean(id)))];
    if (assignees.length) {
      const brand = new Set((await this.users.byIds(scope, assignees)).filter((u) => u.active && !u.partnerId && isBrandRole(u.role)).map((u) => u.id));
      const bad = tasks.findIndex((t) => t.assigneeId && !brand.has(t.assigneeId));
      if (bad >= 0) throw new BadInput(at(bad, 'assigneeId'), 'must be an active user of the brand');
    }
    return tasks;
  }
}
