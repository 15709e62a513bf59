import { prefetch } from '../publicClient';
import { ShowroomFrameQuery } from './ShowroomLayout';
import { ShowroomSearchQuery, showroomSearchVariables } from './ShowroomSearchPage';
import { filtersFromParams } from './showroomFilters';

const SHOWROOM_PAGE = /^\/(?:s\/([^/]+)(\/.*)?)?$/;

/**
 * A showroom's pages ask for their data once rendered, and the search page only once the layout has the
 * showroom's frame: on a phone, script evaluation and two round trips one after the other were most of the
 * time to the first product card. So, before the first render (while a language may still be loading), the
 * entry asks for what the address will show: the frame and, on a search page, its first page of results. The
 * pages' own queries then find these answers in flight or kept (publicClient.ts); the variables must stay
 * those the pages use (ShowroomLayout, showroomSearchVariables).
 */
export function prefetchShowroom({ pathname, search }: { pathname: string; search: string }): void {
  const match = SHOWROOM_PAGE.exec(pathname);
  if (!match) return;
  const slug = match[1] ? decodeURIComponent(match[1]) : 'brand';
  prefetch(ShowroomFrameQuery, { slug });
  if (match[1] && (match[2] ?? '/') === '/') prefetch(ShowroomSearchQuery, showroomSearchVariables(slug, filtersFromParams(new URLSearchParams(search))));
}
