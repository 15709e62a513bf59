/** The image formats Trellis stores and serves: browsers render them, and none of them can carry a script (SVG can). */
export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The type an uploaded file really has, read from its first bytes, or null for anything else. Declared
 * types are the uploader's word; an HTML page declared as image/png would otherwise be served as one.
 */
export function sniffImageType(content: Buffer): ImageType | null {
  if (content.subarray(0, 8).equals(PNG)) return 'image/png';
  if (content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  if (content.subarray(0, 4).toString('latin1') === 'RIFF' && content.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}
