import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
// The showroom module's services on the request context (declaration merging).
import type {} from './showroom.context';
import { publicScope, type Context } from '../../access/request-context';
import { Public } from '../../access/access-decorators';
import { ContactPartnerInput, SubmitShowroomLeadInput } from '../leads/lead.inputs';
import { showroomPartners } from './showroom.service';

@ObjectType()
class SubmitShowroomLeadPayload {
  @Field(() => ID)
  leadId: string;

  @Field({ description: 'The short reference to quote when contacting the partner, e.g. L-2026-000123.' })
  reference: string;
}

@ObjectType()
class ContactPartnerPayload {
  @Field(() => ID)
  leadId: string;

  @Field({ description: 'The short reference to quote when contacting the partner, e.g. L-2026-000123.' })
  reference: string;
}

/** A visitor's quote request becomes a lead of the showroom's (or the chosen locator partner's) partner (showroom -> leads). */
@Resolver()
export class ShowroomLeadResolver {
  @Mutation(() => SubmitShowroomLeadPayload, { description: 'A visitor asks for a quote or a call back; rate-limited per address.' })
  @Public()
  async submitShowroomLead(@Arg('input') input: SubmitShowroomLeadInput, @Ctx() ctx: Context): Promise<SubmitShowroomLeadPayload> {
    const showroom = await ctx.services.showrooms.findPublic(ctx.scope, input.slug);
    const target = { partnerId: showroom.partner?.id ?? null, country: showroom.partner?.country ?? null };
    const scope = publicScope(ctx, showroomPartners(showroom));
    const filed = await ctx.services.leads.submitFromShowroom(scope, target, input, ctx.req.ip ?? 'unknown');
    return { leadId: filed.id, reference: filed.reference };
  }

  @Mutation(() => ContactPartnerPayload, {
    description: 'A visitor asks a partner found in the locator for an offer or a call back, whether or not it has a showroom; rate-limited per address.',
  })
  @Public()
  async contactPartner(@Arg('input') input: ContactPartnerInput, @Ctx() ctx: Context): Promise<ContactPartnerPayload> {
    const target = await ctx.services.locator.contactable(publicScope(ctx, []), input.partnerId);
    const filed = await ctx.services.leads.submitFromShowroom(publicScope(ctx, [target.partnerId]), target, input, ctx.req.ip ?? 'unknown');
    return { leadId: filed.id, reference: filed.reference };
  }
}
