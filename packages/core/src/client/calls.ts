import type * as v from 'valibot';
import { generateIdempotencyKey } from '../ids.js';
import type { Transport, WriteOptions } from './transport.js';
import { validateInput } from './validate.js';

/**
 * A write: the input checked with the schema the server uses, then sent with an
 * Idempotency-Key, so that a retry after a lost answer cannot store it twice.
 */
export async function post<T>(
  transport: Transport,
  path: string,
  schema: v.GenericSchema,
  input: unknown,
  options: WriteOptions,
  headers?: Record<string, string | undefined>,
): Promise<T> {
  return transport.request<T>(path, {
    method: 'post',
    json: await validateInput(schema, input, transport.locale),
    headers,
    idempotencyKey: options.idempotencyKey ?? generateIdempotencyKey(),
    signal: options.signal,
  });
}
