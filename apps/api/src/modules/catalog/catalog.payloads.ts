import { Field, ObjectType } from 'type-graphql';
import { Category } from './category.entity';
import { Product } from './product.entity';
import { ProductImage } from './product-image.entity';
import { ProductImport } from './product-import.service';
import { ConnectionType } from '../../graphql/connection';

export const ProductConnection = ConnectionType(Product, 'Product');

function productPayload(name: string) {
  @ObjectType(name)
  class Payload {
    @Field(() => Product)
    product: Product;
  }
  return Payload;
}
export const CreateProductPayload = productPayload('CreateProductPayload');
export const UpdateProductPayload = productPayload('UpdateProductPayload');

function categoryPayload(name: string) {
  @ObjectType(name)
  class Payload {
    @Field(() => Category)
    category: Category;
  }
  return Payload;
}
export const CreateCategoryPayload = categoryPayload('CreateCategoryPayload');
export const UpdateCategoryPayload = categoryPayload('UpdateCategoryPayload');

function imagePayload(name: string) {
  @ObjectType(name)
  class Payload {
    @Field(() => ProductImage)
    image: ProductImage;
  }
  return Payload;
}
export const AddProductImagePayload = imagePayload('AddProductImagePayload');
export const RemoveProductImagePayload = imagePayload('RemoveProductImagePayload');

@ObjectType()
export class StartProductImportPayload {
  @Field(() => ProductImport, { description: 'FAILED at once with every bad row, or RUNNING: poll productImport(id).' })
  productImport: ProductImport;
}
