import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent: fetch would decompress them and hide the encoding's effect. */
  body: Buffer;
  text: string;
}

/** One HTTP request with full control of path bytes and headers, answered without decompression. */
export function rawRequest(url: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode!, headers: res.headers, body, text: body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** What an error answer must never carry: an HTML page, a stack frame or a path on the server. */
export const LEAK = /<html|<pre|<!DOCTYPE|\bat \S+ \(|node_modules|\/work\/|\/src\//i;
