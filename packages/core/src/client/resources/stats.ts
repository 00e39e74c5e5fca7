import { StatsQuerySchema, type Stats, type StatsQuery } from '../../model/stats.js';
import { query } from '../calls.js';
import type { CallOptions, Transport } from '../transport.js';

/** Received, closed, solve and satisfaction rates, overdue: overall or grouped. */
export function statsResource(transport: Transport) {
  return {
    get: (input: StatsQuery = {}, options: CallOptions = {}) => query<Stats>(transport, 'stats', StatsQuerySchema, input, options),
  };
}
