import { generateIdempotencyKey } from '../ids.js';
import type { Transport, WriteOptions } from './transport.js';
import { validateInput, type CitizenInput } from './validate.js';

/**
 * A write, sent with an Idempotency-Key so that a retry after a lost answer cannot store
 * it twice. What a citizen writes (`check` names it) is first checked with the schema
 * the server uses, so the message stands next to its field at once; staff and admin input
 * (no `check`) is left to the server, which answers with the same messages: their schemas
 * would double the client a citizen's page downloads.
 */
export async function post<T>(
  transport: Transport,
  path: string,
  check: CitizenInput | undefined,
  input: unknown,
  options: WriteOptions,
  headers?: Record<string, string | undefined>,
): Promise<T> {
  return transport.request<T>(path, {
    method: 'post',
    json: check ? await validateInput(check, input, transport.locale) : input,
    headers,
    idempotencyKey: options.idempotencyKey ?? generateIdempotencyKey(),
    signal: options.signal,
  });
}
