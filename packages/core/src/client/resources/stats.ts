import type { Stats, StatsQuery } from '../../model/stats.js';
import type { CallOptions, Transport } from '../transport.js';

/** Received, closed, solve and satisfaction rates, overdue: overall or grouped. */
export function statsResource(transport: Transport) {
  return {
    get: (searchParams: StatsQuery = {}, options: CallOptions = {}) => transport.request<Stats>('stats', { searchParams, ...options }),
  };
}
