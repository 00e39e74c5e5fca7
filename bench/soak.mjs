// A fixed-rate mix (tracker and topic reads, creates, votes, comments) for a set time, in
// equal slices: the server's resident memory and p99 after each slice show growth and drift.
import { startApi, rssOf } from './processes.mjs';
import { endpoints } from './endpoints.mjs';
import { load } from './load.mjs';

export async function soakBench({ minutes, rate = 100, slices = 10, kind = 'sqlite' }) {
  const api = await startApi(kind);
  const sliceSeconds = Math.max(1, Math.round((minutes * 60) / slices));
  const samples = [];
  try {
    for (let slice = 0; slice < slices; slice++) {
      const results = await Promise.all(
        // One autocannon per endpoint, each at its share of the rate, so the mix is fixed.
        endpoints.map((endpoint) => load(api.url, endpoint.request, { seconds: sliceSeconds, connections: 2, rate: rate / endpoints.length })),
      );
      samples.push({
        atSeconds: (slice + 1) * sliceSeconds,
        rssMB: (await rssOf(api.pid)) / 2 ** 20,
        p99: Math.max(...results.map((r) => r.p99)),
        rps: results.reduce((sum, r) => sum + r.rps, 0),
      });
    }
  } finally {
    await api.stop();
  }
  const first = samples[0];
  const last = samples.at(-1);
  return { minutes, rate, kind, samples, memoryGrowth: last.rssMB / first.rssMB - 1, p99First: first.p99, p99Last: last.p99 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await soakBench({ minutes: Number(process.argv[2] ?? 0.5) }), null, 1));
}
