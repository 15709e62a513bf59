import { sniffImageType } from './image-type';
import { BadInput } from './errors';

/** What a file added to a record may be (a service case's, an MDF claim's proof): photos, PDF documents and plain text. */
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

/** The most bytes of one file. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface Upload {
  name: string;
  content: Buffer;
  contentType: AttachmentType;
}

/**
 * A file as a mutation gives it (a name and base64 bytes), checked: a name without path parts or control
 * characters, real base64, 1 byte to 5 MB, and a type read from the bytes. BAD_USER_INPUT names the field.
 */
export function readUpload(fileName: string, contentBase64: string): Upload {
  // eslint-disable-next-line no-control-regex
  const name = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!name) throw new BadInput('fileName', 'must name a file');
  if (!BASE64.test(contentBase64) || contentBase64.length % 4 === 1) throw new BadInput('contentBase64', 'must be base64');
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length === 0) throw new BadInput('contentBase64', 'is an empty file');
  if (content.length > MAX_ATTACHMENT_BYTES) throw new BadInput('contentBase64', 'must be at most 5 MB');
  const contentType = sniffAttachmentType(content);
  if (!contentType) throw new BadInput('contentBase64', 'must be a PNG, JPEG or WebP picture, a PDF document or plain text');
  return { name, content, contentType };
}
