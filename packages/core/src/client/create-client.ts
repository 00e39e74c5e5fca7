import { metaResource } from './resources/meta.js';
import { statsResource } from './resources/stats.js';
import { suggestionsResource } from './resources/suggestions.js';
import { topicsResource } from './resources/topics.js';
import { createTransport, type ClientOptions } from './transport.js';

/**
 * A client of the Jianyi API. The same code runs in a browser and in Node 20+.
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
