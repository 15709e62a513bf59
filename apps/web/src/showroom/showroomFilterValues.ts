import { ShowroomSort } from '@trellis/schema';
import { enumValues } from '../ui/enumValues';

/*
 * A showroom search as its address holds it, with no router: the early entry reads it (showroomQueries.ts)
 * before React or the router have loaded.
 */

export const SORTS = enumValues(ShowroomSort, ['RELEVANCE', 'NAME', 'PRICE_ASC', 'PRICE_DESC']);

export interface ShowroomFilterValues {
  query: string;
  categoryId: string | null;
  minPrice: string;
  maxPrice: string;
  inStockOnly: boolean;
  sort: ShowroomSort;
}

/** The search that an address holds (?q=&category=&min=&max=&stock=1&sort=), so that it can be shared and gone back to. */
export function filtersFromParams(params: URLSearchParams): ShowroomFilterValues {
  const sort = params.get('sort') as ShowroomSort | null;
  return {
    query: params.get('q') ?? '',
    categoryId: params.get('category'),
    minPrice: params.get('min') ?? '',
    maxPrice: params.get('max') ?? '',
    inStockOnly: params.get('stock') === '1',
    sort: sort && SORTS.includes(sort) ? sort : 'RELEVANCE',
  };
}

