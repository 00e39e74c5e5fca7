import type { Attachment } from '../model/attachment.js';
import { loadMessages } from '../i18n/load.js';
import { clientError } from './errors.js';
import { baseHeaders, read, type Transport } from './transport.js';

/**
 * Browsers report upload progress only through XMLHttpRequest: streamed fetch bodies
 * need HTTP/2, and many portals are served over HTTP/1.1.
 */
export async function uploadWithXhr(
  transport: Transport,
  file: Blob,
  { onProgress, signal }: { onProgress?: (loaded: number, total: number) => void; signal?: AbortSignal },
): Promise<Attachment> {
  const { options, locale, prefix } = transport;
  await loadMessages(locale); // its errors speak the client's language
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${prefix}attachments`);
    const headers = { ...baseHeaders(options, locale), 'content-type': file.type || 'application/octet-stream' };
    for (const [name, value] of Object.entries(headers)) if (value) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.total || file.size);
    xhr.onerror = () => reject(clientError('network_error', locale));
    xhr.ontimeout = () => reject(clientError('timeout', locale));
    xhr.onabort = () => reject(clientError('aborted', locale));
    // The problem+json of a refusal carries its own retryAfter; no header is needed.
    xhr.onload = () => read<Attachment>(new Response(xhr.responseText, { status: xhr.status }), locale).then(resolve, reject);
    xhr.timeout = options.timeoutMs ?? 60_000;
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
