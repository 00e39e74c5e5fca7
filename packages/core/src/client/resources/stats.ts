import { StatsQuerySchema, StatsSchema, type StatsQuery } from '../../model/stats.js';
import type { CallOptions, Transport } from '../transport.js';
import { validateInput } from '../validate.js';

/** Received, closed, solve and satisfaction rates, overdue: overall or grouped. */
export function statsResource(transport: Transport) {
  return {
    async get(query: StatsQuery = {}, options: CallOptions = {}) {
      const valid = await validateInput(StatsQuerySchema, query, transport.locale);
      return transport.request(StatsSchema, 'stats', { searchParams: valid, ...options });
    },
  };
}
