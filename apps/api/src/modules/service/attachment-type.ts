import { sniffImageType } from '../../domain/image-type';

/** What a service case may carry: photos, PDF documents and plain-text logs. */
export type AttachmentType = 'image/png' | 'image/jpeg' | 'image/webp' | 'application/pdf' | 'text/plain';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The type of an attachment read from its bytes, or null for anything else (an executable, an HTML page,
 * an archive). Text is plain UTF-8 without control characters other than tabs and line ends.
 */
export function sniffAttachmentType(content: Buffer): AttachmentType | null {
  const image = sniffImageType(content);
  if (image) return image;
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  try {
    const text = UTF8.decode(content);
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text) ? null : 'text/plain';
  } catch {
    return null;
  }
}
