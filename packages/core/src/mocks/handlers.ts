/**
 * msw request handlers of the whole Jianyi API, backed by a mock store. They speak the
 * contract of core's client: the same paths, headers (`Authorization: Bearer`,
 * `X-Access-Key`, `X-Voter-Token`, `Idempotency-Key`, `Accept-Language`), bodies and
 * `application/problem+json` errors as the reference server.
 */
import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType, type PathParams } from 'msw';
import { resolveLocale } from '../i18n/messages.js';
import { createMockStore, isMockProblem, MockProblem, type MockStore, type RequestContext } from './store.js';

export interface HandlerOptions {
  /** Where the API is served, without `/v1`; `*` (default) matches any origin. */
  baseUrl?: string;
  /** The store to serve; a new demo store by default. Pass your own to inspect or prepare it. */
  store?: MockStore;
  /** Milliseconds to wait before answering, to show loading states in stories. Default 0: no delay. */
  latencyMs?: number;
}

interface Reply {
  status?: number;
  body: JsonBodyType;
}

interface RouteInput {
  request: Request;
  params: PathParams;
  url: URL;
  context: RequestContext;
}

function contextOf(request: Request): RequestContext {
  const header = (name: string) => request.headers.get(name) ?? undefined;
  const bearer = /^Bearer\s+(\S+)$/i.exec(header('authorization') ?? '');
  const context: RequestContext = { locale: resolveLocale(header('accept-language')?.split(',')[0]?.trim()) };
  if (bearer?.[1]) context.token = bearer[1];
  const accessKey = header('x-access-key');
  if (accessKey) context.accessKey = accessKey;
  const voterToken = header('x-voter-token');
  if (voterToken) context.voterToken = voterToken;
  const idempotencyKey = header('idempotency-key');
  if (idempotencyKey) context.idempotencyKey = idempotencyKey;
  return context;
}

/** The JSON body; an empty body is `undefined` (the schema then says what is required). */
async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MockProblem(400, 'invalid_json', 'invalidJson');
  }
}

const param = (params: PathParams, name: string) => String(params[name] ?? '');
const queryOf = (url: URL) => Object.fromEntries(url.searchParams);

export function createHandlers(options: HandlerOptions = {}): HttpHandler[] {
  const store = options.store ?? createMockStore();
  const base = !options.baseUrl || options.baseUrl === '*' ? '*' : options.baseUrl.replace(/\/+$/, '');
  const path = (route: string) => `${base}/v1${route}`;

  const route =
    (work: (input: RouteInput) => Reply | Promise<Reply>) =>
    async ({ request, params }: { request: Request; params: PathParams }) => {
      if (options.latencyMs) await delay(options.latencyMs);
      const context = contextOf(request);
      const url = new URL(request.url);
      try {
        const reply = await work({ request, params, url, context });
        return HttpResponse.json(reply.body, { status: reply.status ?? 200 });
      } catch (error) {
        if (!isMockProblem(error)) throw error;
        return new HttpResponse(JSON.stringify(error.toProblem(context.locale ?? 'zh-CN', url.pathname)), {
          status: error.status,
          headers: { 'content-type': 'application/problem+json; charset=utf-8' },
        });
      }
    };

  return [
    // Before `/suggestions/:id…`, so the literal path is never read as a tracking code.
    http.post(
      path('/suggestions/bulk-assign'),
      route(async ({ request, context }) => ({ body: store.bulkAssign(await readJson(request), context) })),
    ),
    http.post(
      path('/suggestions'),
      route(async ({ request, context }) => ({ status: 201, body: store.createSuggestion(await readJson(request), context) })),
    ),
    http.get(
      path('/suggestions'),
      route(({ url, context }) => ({ body: store.listSuggestions(queryOf(url), context) })),
    ),
    http.get(
      path('/suggestions/:id'),
      route(({ params, context }) => ({ body: store.getSuggestion(param(params, 'id'), context) })),
    ),
    // No live stream in the mocks: say so, and widgets fall back to polling as they would
    // behind a proxy that drops Server-Sent Events.
    http.get(
      path('/suggestions/:id/events'),
      route(() => {
        throw new MockProblem(501, 'not_implemented', 'serverError');
      }),
    ),
    http.post(
      path('/suggestions/:id/actions'),
      route(async ({ request, params, context }) => ({ body: store.act(param(params, 'id'), await readJson(request), context) })),
    ),
    http.post(
      path('/suggestions/:id/rating'),
      route(async ({ request, params, context }) => ({ body: store.rate(param(params, 'id'), await readJson(request), context) })),
    ),
    http.post(
      path('/attachments'),
      route(async ({ request, context }) => ({
        status: 201,
        body: store.uploadAttachment(new Uint8Array(await request.arrayBuffer()), context),
      })),
    ),

    http.get(
      path('/topics'),
      route(({ url, context }) => ({ body: store.listTopics(queryOf(url), context) })),
    ),
    http.post(
      path('/topics'),
      route(async ({ request, context }) => ({ status: 201, body: store.createTopic(await readJson(request), context) })),
    ),
    http.get(
      path('/topics/:id'),
      route(({ params, context }) => ({ body: store.getTopic(param(params, 'id'), context) })),
    ),
    http.post(
      path('/topics/:id/votes'),
      route(async ({ request, params, context }) => {
        const result = store.vote(param(params, 'id'), await readJson(request), context);
        return { status: result.counted ? 201 : 200, body: result };
      }),
    ),
    http.get(
      path('/topics/:id/comments'),
      route(({ url, params, context }) => ({ body: store.listComments(param(params, 'id'), queryOf(url), context) })),
    ),
    http.post(
      path('/topics/:id/comments'),
      route(async ({ request, params, context }) => ({
        status: 201,
        body: store.createComment(param(params, 'id'), await readJson(request), context),
      })),
    ),
    http.post(
      path('/topics/:id/close'),
      route(({ params, context }) => ({ body: store.closeTopic(param(params, 'id'), context) })),
    ),

    http.get(path('/categories'), route(() => ({ body: store.categories() }))),
    http.get(path('/departments'), route(() => ({ body: store.departments() }))),
    http.get(path('/workstations'), route(() => ({ body: store.workstations() }))),
    http.get(
      path('/stats'),
      route(({ url, context }) => ({ body: store.stats(queryOf(url), context) })),
    ),
  ];
}
