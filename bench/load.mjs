// One autocannon run: requests/s and latency percentiles, failing loudly on any non-2xx
// answer so a benchmark never reports the speed of error pages.
import autocannon from 'autocannon';

export async function load(baseUrl, request, { seconds, connections = 16, rate } = {}) {
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [request],
    ...(rate && { overallRate: rate }),
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${request.method} ${request.path}: ${bad} of ${result.requests.total + bad} requests failed (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`);
  return {
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}
