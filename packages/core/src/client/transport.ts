import ky, { HTTPError, TimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import * as v from 'valibot';
import { loadMessages } from '../i18n/load.js';
import { message } from '../i18n/messages.js';
import { ProblemSchema } from '../model/problem.js';
import { clientError, JianyiError } from './errors.js';

export interface ClientOptions {
  /** Where the Jianyi API is served, without `/v1` (e.g. `https://www.example.gov.cn/jianyi`). */
  baseUrl: string;
  /** A staff token (dispatcher, department, supervisor, admin, member, integrator). */
  token?: string;
  /** A submitter's access key; with the tracking code it opens the full view and rating. */
  accessKey?: string;
  /** The anonymous voter token the server issued at the first vote. */
  voterToken?: string;
  /** Language of messages, from the server and from the client's own checks. */
  locale?: string;
  /** A fetch to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
  /** Time for one attempt before it counts as failed. Default 15 s. */
  timeoutMs?: number;
  /** Retries of a failed safe request (GET, or POST with an Idempotency-Key). Default 2. */
  retry?: number | RetryOptions;
}

export interface RetryOptions {
  limit: number;
  /** Milliseconds before retry `attempt` (1-based). Default: 300 ms doubling, at most 10 s. */
  delayMs?: (attempt: number) => number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface RequestOptions extends CallOptions {
  method?: 'get' | 'post';
  json?: unknown;
  body?: Blob;
  headers?: Record<string, string | undefined>;
  searchParams?: Record<string, string | number | boolean | undefined>;
  /** Makes a POST safe to retry: the server answers a repeat with the first response. */
  idempotencyKey?: string;
  onUploadProgress?: (loaded: number, total: number) => void;
}

/** How every resource talks to the API: one ky instance, one error type, validated answers. */
export interface Transport {
  readonly options: Readonly<ClientOptions>;
  readonly locale: string;
  request<S extends v.GenericSchema>(schema: S, path: string, options?: RequestOptions): Promise<v.InferOutput<S>>;
}

const retryStatusCodes = [408, 429, 500, 502, 503, 504];

export function createTransport(options: ClientOptions): Transport {
  const locale = options.locale ?? 'zh-CN';
  const retry: RetryOptions = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? { limit: 2 });
  const api: KyInstance = ky.create({
    prefixUrl: `${options.baseUrl.replace(/\/+$/, '')}/v1/`,
    timeout: options.timeoutMs ?? 15_000,
    ...(options.fetch && { fetch: options.fetch }),
    headers: {
      accept: 'application/json, application/problem+json',
      'accept-language': locale,
      ...(options.token && { authorization: `Bearer ${options.token}` }),
      ...(options.accessKey && { 'x-access-key': options.accessKey }),
      ...(options.voterToken && { 'x-voter-token': options.voterToken }),
    },
  });

  async function request<S extends v.GenericSchema>(schema: S, path: string, call: RequestOptions = {}) {
    // Errors found on the way back speak the client's language.
    await loadMessages(locale);
    const method = call.method ?? 'get';
    // A POST is retried only when the server can recognise the repeat by its key.
    const safe = method === 'get' || call.idempotencyKey !== undefined;
    const headers = Object.fromEntries(
      Object.entries({ ...call.headers, 'idempotency-key': call.idempotencyKey }).filter(([, value]) => value !== undefined),
    ) as Record<string, string>;
    if (call.body) headers['content-type'] = call.body.type || 'application/octet-stream';
    const kyOptions: KyOptions = {
      method,
      headers,
      ...(call.signal && { signal: call.signal }),
      ...(call.json !== undefined && { json: call.json }),
      ...(call.body && { body: call.onUploadProgress ? streamWithProgress(call.body, call.onUploadProgress) : call.body }),
      ...(call.searchParams && { searchParams: definedParams(call.searchParams) }),
      retry: {
        limit: safe ? retry.limit : 0,
        methods: [method],
        // A person pressed the button for a write: a 429 is shown at once (its
        // `retryAfter` says how long) instead of a spinner waiting out Retry-After.
        statusCodes: method === 'get' ? retryStatusCodes : retryStatusCodes.filter((status) => status !== 429),
        afterStatusCodes: method === 'get' ? [413, 429, 503] : [503],
        maxRetryAfter: method === 'get' ? 60_000 : 10_000,
        backoffLimit: 10_000,
        ...(retry.delayMs && { delay: retry.delayMs }),
      },
    };
    let response: Response;
    try {
      response = await api(path.replace(/^\//, ''), kyOptions);
    } catch (error) {
      throw await toJianyiError(error, locale, call.signal);
    }
    let data: unknown;
    try {
      data = response.status === 204 ? undefined : await response.json();
    } catch (cause) {
      throw clientError('invalid_response', locale, { status: response.status, cause });
    }
    const parsed = v.safeParse(schema, data, { lang: locale });
    if (!parsed.success) {
      throw clientError('invalid_response', locale, { status: response.status, cause: new v.ValiError(parsed.issues) });
    }
    return parsed.output;
  }

  return { options, locale, request };
}

/**
 * The blob as a stream of 64 KB chunks, reporting each chunk as fetch takes it, so the
 * progress moves while a photo goes out (a Blob body would be one chunk).
 */
function streamWithProgress(blob: Blob, onProgress: (loaded: number, total: number) => void): ReadableStream<Uint8Array> {
  const chunkSize = 64 * 1024;
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= blob.size) {
        controller.close();
        return;
      }
      const chunk = new Uint8Array(await blob.slice(offset, offset + chunkSize).arrayBuffer());
      offset += chunk.byteLength;
      controller.enqueue(chunk);
      onProgress(offset, blob.size);
    },
  });
}

function definedParams(params: Record<string, string | number | boolean | undefined>): Record<string, string> {
  const defined: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') defined[key] = String(value);
  return defined;
}

/** Every way a call can fail, as one JianyiError. */
export async function toJianyiError(error: unknown, locale: string, signal?: AbortSignal): Promise<JianyiError> {
  if (error instanceof JianyiError) return error;
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) {
    return clientError('aborted', locale, { cause: error });
  }
  if (error instanceof TimeoutError) return clientError('timeout', locale, { cause: error });
  if (error instanceof HTTPError) return problemError(error.response, locale, error);
  return clientError('network_error', locale, { cause: error });
}

/** A JianyiError from an HTTP error response, preferably its problem+json body. */
export async function problemError(response: Response, locale: string, cause?: unknown): Promise<JianyiError> {
  const status = response.status;
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = v.safeParse(ProblemSchema, body);
  const header = Number(response.headers.get('retry-after'));
  const retryAfter = parsed.success && parsed.output.retryAfter !== undefined ? parsed.output.retryAfter : Number.isFinite(header) && header > 0 ? header : undefined;
  const retryable = status >= 500 || status === 429 || status === 408;
  if (!parsed.success) {
    const key = status === 404 ? 'notFound' : status === 403 || status === 401 ? 'forbidden' : status === 429 ? 'rateLimited' : 'serverError';
    return new JianyiError({
      code: `http_${status}`,
      message: message(key, locale, { seconds: retryAfter ?? 60 }),
      status,
      retryable,
      ...(retryAfter !== undefined && { retryAfter }),
      cause,
    });
  }
  const problem = parsed.output;
  const fieldErrors: Record<string, string> = {};
  for (const fieldError of problem.errors ?? []) fieldErrors[fieldError.field] ??= fieldError.message;
  return new JianyiError({
    code: problem.code,
    message: problem.detail ?? problem.title,
    status,
    fieldErrors,
    retryable,
    ...(problem.allowedActions && { allowedActions: problem.allowedActions }),
    ...(retryAfter !== undefined && { retryAfter }),
    problem,
    cause,
  });
}
