// Requests/s and latency per endpoint on SQLite and PostgreSQL next to the bare Hono
// ceiling. A read's ratio is taken against ceiling runs made just before each of its own
// runs (the ceiling server stays up, idle, on the same core), so a machine that is busier
// for one minute than the next does not move the ratio.
import { startApi, startCeiling } from './processes.mjs';
import { ceilingEndpoint, endpoints } from './endpoints.mjs';
import { load } from './load.mjs';

export async function serverBench({ runs, seconds, kinds = ['sqlite', 'postgres'] }) {
  const ceiling = [];
  const server = await startCeiling();
  const measureCeiling = async () => {
    const sample = await load(server.url, ceilingEndpoint.request, { seconds });
    ceiling.push(sample);
    return sample;
  };
  const results = {};
  try {
    await load(server.url, ceilingEndpoint.request, { seconds: 1 }); // warm-up
    for (let run = 0; run < runs; run++) await measureCeiling();
    for (const kind of kinds) {
      const api = await startApi(kind);
      try {
        for (const endpoint of endpoints) {
          await load(api.url, endpoint.request, { seconds: 1 }); // warm-up
          const samples = [];
          const ceilingSamples = [];
          for (let run = 0; run < runs; run++) {
            if (endpoint.kind === 'read') ceilingSamples.push(await measureCeiling());
            samples.push(await load(api.url, endpoint.request, { seconds }));
          }
          results[`${kind}:${endpoint.name}`] = { kind, endpoint, samples, ceilingSamples };
        }
      } finally {
        await api.stop();
      }
    }
  } finally {
    await server.stop();
  }
  return { ceiling, results };
}
