import { secretMatches } from '../auth/secrets.js';
import type { Services } from '../context.js';
import { commonHeaders, type AllowOrigin } from './common-headers.js';
import { cachedAnswer } from './response-cache.js';

/** The cache keys of the topic read (routes/topics.ts) and the tracker read (routes/suggestions.ts). */
export const topicKey = (id: string) => `topic ${id}`;
export const trackerKey = (id: string, withAccessKey: boolean) => `suggestion ${id} ${withAccessKey ? 'submitter' : 'public'}`;

/** The paths of GET /v1/topics/:id and /v1/suggestions/:id (a query is ignored, as there) with an id that needs no decoding. */
const cachedReadPath = /^\/v1\/(topics|suggestions)\/([A-Za-z0-9_-]{1,100})$/;

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

/**
 * The topic and tracker reads a hot-topic drive and a tracking page repeat thousands of
 * times, answered from the response cache before the request enters the app's middleware
 * chain and router, which cost more than the answer itself. Only when the answer is sure to
 * be the one the chain would give: a GET without a bearer token (the chain would check it),
 * a plain id, a cache hit, and for the tracker no per-address limit to count (the chain
 * counts it in the database) and, with an access key, the right key. Everything else (a
 * miss, a wrong key, a token, HEAD, OPTIONS) goes the whole way, which answers or refuses.
 */
export function cachedReadsFirst<F extends Fetch>(fetch: F, services: Services, allowOrigin: AllowOrigin): F {
  const cachedRead = (request: Request): Response | undefined => {
    if (request.method !== 'GET') return undefined;
    const path = pathOf(request.url);
    const match = cachedReadPath.exec(path);
    if (!match) return undefined;
    const headers = request.headers;
    if (headers.get('authorization') !== null) return undefined;
    const [, collection, id] = match as unknown as [string, string, string];
    const nowMs = services.now().getTime();
    let entry;
    if (collection === 'topics') entry = services.cache.get(topicKey(id), 'topics', nowMs);
    else {
      if (services.rateLimits.lookup !== 0) return undefined;
      const accessKey = headers.get('x-access-key');
      entry = services.cache.get(trackerKey(id, !!accessKey), 'suggestions', nowMs);
      if (entry && accessKey && !secretMatches(accessKey, entry.accessKeyHash ?? '')) return undefined;
    }
    if (!entry) return undefined;
    return cachedAnswer(entry, commonHeaders(path, headers.get('origin'), allowOrigin), headers.get('if-none-match'));
  };
  return ((request: Request, ...rest: never[]) => {
    try {
      const answer = cachedRead(request);
      if (answer) return answer;
    } catch {
      // Whatever went wrong, the whole chain answers (and reports it).
    }
    return fetch(request, ...rest);
  }) as F;
}

/** The path of a request URL, as Hono's router sees it (without the query). */
function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  const query = url.indexOf('?', start);
  return query === -1 ? url.slice(start) : url.slice(start, query);
}
