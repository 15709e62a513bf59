import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { authChecker } from '../access/access-decorators';
import { validateArgs } from './validate-args';
import { AccessResolver } from '../access/access.resolver';
import { PartnerChangeResolver, PartnerResolver } from '../modules/partners/partner.resolver';
import { PartnerStaffResolver } from '../modules/partners/partner-staff.resolver';
import { ReferenceDataResolver } from '../modules/partners/reference-data.resolver';
import { CatalogResolver, ProductImageResolver } from '../modules/catalog/catalog.resolver';
import { OfferResolver } from '../modules/catalog/offer.resolver';
import { ShowroomResolver } from '../modules/showroom/showroom.resolver';
import { OciResolver } from '../modules/showroom/oci.resolver';
import { ShowroomLeadResolver } from '../modules/showroom/showroom-lead.resolver';
import { LeadItemResolver, LeadResolver } from '../modules/leads/lead.resolver';

export const resolvers = [
  AccessResolver, PartnerResolver, PartnerChangeResolver, PartnerStaffResolver, ReferenceDataResolver,
  CatalogResolver, ProductImageResolver, OfferResolver, ShowroomResolver, LeadResolver, LeadItemResolver, OciResolver, ShowroomLeadResolver,
] as const;

let built: GraphQLSchema | undefined;

export function buildTrellisSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers,
    authChecker,
    // Every input class with rules is validated (class-validator), see validate-args.ts.
    validateFn: validateArgs,
  });
  return built;
}
