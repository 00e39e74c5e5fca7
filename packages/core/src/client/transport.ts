import { loadMessages } from '../i18n/load.js';
import { message } from '../i18n/messages.js';
import type { Problem } from '../model/problem.js';
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

export interface WriteOptions extends CallOptions {
  /**
   * Reuse a key kept from an earlier attempt (say, in a saved draft) so that a retry
   * after a reload cannot create a second record. One is generated when absent.
   */
  idempotencyKey?: string;
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

/**
 * How every resource talks to the API: fetch with a timeout and retries, one error type.
 * The answer is the parsed JSON, typed by the caller and not checked against a schema.
 */
export interface Transport {
  readonly options: Readonly<ClientOptions>;
  readonly locale: string;
  /** `baseUrl` with `/v1/`: what every path is appended to. */
  readonly prefix: string;
  request<T>(path: string, options?: RequestOptions): Promise<T>;
}

// Answers that say "try again": a timeout, rate limiting, a server or gateway failure.
const retryStatuses = [408, 429, 500, 502, 503, 504];

export function createTransport(options: ClientOptions): Transport {
  const locale = options.locale ?? 'zh-CN';
  const retry: RetryOptions = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? { limit: 2 });
  const prefix = `${options.baseUrl.replace(/\/+$/, '')}/v1/`;

  async function request<T>(path: string, call: RequestOptions = {}): Promise<T> {
    // Errors found on the way back speak the client's language.
    await loadMessages(locale);
    const { signal, body, onUploadProgress } = call;
    const get = call.method !== 'post';
    // A POST is retried only when the server can recognise the repeat by its key.
    const limit = get || call.idempotencyKey ? retry.limit : 0;
    // A header the call leaves undefined keeps the client's own (its access key, say).
    const headers = {
      ...definedParams(baseHeaders(options, locale)),
      ...definedParams({
        'content-type': body ? body.type || 'application/octet-stream' : call.json === undefined ? undefined : 'application/json',
        ...call.headers,
        'idempotency-key': call.idempotencyKey,
      }),
    };
    const query = new URLSearchParams(definedParams(call.searchParams ?? {})).toString();
    const url = prefix + path + (query && `?${query}`);
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw clientError('aborted', locale);
      // The timeout ends one attempt, the caller's signal every attempt. The call also stops
      // by itself rather than only through fetch: Node's fetch follows the signal through a
      // weak reference, and once collected, neither a timeout nor an abort reaches it.
      const controller = new AbortController();
      let timedOut = false;
      let stop!: () => void;
      const stopped = new Promise<never>((_, reject) => (stop = reject));
      const abort = () => {
        controller.abort();
        stop();
      };
      const timer = setTimeout(() => {
        timedOut = true;
        abort();
      }, options.timeoutMs ?? 15_000);
      signal?.addEventListener('abort', abort);
      let response: Response | undefined;
      let failure: unknown;
      try {
        // One Request, as ky passed it: a `fetch` option may read its headers.
        const request = new Request(url, {
          method: get ? 'GET' : 'POST',
          headers,
          body: body && onUploadProgress ? streamWithProgress(body, onUploadProgress) : (body ?? (call.json === undefined ? undefined : JSON.stringify(call.json))),
          signal: controller.signal,
          // Node's fetch needs it for a streamed body; browsers ignore it for others.
          duplex: 'half',
        } as RequestInit);
        response = await Promise.race([(options.fetch ?? fetch)(request), stopped]);
      } catch (cause) {
        if (signal?.aborted) throw clientError('aborted', locale, { cause });
        // A slow server is reported at once rather than retried into a long wait.
        if (timedOut) throw clientError('timeout', locale, { cause });
        failure = cause;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
      }
      const status = response?.status ?? 0;
      // A person pressed the button for a write: a 429 is shown at once (its `retryAfter`
      // says how long) instead of a spinner waiting out Retry-After.
      if (attempt > limit || (response && !(retryStatuses.includes(status) && (get || status !== 429)))) {
        if (response) return read<T>(response, locale);
        throw clientError('network_error', locale, { cause: failure });
      }
      void response?.body?.cancel();
      const header = status === 429 || status === 503 ? response?.headers.get('retry-after') : undefined;
      // Retry-After is waited out, up to a minute for a read and 10 s for a write.
      const wait = (header && retryAfterMs(header, get ? 60_000 : 10_000)) || Math.min(retry.delayMs?.(attempt) ?? 300 * 2 ** (attempt - 1), 10_000);
      await sleep(wait, signal, locale);
    }
  }

  return { options, locale, prefix, request };
}

/** The headers every call of a client sends. */
export function baseHeaders(options: ClientOptions, locale: string): Record<string, string | undefined> {
  return {
    accept: 'application/json, application/problem+json',
    'accept-language': locale,
    authorization: options.token && `Bearer ${options.token}`,
    'x-access-key': options.accessKey,
    'x-voter-token': options.voterToken,
  };
}

/** Seconds or an HTTP date, as milliseconds from now, at most `max`; NaN when unreadable. */
function retryAfterMs(header: string, max: number): number {
  const seconds = Number(header);
  return Math.min(Number.isNaN(seconds) ? Date.parse(header) - Date.now() : seconds * 1000, max);
}

/** Waits `ms`, or rejects as `aborted` as soon as the caller's signal is. */
function sleep(ms: number, signal: AbortSignal | undefined, locale: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      if (signal?.aborted) reject(clientError('aborted', locale));
      else resolve();
    };
    const timer = setTimeout(done, signal?.aborted ? 0 : ms);
    signal?.addEventListener('abort', done);
  });
}

/**
 * The JSON of a successful answer, or the JianyiError of a failed one. A body that is not
 * JSON (an HTML page from a proxy, a cut-off answer) is `invalid_response`; its shape is
 * not checked.
 */
export async function read<T>(response: Response, locale: string): Promise<T> {
  if (!response.ok) throw await problemError(response, locale);
  try {
    return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  } catch (cause) {
    throw clientError('invalid_response', locale, { status: response.status, cause });
  }
}

/**
 * The blob as a stream of 64 KB chunks, reporting each chunk as fetch takes it, so the
 * progress moves while a photo goes out (a Blob body would be one chunk).
 */
function streamWithProgress(blob: Blob, onProgress: (loaded: number, total: number) => void): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= blob.size) return controller.close();
      const chunk = new Uint8Array(await blob.slice(offset, offset + 65_536).arrayBuffer());
      offset += chunk.byteLength;
      controller.enqueue(chunk);
      onProgress(offset, blob.size);
    },
  });
}

/** The entries whose value is set, as text. */
function definedParams(params: Record<string, string | number | boolean | undefined>): Record<string, string> {
  const defined: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') defined[key] = String(value);
  return defined;
}

/**
 * A JianyiError from an HTTP error response: with the server's code, message and field
 * messages when its body is a problem+json (one with a `code` and a `title`), else a
 * localized message for its status.
 */
export async function problemError(response: Response, locale: string): Promise<JianyiError> {
  const { status } = response;
  const body = (await response.json().catch(() => undefined)) as Partial<Problem> | null | undefined;
  const problem = typeof body?.code === 'string' && typeof body.title === 'string' ? (body as Problem) : undefined;
  const header = Number(response.headers.get('retry-after'));
  const retryAfter = problem?.retryAfter ?? (header > 0 ? header : undefined);
  const fieldErrors: Record<string, string> = {};
  for (const fieldError of problem?.errors ?? []) fieldErrors[fieldError.field] ??= fieldError.message;
  const key = status === 404 ? 'notFound' : status === 403 || status === 401 ? 'forbidden' : status === 429 ? 'rateLimited' : 'serverError';
  return new JianyiError({
    code: problem?.code ?? `http_${status}`,
    message: problem ? (problem.detail ?? problem.title) : message(key, locale, { seconds: retryAfter ?? 60 }),
    status,
    fieldErrors,
    retryable: status >= 500 || status === 429 || status === 408,
    ...(problem?.allowedActions && { allowedActions: problem.allowedActions }),
    ...(retryAfter !== undefined && { retryAfter }),
    ...(problem && { problem }),
  });
}
