// Requests/s and latency per endpoint on SQLite and PostgreSQL, each run next to the bare
// Hono ceiling measured in the same session, so the ratios hold on a noisy machine.
import { startApi, startCeiling } from './processes.mjs';
import { ceilingEndpoint, endpoints } from './endpoints.mjs';
import { load } from './load.mjs';

export async function serverBench({ runs, seconds, kinds = ['sqlite', 'postgres'] }) {
  const ceiling = [];
  const server = await startCeiling();
  try {
    await load(server.url, ceilingEndpoint.request, { seconds: 1 }); // warm-up
    for (let run = 0; run < runs; run++) ceiling.push(await load(server.url, ceilingEndpoint.request, { seconds }));
  } finally {
    await server.stop();
  }
  const results = {};
  for (const kind of kinds) {
    const api = await startApi(kind);
    try {
      for (const endpoint of endpoints) {
        await load(api.url, endpoint.request, { seconds: 1 }); // warm-up
        const samples = [];
        for (let run = 0; run < runs; run++) samples.push(await load(api.url, endpoint.request, { seconds }));
        results[`${kind}:${endpoint.name}`] = { kind, endpoint, samples };
      }
    } finally {
      await api.stop();
    }
  }
  return { ceiling, results };
}
