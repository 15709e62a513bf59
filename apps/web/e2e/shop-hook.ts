import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the shop received: the form's fields in the order they were posted. */
export interface ShopPost {
  contentType: string | undefined;
  fields: [string, string][];
}

/**
 * A stand-in for a purchasing system's HOOK_URL (the one thing outside Trellis in OCI): it records the
 * urlencoded basket it is sent and answers with a page of its own.
 */
export async function startShopHook(): Promise<{ url: string; received: Promise<ShopPost>; close(): Promise<void> }> {
  let deliver!: (post: ShopPost) => void;
  const received = new Promise<ShopPost>((resolve) => (deliver = resolve));
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'POST') {
        deliver({ contentType: req.headers['content-type'], fields: [...new URLSearchParams(Buffer.concat(chunks).toString('utf8'))] });
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Shop</title><h1>Basket received</h1>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/oci/hook?session=42`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
