import { crc32, deflateSync } from 'node:zlib';

/**
 * Product pictures for the demo catalog, drawn here so that the demo needs no download: a tool-like
 * silhouette per product line on a tint per series, encoded as PNG with node's zlib.
 */
type Rgb = [number, number, number];

const SIZE = 240;

function png(pixels: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.alloc((SIZE * 3 + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 3 + 1) + 1, y * SIZE * 3, (y + 1) * SIZE * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Shapes in a 0..1 square: rectangles [x, y, w, h] and circles [cx, cy, r]. */
const SHAPES: Record<string, { rects: number[][]; circles: number[][] }> = {
  drill: { rects: [[0.2, 0.3, 0.5, 0.18], [0.38, 0.45, 0.14, 0.32], [0.7, 0.36, 0.16, 0.06]], circles: [[0.45, 0.82, 0.1]] },
  saw: { rects: [[0.22, 0.2, 0.5, 0.16]], circles: [[0.5, 0.6, 0.26]] },
  driver: { rects: [[0.25, 0.32, 0.42, 0.16], [0.36, 0.46, 0.14, 0.3], [0.67, 0.37, 0.14, 0.06]], circles: [] },
  box: { rects: [[0.2, 0.3, 0.6, 0.42], [0.4, 0.22, 0.2, 0.08]], circles: [] },
  laser: { rects: [[0.3, 0.25, 0.4, 0.5]], circles: [[0.5, 0.42, 0.1]] },
};

export function productPicture(shape: keyof typeof SHAPES, tint: Rgb, body: Rgb): Buffer {
  const pixels = Buffer.alloc(SIZE * SIZE * 3);
  const { rects, circles } = SHAPES[shape];
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const u = x / SIZE;
      const v = y / SIZE;
      const inside =
        rects.some(([rx, ry, rw, rh]) => u >= rx && u <= rx + rw && v >= ry && v <= ry + rh) ||
        circles.some(([cx, cy, r]) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r);
      // A soft vertical gradient behind the tool, like a studio backdrop.
      const shade = 1 - v * 0.12;
      const color = inside ? body : (tint.map((c) => Math.round(c * shade)) as Rgb);
      pixels.set(color, (y * SIZE + x) * 3);
    }
  }
  return png(pixels);
}
