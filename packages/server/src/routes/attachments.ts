import { generateId, maxAttachmentBytes, type Attachment } from '@jianyi/core';
import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { readBody } from '../http/body.js';
import { notFound, ProblemError } from '../http/problem.js';
import { rateLimit } from '../http/rate-limit.js';
import { sniffImage } from '../images/sniff.js';

export const attachmentRoutes = new Hono<AppEnv>();

/** A photo for a suggestion or reply, sent as the raw request body. */
attachmentRoutes.post('/attachments', rateLimit('create'), async (c) => {
  let bytes: Uint8Array;
  try {
    bytes = await readBody(c, maxAttachmentBytes);
  } catch (error) {
    if (error instanceof ProblemError && error.status === 413) {
      throw new ProblemError(413, 'payload_too_large', 'attachmentSize', { params: { max: maxAttachmentBytes / 1024 / 1024 } });
    }
    throw error;
  }
  const image = sniffImage(bytes);
  if (!image) throw new ProblemError(415, 'unsupported_media_type', 'unsupportedMedia');
  const attachment: Attachment = {
    id: generateId('att'),
    url: '',
    mime: image.mime,
    size: bytes.length,
    ...(image.width && { width: image.width }),
    ...(image.height && { height: image.height }),
  };
  attachment.url = `/v1/attachments/${attachment.id}`;
  await c.get('services').database.db
    .insertInto('attachments')
    .values({
      id: attachment.id,
      mime: image.mime,
      size: bytes.length,
      width: image.width ?? null,
      height: image.height ?? null,
      bytes,
      created_at: c.get('services').now().toISOString(),
    })
    .execute();
  return c.json(attachment, 201);
});

attachmentRoutes.get('/attachments/:id', async (c) => {
  const row = await c.get('services').database.db
    .selectFrom('attachments')
    .select(['mime', 'bytes'])
    .where('id', '=', c.req.param('id'))
    .executeTakeFirst();
  if (!row) throw notFound();
  return new Response(new Uint8Array(row.bytes), {
    headers: {
      'content-type': row.mime,
      // Served as an image and nothing else, even if a browser would guess otherwise.
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; img-src 'self'",
      'cache-control': 'public, max-age=31536000, immutable',
    },
  });
});
