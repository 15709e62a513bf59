import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import { Offer } from './offer.entity';
import { Product } from './product.entity';
import { ImportOffersResult } from './offer.service';
import { ImportOffersInput, OffersArgs, SaveOfferInput } from './offer.inputs';
import type { Context } from '../../access/request-context';
import type { Connection } from '../../domain/connection';
import { ConnectionType } from '../../domain/connection';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, Role } from '../../access/role';
import { Money, money } from '../../domain/money';
import { Partner } from '../partners/partner.entity';

const OfferConnection = ConnectionType(Offer, 'Offer');

@ObjectType()
class SaveOfferPayload {
  @Field(() => Offer)
  offer: Offer;
}

@ObjectType()
class ImportOffersPayload {
  @Field(() => ImportOffersResult)
  result: ImportOffersResult;
}

@Resolver(() => Offer)
@Authorized(...ALL_ROLES)
export class OfferResolver {
  @Query(() => OfferConnection, { description: "A partner's offers, by product name; NOT_FOUND for a partner the viewer may not see." })
  offers(@Args() { partnerId, search, first, after }: OffersArgs, @Ctx() { scope, services, language }: Context): Promise<Connection<Offer>> {
    return services.offers.list(scope, partnerId, search, first, after, language);
  }

  @Mutation(() => SaveOfferPayload, { description: "Creates or changes one of the viewer's own partner's offers." })
  @Authorized(Role.PARTNER_MANAGER)
  async saveOffer(@Arg('input') input: SaveOfferInput, @Ctx() { scope, services }: Context): Promise<SaveOfferPayload> {
    return { offer: await services.offers.save(scope, input) };
  }

  @Mutation(() => ImportOffersPayload, { description: 'Creates or changes offers from CSV; all rows or, on any bad row, none.' })
  @Authorized(Role.PARTNER_MANAGER)
  async importOffers(@Arg('input') input: ImportOffersInput, @Ctx() { scope, services }: Context): Promise<ImportOffersPayload> {
    return { result: await services.offers.importCsv(scope, input.partnerId, input.csv) };
  }

  @FieldResolver(() => Money, { description: "The partner's net unit price." })
  price(@Root() offer: Offer): Money {
    return money(offer.price, offer.currency);
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() offer: Offer, @Ctx() { loaders }: Context): Promise<Product | null> {
    return loaders.productById.load(offer.productId);
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() offer: Offer, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(offer.partnerId);
  }
}
