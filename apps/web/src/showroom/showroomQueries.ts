import { graphql } from '../gql';
import { filtersFromParams, type ShowroomFilterValues } from './showroomFilterValues';

/*
 * The queries a showroom's first view sends, with the variables its pages ask them with: in a module of their
 * own (text, no components), so that the early entry (early.ts) can send them while the page's scripts are
 * still on their way, and the pages find the answers in flight (publicClient.ts).
 */

const PAGE_SIZE = 24;

export const ShowroomFrameQuery = graphql(`
  query ShowroomFrame($slug: String) {
    showroom(slug: $slug) {
      ...ShowroomFrame_showroom
    }
  }
`);

export const ShowroomSearchQuery = graphql(`
  query ShowroomSearch(
    $slug: String
    $query: String
    $categoryId: ID
    $minPrice: String
    $maxPrice: String
    $inStockOnly: Boolean!
    $sort: ShowroomSort!
    $first: Int!
    $after: String
  ) {
    showroomSearch(
      slug: $slug
      query: $query
      categoryId: $categoryId
      minPrice: $minPrice
      maxPrice: $maxPrice
      inStockOnly: $inStockOnly
      sort: $sort
      first: $first
      after: $after
    ) {
      totalCount
      facets {
        ...CategoryFacets_facet
      }
      priceRange {
        min {
          amount
          currency
        }
        max {
          amount
          currency
        }
      }
      edges {
        cursor
        node {
          ...ProductCard_item
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The first page of a search, as this page asks for it (and the early entry). */
export function showroomSearchVariables(slug: string, filters: ShowroomFilterValues) {
  return {
    slug,
    query: filters.query.trim() || null,
    categoryId: filters.categoryId,
    minPrice: filters.minPrice || null,
    maxPrice: filters.maxPrice || null,
    inStockOnly: filters.inStockOnly,
    sort: filters.sort,
    first: PAGE_SIZE,
  };
}

const SHOWROOM_PAGE = /^\/(?:s\/([^/]+)(\/.*)?)?$/;

/**
 * What an address will show first, to be asked for before the first render: a showroom's frame (the brand's
 * on the front page) and, on a search page, its first page of results. The variables must stay those the
 * pages use (ShowroomLayout, ShowroomSearchPage), or the pages ask again.
 */
export function firstRequests({ pathname, search }: { pathname: string; search: string }) {
  const match = SHOWROOM_PAGE.exec(pathname);
  if (!match) return [];
  let slug = 'brand';
  try {
    if (match[1]) slug = decodeURIComponent(match[1]);
  } catch {
    // A malformed address (a lone %) asks for nothing early (the server answers such an address with a 400 itself).
    return [];
  }
  const frame = { document: ShowroomFrameQuery, variables: { slug } } as const;
  if (!match[1] || (match[2] ?? '/') !== '/') return [frame];
  return [frame, { document: ShowroomSearchQuery, variables: showroomSearchVariables(slug, filtersFromParams(new URLSearchParams(search))) }] as const;
}
