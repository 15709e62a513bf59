import { Scope } from '../../access/scope';
import { manyByKey, oneByKey } from '../../domain/loader-kit';
import { CatalogService } from './catalog.service';

export function catalogLoaders(scope: Scope, catalog: CatalogService) {
  return {
    productById: oneByKey((ids: readonly string[]) => catalog.productsByIds(scope, ids), (p) => p.id),
    categoryById: oneByKey((ids: readonly string[]) => catalog.categoriesByIds(scope, ids), (c) => c.id),
    translationsByProductId: manyByKey((ids: readonly string[]) => catalog.translationsOf(scope, ids), (t) => t.productId),
    imagesByProductId: manyByKey((ids: readonly string[]) => catalog.imagesOf(scope, ids), (i) => i.productId),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof catalogLoaders> {}
  interface Services {
    catalog: CatalogService;
    offers: import('./offer.service').OfferService;
    productImports: import('./product-import.service').ProductImportService;
  }
}
