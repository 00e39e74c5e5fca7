import { metaResource } from './resources/meta.js';
import { statsResource } from './resources/stats.js';
import { suggestionsResource } from './resources/suggestions.js';
import { topicsResource } from './resources/topics.js';
import { createTransport, type ClientOptions } from './transport.js';

/**
 * A client of the Jianyi API. The same code runs in a browser and in Node 20+, on the
 * platform's fetch: a timeout per attempt, retries of safe calls (GET, or POST with an
 * Idempotency-Key) that wait out Retry-After, one `JianyiError` for every failure.
 *
 * What a citizen writes (a suggestion, a rating, a vote, a comment) is checked before it
 * is sent, with the schemas the server uses, so a message can stand next to its field at
 * once. Staff actions, bulk assignment, new topics and list filters are checked by the
 * server with the same schemas: a 422 `validation_failed` with the same `fieldErrors`. Answers are not: they are typed as the API documents
 * them and returned as the server sent them (as Stripe.js and ky do), which keeps the
 * response schemas out of the browser bundle. Only an answer that is not JSON at all is
 * refused, as `invalid_response`. To check an answer, parse it with the exported schema:
 * `v.parse(SuggestionDetailSchema, await client.suggestions.get(id))`.
 *
 * ```ts
 * const jianyi = createClient({ baseUrl: 'http://localhost:8787' });
 * const { suggestion, accessKey } = await jianyi.suggestions.create({ … });
 * ```
 */
export function createClient(options: ClientOptions) {
  const transport = createTransport(options);
  return {
    suggestions: suggestionsResource(transport),
    topics: topicsResource(transport),
    meta: metaResource(transport),
    stats: statsResource(transport),
    /** The options this client was made with. */
    options: transport.options,
  };
}

export type JianyiClient = ReturnType<typeof createClient>;
