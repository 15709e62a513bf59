import { collectAllRows, datedFileName, ExportCancelled, type ExportPage } from './exportAll';

/** A list of `total` numbered rows served `size` at a time, as the API's cursor pages; it records each `after` asked. */
function pagedList(total: number, size: number) {
  const asked: (string | null)[] = [];
  const fetchPage = async (after: string | null): Promise<ExportPage<number>> => {
    asked.push(after);
    const start = after === null ? 0 : Number(after);
    const rows = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => start + i);
    return { rows, hasNextPage: start + size < total, endCursor: rows.length ? String(start + rows.length) : null };
  };
  return { asked, fetchPage };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

test('pages through the whole list, each page after the last cursor, and reports the rows so far', async () => {
  const list = pagedList(250, 100);
  const progress: number[] = [];
  const result = await collectAllRows(list.fetchPage, { onProgress: (n) => progress.push(n) });
  expect(result).toEqual({ rows: range(250), capped: false });
  expect(list.asked).toEqual([null, '100', '200']);
  expect(progress).toEqual([100, 200, 250]);
});

test('an empty list is one request and no rows', async () => {
  const list = pagedList(0, 100);
  expect(await collectAllRows(list.fetchPage)).toEqual({ rows: [], capped: false });
  expect(list.asked).toEqual([null]);
});

test('a list of exactly the cap is complete, not capped', async () => {
  const list = pagedList(300, 100);
  expect(await collectAllRows(list.fetchPage, { cap: 300 })).toEqual({ rows: range(300), capped: false });
  expect(list.asked).toEqual([null, '100', '200']);
});

test('stops at the cap, keeps the first rows and says the list had more', async () => {
  const list = pagedList(1000, 100);
  const progress: number[] = [];
  expect(await collectAllRows(list.fetchPage, { cap: 250, onProgress: (n) => progress.push(n) })).toEqual({ rows: range(250), capped: true });
  expect(list.asked).toEqual([null, '100', '200']);
  expect(progress).toEqual([100, 200, 250]);
});

test('a failed page rejects with its own error and asks for nothing more', async () => {
  const list = pagedList(500, 100);
  const refused = new Error('FORBIDDEN');
  const fetchPage = (after: string | null) => (after === '200' ? Promise.reject(refused) : list.fetchPage(after));
  await expect(collectAllRows(fetchPage)).rejects.toBe(refused);
  expect(list.asked).toEqual([null, '100']);
});

test('a cancel between pages stops before the next request', async () => {
  const list = pagedList(500, 100);
  const controller = new AbortController();
  const onProgress = (n: number) => n === 200 && controller.abort();
  await expect(collectAllRows(list.fetchPage, { signal: controller.signal, onProgress })).rejects.toBeInstanceOf(ExportCancelled);
  expect(list.asked).toEqual([null, '100']);
});

test('a request aborted by the cancel is a cancel, not a failure', async () => {
  const controller = new AbortController();
  const fetchPage = async () => {
    controller.abort();
    throw new DOMException('The operation was aborted.', 'AbortError');
  };
  await expect(collectAllRows(fetchPage, { signal: controller.signal })).rejects.toBeInstanceOf(ExportCancelled);
});

test('a page that claims more without a new cursor ends the export instead of looping', async () => {
  let calls = 0;
  const fetchPage = async (): Promise<ExportPage<number>> => {
    calls += 1;
    return { rows: [calls], hasNextPage: true, endCursor: 'same' };
  };
  await expect(collectAllRows(fetchPage)).rejects.toThrow('The list gave a next page without a new cursor.');
  expect(calls).toBe(2);
});

test('the file is named by the list and the local day', () => {
  expect(datedFileName('partners', new Date(2026, 11, 1, 23, 59))).toBe('partners-2026-12-01.csv');
  expect(datedFileName('orders', new Date(2027, 0, 9, 0, 0))).toBe('orders-2027-01-09.csv');
});
