import { In } from 'typeorm';
import { startTestApp, TestApp } from '../../../test/harness';
import { fixtures } from '../../../test/fixtures';
import { Category } from './category.entity';
import { Product } from './product.entity';
import { ProductImage } from './product-image.entity';

/*
 * The catalog's hot reads are plain SQL with their own column lists (catalog.service.ts): each must answer
 * what TypeORM reads into the entity, every column with the same name and type, as instances of it.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

it('answers what TypeORM reads into categories, products and images', async () => {
  const f = fixtures(app);
  const parent = await f.givenCategory();
  const child = await f.givenCategory({ parentId: parent.id });
  const product = await f.givenProduct({ categoryId: child.id, imageUrls: ['https://images.example/a.jpg'] });
  const other = await f.givenProduct();
  const productIds = [product.id, other.id];

  await app.scopes.runSystem('test', async (scope) => {
    const { catalog } = app.services;
    const manager = await scope.manager();
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const categories = await catalog.categories(scope);
    expect(categories.every((c) => c instanceof Category)).toBe(true);
    expect(categories).toEqual(await manager.find(Category, { order: { position: 'ASC', name: 'ASC', id: 'ASC' } }));
    expect(byId(await catalog.categoriesByIds(scope, [parent.id, child.id]))).toEqual(byId(await manager.findBy(Category, { id: In([parent.id, child.id]) })));
    const products = byId(await catalog.productsByIds(scope, productIds));
    expect(products.every((p) => p instanceof Product)).toBe(true);
    expect(products).toEqual(byId(await manager.findBy(Product, { id: In(productIds) })));
    const images = await catalog.imagesOf(scope, productIds);
    expect(images.every((i) => i instanceof ProductImage)).toBe(true);
    expect(images).toEqual(await manager.find(ProductImage, { where: { productId: In(productIds) }, order: { position: 'ASC', id: 'ASC' } }));
    expect(images).toHaveLength(1);
  });
});
