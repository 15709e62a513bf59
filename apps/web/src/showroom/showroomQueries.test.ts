import { firstRequests } from './showroomQueries';

const asked = (pathname: string, search = '') => firstRequests({ pathname, search }).map(({ variables }) => variables);

test("a showroom's search page asks for its frame and the first page of the address's search; its other pages for the frame", () => {
  expect(asked('/s/baltic', '?q=%20drill%20&stock=1&sort=PRICE_ASC&category=c1')).toEqual([
    { slug: 'baltic' },
    { slug: 'baltic', query: 'drill', categoryId: 'c1', minPrice: null, maxPrice: null, inStockOnly: true, sort: 'PRICE_ASC', first: 24 },
  ]);
  expect(asked('/')).toEqual([{ slug: 'brand' }]);
  expect(asked('/s/baltic/p/DR-18')).toEqual([{ slug: 'baltic' }]);
  expect(asked('/s/kraków')).toHaveLength(2);
  expect(asked('/s/krak%C3%B3w')[0]).toEqual({ slug: 'kraków' });
  // An unknown sort is the default one, as the page reads it.
  expect(asked('/s/baltic', '?sort=DROP')[1]).toMatchObject({ sort: 'RELEVANCE' });
});

test('other pages, and a malformed address, ask for nothing early (and do not throw)', () => {
  expect(asked('/channel/partners')).toEqual([]);
  expect(asked('/signin')).toEqual([]);
  expect(asked('/s/%E0%A4%A')).toEqual([]);
});
