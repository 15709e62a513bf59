import { useSearchParams } from 'react-router';
import { filtersFromParams, type ShowroomFilterValues } from './showroomFilterValues';

export { SORTS, filtersFromParams, type ShowroomFilterValues } from './showroomFilterValues';

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
