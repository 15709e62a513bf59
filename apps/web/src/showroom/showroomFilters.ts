import { useSearchParams } from 'react-router';
import { ShowroomSort } from '@trellis/schema';
import { enumValues } from '../ui/enumValues';

export const SORTS = enumValues(ShowroomSort, ['RELEVANCE', 'NAME', 'PRICE_ASC', 'PRICE_DESC']);

export interface ShowroomFilterValues {
  query: string;
  categoryId: string | null;
  minPrice: string;
  maxPrice: string;
  inStockOnly: boolean;
  sort: ShowroomSort;
}

/** The search lives in the address (?q=&category=&min=&max=&stock=1&sort=), so that it can be shared and gone back to. */
/** The search that an address holds. */
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

export function useShowroomFilters(): [ShowroomFilterValues, (change: Partial<ShowroomFilterValues>) => void] {
  const [params, setParams] = useSearchParams();
  const values = filtersFromParams(params);
  const update = (change: Partial<ShowroomFilterValues>) => {
    const next = { ...values, ...change };
    const out = new URLSearchParams();
    if (next.query.trim()) out.set('q', next.query.trim());
    if (next.categoryId) out.set('category', next.categoryId);
    if (next.minPrice) out.set('min', next.minPrice);
    if (next.maxPrice) out.set('max', next.maxPrice);
    if (next.inStockOnly) out.set('stock', '1');
    if (next.sort !== 'RELEVANCE') out.set('sort', next.sort);
    setParams(out, { replace: true });
  };
  return [values, update];
}
