import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Lead, LeadItem } from './lead.entity';
import { LeadsArgs } from './lead.inputs';
import type { Context } from '../../access/request-context';
import type { Connection } from '../../domain/connection';
import { ConnectionType } from '../../domain/connection';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES } from '../../access/role';
import { Partner } from '../partners/partner.entity';
import { Product } from '../catalog/product.entity';

const LeadConnection = ConnectionType(Lead, 'Lead');

@Resolver(() => Lead)
export class LeadResolver {
  @Query(() => LeadConnection, { description: "The viewer's leads, newest first: a partner's own; every lead for brand-owner staff." })
  @Authorized(...ALL_ROLES)
  leads(@Args() { statuses, first, after }: LeadsArgs, @Ctx() { scope, services }: Context): Promise<Connection<Lead>> {
    return services.leads.list(scope, statuses, first, after);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'Null while the lead waits for dispatch.' })
  partner(@Root() lead: Lead, @Ctx() { loaders }: Context): Promise<Partner | null> | null {
    return lead.partnerId ? loaders.partnerById.load(lead.partnerId) : null;
  }

  @FieldResolver(() => [LeadItem], { description: 'Products of interest, from the basket.' })
  items(@Root() lead: Lead, @Ctx() { loaders }: Context): Promise<LeadItem[]> {
    return loaders.itemsByLeadId.load(lead.id);
  }
}

@Resolver(() => LeadItem)
export class LeadItemResolver {
  @FieldResolver(() => Product, { nullable: true })
  product(@Root() item: LeadItem, @Ctx() { loaders }: Context): Promise<Product | null> {
    return loaders.productById.load(item.productId);
  }
}
