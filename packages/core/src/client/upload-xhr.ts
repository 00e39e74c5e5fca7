import * as v from 'valibot';
import { AttachmentSchema, type Attachment } from '../model/attachment.js';
import { loadMessages } from '../i18n/load.js';
import { clientError } from './errors.js';
import { problemError, type Transport } from './transport.js';

/**
 * Browsers report upload progress only through XMLHttpRequest: streamed fetch bodies,
 * which ky's progress uses, need HTTP/2, and many portals are served over HTTP/1.1.
 */
export async function uploadWithXhr(
  transport: Transport,
  file: Blob,
  { onProgress, signal }: { onProgress?: (loaded: number, total: number) => void; signal?: AbortSignal },
): Promise<Attachment> {
  const { options, locale } = transport;
  await loadMessages(locale); // its errors speak the client's language
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${options.baseUrl.replace(/\/+$/, '')}/v1/attachments`);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('accept-language', locale);
    if (options.token) xhr.setRequestHeader('authorization', `Bearer ${options.token}`);
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.total || file.size);
    xhr.onerror = () => reject(clientError('network_error', locale));
    xhr.ontimeout = () => reject(clientError('timeout', locale));
    xhr.onabort = () => reject(clientError('aborted', locale));
    xhr.onload = async () => {
      const response = new Response(xhr.responseText, {
        status: xhr.status,
        headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' },
      });
      if (xhr.status >= 400) return reject(await problemError(response, locale));
      const parsed = v.safeParse(AttachmentSchema, await response.json().catch(() => undefined), { lang: locale });
      if (parsed.success) resolve(parsed.output);
      else reject(clientError('invalid_response', locale, { status: xhr.status }));
    };
    xhr.timeout = options.timeoutMs ?? 60_000;
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
