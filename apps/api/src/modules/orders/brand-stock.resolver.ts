import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, CHANNEL_WRITERS } from '../../access/role';
import { payloadType } from '../../domain/payload';
import { Product } from '../catalog/product.entity';
import { BrandStock, SetBrandStockInput } from './brand-stock';

const SetBrandStockPayload = payloadType('SetBrandStockPayload', 'stock', BrandStock);

@Resolver(() => Product)
export class BrandStockResolver {
  @FieldResolver(() => BrandStock, { description: "The brand warehouse's stock of this product, which sell-in orders draw on." })
  @Authorized(...ALL_ROLES)
  async brandStock(@Root() product: Product, @Ctx() { loaders }: Context): Promise<BrandStock> {
    return (await loaders.brandStockByProductId.load(product.id)) ?? Object.assign(new BrandStock(), { productId: product.id, onHand: 0, updatedAt: null });
  }

  @Mutation(() => SetBrandStockPayload, { description: "Sets a product's brand warehouse level to what was counted; the same level again changes nothing." })
  @Authorized(...CHANNEL_WRITERS)
  async setBrandStock(@Arg('input') input: SetBrandStockInput, @Ctx() { scope, services }: Context) {
    return { stock: await services.brandStock.set(scope, input.productId, input.onHand) };
  }
}
