import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, CHANNEL_WRITERS, PARTNER_ROLES } from '../../access/role';
import { ConnectionType, type Connection } from '../../domain/connection';
import { payloadType } from '../../domain/payload';
import { Partner } from '../partners/partner.entity';
import { Product } from '../catalog/product.entity';
import { InventoryLevel, InventoryReport } from './inventory.types';
import { ImportInventoryInput, InventoryArgs, ReportInventoryInput } from './inventory.inputs';

const InventoryLevelConnection = ConnectionType(InventoryLevel, 'InventoryLevel');
const ReportInventoryPayload = payloadType('ReportInventoryPayload', 'report', InventoryReport);
const ImportInventoryPayload = payloadType('ImportInventoryPayload', 'report', InventoryReport);
const REPORTERS = [...PARTNER_ROLES, ...CHANNEL_WRITERS];

@Resolver(() => InventoryLevel)
export class InventoryResolver {
  @Query(() => InventoryLevelConnection, {
    description: "Each partner's latest stock count per product, by partner and product: a partner's own (a distributor's with its resellers'); all for brand staff.",
  })
  @Authorized(...ALL_ROLES)
  inventory(@Args() { partnerId, productId, first, after }: InventoryArgs, @Ctx() { scope, services }: Context): Promise<Connection<InventoryLevel>> {
    return services.inventory.levels(scope, { partnerId, productId }, first, after);
  }

  @Mutation(() => ReportInventoryPayload, { description: "Records a partner's stock count on a day; the same count again writes nothing." })
  @Authorized(...REPORTERS)
  async reportInventory(@Arg('input') input: ReportInventoryInput, @Ctx() { scope, services }: Context) {
    return { report: await services.inventory.report(scope, input.partnerId, input.countedOn, input.lines) };
  }

  @Mutation(() => ImportInventoryPayload, { description: "Records a partner's stock count from CSV (sku,on_hand); all rows or, on any bad row, none." })
  @Authorized(...REPORTERS)
  async importInventory(@Arg('input') input: ImportInventoryInput, @Ctx() { scope, services }: Context) {
    return { report: await services.inventory.importCsv(scope, input.partnerId, input.countedOn, input.csv) };
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() level: InventoryLevel, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(level.partnerId);
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() level: InventoryLevel, @Ctx() { loaders }: Context): Promise<Product | null> {
    return loaders.productById.load(level.productId);
  }
}
