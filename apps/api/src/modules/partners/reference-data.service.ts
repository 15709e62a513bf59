import { Tier } from './tier.entity';
import { Territory } from './territory.entity';
import { TerritoryInput, TierInput } from './reference-data.inputs';
import { Scope } from '../../access/scope';
import { BadInput, NotFound } from '../../domain/errors';
import { instancesOf, updateIfChanged } from '../../domain/sql';

/** Tiers and territories: the admin's reference data, read by everyone signed in. */
export class ReferenceDataService {
  async tiers(scope: Scope): Promise<Tier[]> {
    return (await scope.manager()).find(Tier, { order: { rank: 'ASC', id: 'ASC' } });
  }

  async territories(scope: Scope): Promise<Territory[]> {
    return (await scope.manager()).find(Territory, { order: { name: 'ASC', id: 'ASC' } });
  }

  /** Plain SQL: every partner list asks for its tiers. The discount comes as the entity's number, not numeric's text. */
  async tiersByIds(scope: Scope, ids: readonly string[]): Promise<Tier[]> {
    return instancesOf(Tier, await scope.query<Tier>(
      `SELECT t.id, t.code, t.name, t.rank, t.discount_percent::float8 AS "discountPercent", t.mdf_eligible AS "mdfEligible",
              t.lead_priority AS "leadPriority", t.lead_accept_hours AS "leadAcceptHours",
              t.max_open_leads AS "maxOpenLeads", t.mdf_share_percent::float8 AS "mdfSharePercent"
         FROM tier t WHERE t.id = ANY($1::uuid[])`,
      [ids],
      'tier.by-ids',
    ));
  }

  async saveTier(scope: Scope, id: string | null, input: TierInput): Promise<Tier> {
    const manager = await scope.manager();
    const clash = await manager.findOneBy(Tier, { code: input.code });
    if (clash && clash.id !== id) throw new BadInput('code', 'is already used by another tier');
    if (id) {
      const outcome = await updateIfChanged(manager, 'tier', id, {
        code: input.code, name: input.name, rank: input.rank, discount_percent: input.discountPercent, mdf_eligible: input.mdfEligible, lead_priority: input.leadPriority,
        ...(input.leadAcceptHours === undefined ? {} : { lead_accept_hours: input.leadAcceptHours }),
        ...(input.maxOpenLeads === undefined ? {} : { max_open_leads: input.maxOpenLeads }),
        ...(input.mdfSharePercent == null ? {} : { mdf_share_percent: input.mdfSharePercent }),
      });
      if (outcome === 'MISSING') throw new NotFound('Tier', id);
      return manager.findOneByOrFail(Tier, { id });
    }
    return manager.save(manager.create(Tier, { ...input, leadAcceptHours: input.leadAcceptHours ?? null, maxOpenLeads: input.maxOpenLeads ?? null, mdfSharePercent: input.mdfSharePercent ?? 0 }));
  }

  async saveTerritory(scope: Scope, id: string | null, input: TerritoryInput): Promise<Territory> {
    const manager = await scope.manager();
    const clash = await manager.findOneBy(Territory, { code: input.code });
    if (clash && clash.id !== id) throw new BadInput('code', 'is already used by another territory');
    const values = {
      ...input,
      countries: [...new Set(input.countries)],
      regions: input.regions ?? [],
      postalPrefixes: input.postalPrefixes ?? [],
    };
    if (id) {
      const outcome = await updateIfChanged(manager, 'territory', id, {
        code: values.code, name: values.name, countries: values.countries, regions: values.regions, postal_prefixes: values.postalPrefixes,
      });
      if (outcome === 'MISSING') throw new NotFound('Territory', id);
      return manager.findOneByOrFail(Territory, { id });
    }
    return manager.save(manager.create(Territory, values));
  }
}
