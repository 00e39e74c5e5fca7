#!/usr/bin/env node
// `npm run bench`: rendering, server throughput on SQLite and PostgreSQL, the 1,000,000-row
// queries and a soak, then BENCHMARKS.md. Timings only: nothing here passes or fails tests.
//   --quick            fewer runs, shorter loads, 100,000 rows, 1-minute soak
//   --soak-minutes N   soak length (default 10, quick 1)
//   --only a,b         some of: render, server, million, soak
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { pinned, pinSelfAwayFromServer } from './processes.mjs';
import { renderBench } from './render.mjs';
import { serverBench } from './server-bench.mjs';
import { millionBench } from './million.mjs';
import { soakBench } from './soak.mjs';
import { machineSection, millionSection, renderSection, serverSection, soakSection, writeReport } from './report.mjs';

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, 'soak-minutes': { type: 'string' }, only: { type: 'string' } },
});
const quick = values.quick ?? false;
const parts = new Set((values.only ?? 'render,server,million,soak').split(','));
const settings = {
  renderRuns: quick ? 1 : 3,
  serverRuns: quick ? 1 : 3,
  serverSeconds: 2,
  rows: quick ? 100_000 : 1_000_000,
  soakMinutes: Number(values['soak-minutes'] ?? (quick ? 1 : 10)),
};
pinSelfAwayFromServer();
const started = performance.now();
const step = (name) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${name}`);

const sections = [];
if (parts.has('render')) {
  step('rendering in Chromium');
  sections.push(renderSection(await renderBench({ runs: settings.renderRuns })));
}
if (parts.has('server')) {
  step('server throughput, SQLite and PostgreSQL');
  sections.push(serverSection(await serverBench({ runs: settings.serverRuns, seconds: settings.serverSeconds }), { seconds: settings.serverSeconds }));
}
if (parts.has('million')) {
  step(`${settings.rows.toLocaleString('en-US')} suggestions`);
  sections.push(millionSection([await millionBench({ count: settings.rows })]));
}
if (parts.has('soak')) {
  step(`soak, ${settings.soakMinutes} min`);
  sections.push(soakSection(await soakBench({ minutes: settings.soakMinutes })));
}
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
writeReport(fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url)), [machineSection({ command, pinned }), ...sections]);
step(`done; BENCHMARKS.md written`);
