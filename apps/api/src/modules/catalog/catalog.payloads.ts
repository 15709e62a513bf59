import { Field, ObjectType } from 'type-graphql';
import { Category } from './category.entity';
import { Product } from './product.entity';
import { ProductImage } from './product-image.entity';
import { ProductImport } from './product-import.service';
import { ConnectionType } from '../../domain/connection';
import { payloadType } from '../../domain/payload';

export const ProductConnection = ConnectionType(Product, 'Product');

export const CreateProductPayload = payloadType('CreateProductPayload', 'product', Product);
export const UpdateProductPayload = payloadType('UpdateProductPayload', 'product', Product);
export const CreateCategoryPayload = payloadType('CreateCategoryPayload', 'category', Category);
export const UpdateCategoryPayload = payloadType('UpdateCategoryPayload', 'category', Category);
export const AddProductImagePayload = payloadType('AddProductImagePayload', 'image', ProductImage);
export const RemoveProductImagePayload = payloadType('RemoveProductImagePayload', 'image', ProductImage);

@ObjectType()
export class StartProductImportPayload {
  @Field(() => ProductImport, { description: 'FAILED at once with every bad row, or RUNNING: poll productImport(id).' })
  productImport: ProductImport;
}
