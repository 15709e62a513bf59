import { Scope } from '../../access/scope';
import { BadInput, Conflict } from '../../domain/errors';
import { instancesOf } from '../../domain/sql';
import { Partner, PartnerStatus } from '../partners/partner.entity';
import { PartnerService } from '../partners/partner.service';
import { PartnerLifecycle } from '../partners/partner-lifecycle';
import { OnboardingCheck, OnboardingDoneHow, OnboardingProgress, OnboardingStepDefinition, OnboardingStepState } from './onboarding.types';

type FactsOf = (scope: Scope, partnerIds: readonly string[]) => Promise<Map<string, Date>>;

/** Where each derived step's fact comes from: the owning module's service, never its tables. */
export type OnboardingFacts = Record<Exclude<OnboardingCheck, OnboardingCheck.MANUAL>, FactsOf>;

/** Steps a channel manager may tick by hand: its own steps, and a training that was not recorded as an interaction. */
const TICKABLE: readonly OnboardingCheck[] = [OnboardingCheck.MANUAL, OnboardingCheck.TRAINING];

interface Recorded {
  partnerId: string;
  step: string;
  doneAt: Date;
  how: OnboardingDoneHow;
}

/**
 * Onboarding checklists: each partner kind's steps (onboarding_step), a partner's progress through them,
 * and its activation once all are done. A step is done when it was recorded (ticked by hand, or seen by
 * the onboarding_review job) or when its fact holds now as the viewer sees it: derived facts are asked of
 * their modules' services, each once for a whole batch of partners. A partner becomes ACTIVE through
 * PartnerLifecycle, immediately after the last tick, or in the job (every 10 minutes) for derived steps.
 */
export class OnboardingService {
  constructor(
    private readonly partners: PartnerService,
    private readonly lifecycle: PartnerLifecycle,
    private readonly facts: OnboardingFacts,
  ) {}

  /** The checklists of these partners, in their order: a fixed number of statements for any number of partners. */
  async progressOf(scope: Scope, partners: readonly Pick<Partner, 'id' | 'kind'>[]): Promise<OnboardingProgress[]> {
    if (!partners.length) return [];
    const ids = partners.map((p) => p.id);
    const definitions = await scope.query<OnboardingStepDefinition>(
      `SELECT kind, code, title, position, checked_by AS "checkedBy" FROM onboarding_step WHERE kind = ANY($1::text[]) ORDER BY kind, position`,
      [[...new Set(partners.map((p) => p.kind))]], 'onboarding.steps');
    const recorded = await scope.query<Recorded>(
      `SELECT partner_id AS "partnerId", step, done_at AS "doneAt", how FROM partner_onboarding_step WHERE partner_id = ANY($1::uuid[])`, [ids], 'onboarding.recorded');
    const checks = new Set(definitions.map((d) => d.checkedBy));
    const derived = new Map<OnboardingCheck, Map<string, Date>>();
    for (const check of Object.keys(this.facts) as (keyof OnboardingFacts)[]) {
      if (checks.has(check)) derived.set(check, await this.facts[check](scope, ids));
    }
    const recordedOf = new Map(recorded.map((r) => [`${r.partnerId}:${r.step}`, r]));
    return partners.map((partner) => {
      const steps = definitions.filter((d) => d.kind === partner.kind).map((d) => {
        const tick = recordedOf.get(`${partner.id}:${d.code}`);
        const seen = derived.get(d.checkedBy)?.get(partner.id);
        return { code: d.code, title: d.title, position: d.position, checkedBy: d.checkedBy, done: Boolean(tick || seen),
          doneAt: tick?.doneAt ?? seen ?? null, how: tick?.how ?? (seen ? OnboardingDoneHow.AUTO : null) };
      });
      const completed = steps.filter((s) => s.done).length;
      return instancesOf(OnboardingProgress, [{ partnerId: partner.id, steps: instancesOf(OnboardingStepState, steps), completed, total: steps.length, complete: completed === steps.length }])[0];
    });
  }

  /** Ticks a step by hand (once: a second tick keeps the first), then activates the partner when that was the last step. */
  async completeStep(scope: Scope, partnerId: string, code: string): Promise<Partner> {
    const partner = await this.partners.get(scope, partnerId);
    if (partner.status !== PartnerStatus.ONBOARDING) {
      throw new Conflict(`Only a partner in ONBOARDING has steps to complete; this one is ${partner.status}`, { status: partner.status });
    }
    const [step] = await scope.query<OnboardingStepDefinition>(
      `SELECT kind, code, title, position, checked_by AS "checkedBy" FROM onboarding_step WHERE kind = $1 AND code = $2`, [partner.kind, code], 'onboarding.step');
    if (!step) throw new BadInput('step', `is not a step of a ${partner.kind}'s checklist`);
    if (!TICKABLE.includes(step.checkedBy)) throw new BadInput('step', "follows from the partner's data and is not ticked by hand");
    await scope.execute(
      `INSERT INTO partner_onboarding_step (partner_id, step, done_by, how) VALUES ($1, $2, nullif($3, '')::uuid, 'MANUAL') ON CONFLICT DO NOTHING`,
      [partner.id, step.code, scope.user.userId], 'onboarding.tick');
    await this.activateComplete(scope, [partner]);
    return this.partners.get(scope, partner.id);
  }

  /**
   * The onboarding_review job's work (a system scope, which sees every fact): records the derived steps
   * found done, and activates every ONBOARDING partner whose checklist is complete. Answers those activated.
   */
  async review(scope: Scope): Promise<string[]> {
    const activated: string[] = [];
    let after: string | null = null;
    do {
      const page = await this.partners.list(scope, { statuses: [PartnerStatus.ONBOARDING] }, 100, after);
      activated.push(...await this.activateComplete(scope, page.edges.map((e) => e.node), true));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return activated;
  }

  /** Activates those of these partners whose checklist is complete; `record`: also records the derived steps seen done. */
  private async activateComplete(scope: Scope, partners: readonly Pick<Partner, 'id' | 'kind'>[], record = false): Promise<string[]> {
    const progress = await this.progressOf(scope, partners);
    if (record) {
      const seen = progress.flatMap((p) => p.steps.filter((s) => s.how === OnboardingDoneHow.AUTO).map((s) => ({ partnerId: p.partnerId, step: s.code, at: s.doneAt })));
      if (seen.length) {
        await scope.execute(
          `INSERT INTO partner_onboarding_step (partner_id, step, done_at, how)
           SELECT unnest($1::uuid[]), unnest($2::text[]), unnest($3::timestamptz[]), 'AUTO' ON CONFLICT DO NOTHING`,
          [seen.map((s) => s.partnerId), seen.map((s) => s.step), seen.map((s) => s.at)], 'onboarding.record-seen');
      }
    }
    const complete = progress.filter((p) => p.complete && p.total > 0).map((p) => p.partnerId);
    for (const partnerId of complete) await this.lifecycle.moveTo(scope, partnerId, PartnerStatus.ACTIVE, 'onboarding checklist complete');
    return complete;
  }
}
