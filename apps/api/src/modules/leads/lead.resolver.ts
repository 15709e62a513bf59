import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Lead, LeadItem } from './lead.entity';
import { LeadsArgs, SubmitShowroomLeadInput } from './lead.inputs';
import { publicScope, type Context } from '../../graphql/context';
import type { Connection } from '../../domain/connection';
import { ConnectionType } from '../../domain/connection';
import { Authorized, Public } from '../../graphql/access-decorators';
import { ALL_ROLES } from '../../access/role';
import { Partner } from '../partners/partner.entity';
import { Product } from '../catalog/product.entity';

const LeadConnection = ConnectionType(Lead, 'Lead');

@ObjectType()
class SubmitShowroomLeadPayload {
  @Field(() => ID, { description: 'Quote it when you contact us.' })
  leadId: string;
}

@Resolver(() => Lead)
export class LeadResolver {
  @Mutation(() => SubmitShowroomLeadPayload, { description: 'A visitor asks for a quote or a call back; rate-limited per address.' })
  @Public()
  async submitShowroomLead(@Arg('input') input: SubmitShowroomLeadInput, @Ctx() ctx: Context): Promise<SubmitShowroomLeadPayload> {
    const showroom = await ctx.services.showrooms.findPublic(ctx.services.dataSource, input.slug, ctx.scope.stats);
    const scope = publicScope(ctx, showroom.partner ? [showroom.partner.id] : []);
    return { leadId: await ctx.services.leads.submitFromShowroom(scope, showroom, input, ctx.req.ip ?? 'unknown') };
  }

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
