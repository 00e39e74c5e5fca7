import { message } from '../../i18n/messages.js';
import type { Attachment } from '../../model/attachment.js';
import { maxAttachmentBytes } from '../../model/vocabulary.js';
import { MockProblem } from './problem.js';

type ImageType = Attachment['mime'];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

/** The image type from the first bytes; the name and the declared type are not trusted. */
export function sniffImage(bytes: Uint8Array): ImageType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return 'image/gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return undefined;
}

/** Width and height where the header says them plainly (PNG, GIF); the others go without. */
function dimensions(bytes: Uint8Array, mime: ImageType): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mime === 'image/png' && bytes.byteLength >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (mime === 'image/gif' && bytes.byteLength >= 10) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  return undefined;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: spreading megabytes into one call overflows the argument stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * An attachment record for uploaded bytes, or the problem the reference server would
 * answer: 413 above 5 MB, 415 for anything that is not a JPEG, PNG, WebP or GIF. The URL
 * is a data URL, so an `<img>` in a story shows the photo with no server behind it.
 */
export function toAttachment(bytes: Uint8Array, id: string, locale: string): Attachment {
  if (bytes.byteLength > maxAttachmentBytes) {
    throw new MockProblem(413, 'payload_too_large', 'payloadTooLarge', {
      detail: message('attachmentSize', locale, { max: maxAttachmentBytes / 1024 / 1024 }),
    });
  }
  const mime = sniffImage(bytes);
  if (!mime) throw new MockProblem(415, 'unsupported_media_type', 'unsupportedMedia');
  return {
    id,
    url: `data:${mime};base64,${base64(bytes)}`,
    mime,
    size: bytes.byteLength,
    ...dimensions(bytes, mime),
  };
}
