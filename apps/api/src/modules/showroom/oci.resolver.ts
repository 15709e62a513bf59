import { Args, ArgsType, Ctx, Field, Float, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
// The showroom module's services on the request context (declaration merging).
import type {} from './showroom.context';
import type { Context } from '../../access/request-context';
import { Public } from '../../access/access-decorators';

@InputType({ description: 'One basket line: the product by id, or else by SKU.' })
export class OciItemInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  productId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  sku?: string | null;

  @Field(() => Float, { description: 'Greater than 0, at most 3 decimals.' })
  quantity: number;
}

@ArgsType()
export class OciTransferArgs {
  @Field({ description: "The showroom's slug; 'brand' for the brand owner's." })
  @MaxLength(40)
  slug: string;

  @Field({ description: 'HOOK_URL as the shop sent it; http or https only.' })
  @MaxLength(4096)
  hookUrl: string;

  @Field(() => String, { nullable: true, description: 'The shop\'s ~TARGET.' })
  @IsOptional()
  @MaxLength(200)
  target?: string | null;

  @Field(() => String, { nullable: true, description: 'The shop\'s ~OkCode; ADDI when not given.' })
  @IsOptional()
  @MaxLength(200)
  okCode?: string | null;

  @Field(() => String, { nullable: true, description: "The shop's returntarget; wins over target." })
  @IsOptional()
  @MaxLength(200)
  returnTarget?: string | null;

  @Field(() => [OciItemInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  items: OciItemInput[];
}

@ObjectType()
export class OciField {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType({ description: 'The form that returns the basket to the shop: post fields, in order, to action in the target window.' })
export class OciTransfer {
  @Field({ description: 'The HOOK_URL.' })
  action: string;

  @Field()
  target: string;

  @Field(() => [OciField])
  fields: OciField[];
}

@Resolver()
export class OciResolver {
  @Query(() => OciTransfer, { description: 'The showroom basket as an OCI form for the shop, priced now ("Transfer to shop").' })
  @Public()
  async ociTransfer(@Args() { slug, items, ...call }: OciTransferArgs, @Ctx() { scope, services, language }: Context): Promise<OciTransfer> {
    const transfer = await services.ociCatalog.transfer(scope, slug, call, items, language);
    return { ...transfer, fields: transfer.fields.map(([name, value]) => ({ name, value })) };
  }
}
