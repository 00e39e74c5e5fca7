// Writes the benchmark sections of BENCHMARKS.md between markers, leaving the rest (the
// bundle sizes, written by scripts/size.mjs) as it is.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { execFileSync } from 'node:child_process';
import { showSpread, spread } from './summary.mjs';

const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
const versionOf = (name) => {
  try {
    return JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
  } catch {
    return '?';
  }
};
const tryRun = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
};
const met = (ok) => (ok ? 'met' : '**not met**');
const ms = (value) => showSpread(value, 1);

export function machineSection(options) {
  const postgres = tryRun('psql', ['-tAc', 'show server_version', 'postgres']).split(' ')[0];
  return [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${options.command}\`: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Linux ${release()}, Node ${process.versions.node}, ` +
      `SQLite ${tryRun(process.execPath, ['-e', "console.log(new (require('better-sqlite3'))(':memory:').prepare('select sqlite_version() v').get().v)"])} (better-sqlite3 ${versionOf('better-sqlite3')}, WAL, synchronous=FULL), PostgreSQL ${postgres}, ` +
      `hono ${versionOf('hono')}, @hono/node-server ${versionOf('@hono/node-server')}, autocannon ${versionOf('autocannon')}, ${tryRun('/usr/bin/chromium', ['--version'])}.`,
    `The machine is shared with other work while this runs: read the figures as orders of magnitude and the ratios as the comparison. ` +
      `Every figure is min / median / max over the runs given. ${options.pinned ? 'The server runs on core 0 (taskset), the load generator on core 1.' : 'Server and load generator were not pinned to separate cores.'}`,
  ].join('\n\n');
}

export function serverSection({ ceiling, results }, { seconds }) {
  const ceilingRps = spread(ceiling.map((r) => r.rps));
  const lines = [
    `## Server throughput`,
    '',
    `autocannon, 16 connections, ${seconds} s per run, after a 1 s warm-up; rate limits off (\`--rate-limits create=0,…\`) because all load comes from one address; ` +
      `every write is new (fresh Idempotency-Key, fresh voter token). Any non-2xx answer fails the run. ` +
      `Ceiling: a bare Hono route on the same @hono/node-server: **${showSpread(ceilingRps)} req/s**, p99 ${showSpread(spread(ceiling.map((r) => r.p99)))} ms, ` +
      `over all its runs; it is measured again just before each run of a read, and a read's ratio is its median over the median of those runs.`,
    '',
    '| database | endpoint | req/s | p50 ms | p99 ms | ratio to ceiling (median) | target | |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const { kind, endpoint, samples, ceilingSamples } of Object.values(results)) {
    const rps = spread(samples.map((s) => s.rps));
    // A read against the ceiling runs made just before its own; a write (judged in req/s) against all of them.
    const nextTo = ceilingSamples?.length ? spread(ceilingSamples.map((s) => s.rps)) : ceilingRps;
    const ratio = rps.median / nextTo.median;
    const target = endpoint.kind === 'read' ? 'ratio ≥ 0.5' : kind === 'sqlite' ? '≥ 1,000/s' : '—';
    const ok = endpoint.kind === 'read' ? ratio >= 0.5 : kind === 'sqlite' ? rps.median >= 1000 : undefined;
    lines.push(`| ${kind} | ${endpoint.name} | ${showSpread(rps)} | ${showSpread(spread(samples.map((s) => s.p50)))} | ${showSpread(spread(samples.map((s) => s.p99)))} | ${ratio.toFixed(3)} | ${target} | ${ok === undefined ? '' : met(ok)} |`);
  }
  return lines.join('\n');
}

export function soakSection(soak) {
  const lines = [
    `## Soak`,
    '',
    `${soak.minutes} min at a fixed ${soak.rate} req/s on ${soak.kind}, the five endpoints in equal shares, in ${soak.samples.length} slices. ` +
      `Server memory (RSS) from ${soak.samples[0].rssMB.toFixed(0)} MB after the first slice to ${soak.samples.at(-1).rssMB.toFixed(0)} MB: ` +
      `**${(soak.memoryGrowth * 100).toFixed(1)} %** growth (target < 20 %: ${met(soak.memoryGrowth < 0.2)}). ` +
      `p99 per slice (ms, worst endpoint): ${soak.samples.map((s) => s.p99).join(', ')}; served req/s per slice: ${soak.samples.map((s) => s.rps.toFixed(0)).join(', ')}.`,
  ];
  return lines.join('\n');
}

export function millionSection(runs) {
  const first = runs[0];
  const names = Object.keys(first.queries);
  const lines = [
    `## ${first.count.toLocaleString('en-US')} suggestions (SQLite)`,
    '',
    `Bulk-loaded through prepared statements: core's demo suggestions with new codes, creation times spread evenly over three years, ` +
      `in every state for the last ${first.openWindowDays} days and closed before that (${first.open.toLocaleString('en-US')} not closed). ` +
      `Load ${showSpread(spread(runs.map((r) => r.loadSeconds)), 1)} s (rollup triggers dropped meanwhile), rebuilding the stats rollup ${showSpread(spread(runs.map((r) => r.rollupSeconds)), 1)} s, ` +
      `ANALYZE ${showSpread(spread(runs.map((r) => r.analyzeSeconds)), 1)} s, file ${(first.fileBytes / 2 ** 30).toFixed(2)} GiB. ` +
      `Queries timed through the store functions the routes call (\`listSuggestions\`, \`computeStats\`), warm page cache. Target: p99 < 50 ms.`,
    '',
    '| query | p50 ms | p99 ms | target |',
    '|---|---|---|---|',
  ];
  for (const name of names) {
    const p99 = spread(runs.map((r) => r.queries[name].p99));
    lines.push(`| ${name} | ${ms(spread(runs.map((r) => r.queries[name].p50)))} | ${ms(p99)} | ${met(p99.max < 50)} |`);
  }
  lines.push(
    '',
    'How the stats scale: counts are pre-aggregated per creation period, category, department and channel in three tables, per day (`stats_daily`), ' +
      'month (`stats_monthly`) and year (`stats_yearly`), all kept exact by triggers (migrations 0002 and 0005). A request reads whole years from the yearly table, ' +
      'the whole months at either side from the monthly one, the whole days beyond those from the daily one, and scans suggestions only for the part-days at its two ends: ' +
      'at most (years + 22 months + 60 days) × groups rollup rows, whatever the number of suggestions. Overdue depends on the time of asking: it is counted inside two ' +
      'partial indexes that hold only the open suggestions, by deadline, so it grows with the overdue backlog; the overdue list walks a third one (open suggestions, newest first).',
  );
  return lines.join('\n');
}

export function renderSection(runs) {
  const of = (key, digits = 0) => showSpread(spread(runs.map((r) => r[key])), digits);
  const cls = spread(runs.map((r) => r.cls));
  const longestOurs = spread(runs.map((r) => r.longestOurs));
  const nodes = spread(runs.map((r) => r.pollNodes));
  return [
    `## Rendering (Chromium, 390 × 844)`,
    '',
    `The demo portal (\`examples/city-portal/\`, as \`npm start\` serves it under its strict CSP: the bundle as a module script, the form, the open and the closed topic, the tracker lookup, the workstations and the figures) against the real server on SQLite, at 390 × 844; ${runs.length} run(s), each in a fresh browser context. Chromium's own address-bar popup, a page of its UI that it loads in a renderer of its own with each new window, is turned off (\`--disable-features=WebUIOmniboxPopup,…\`): on the core the page shares, it ran in the middle of the measured task and is not the page's cost.`,
    '',
    '| figure | min / median / max | target | |',
    '|---|---|---|---|',
    `| first widget painted, from the bundle's arrival | ${of('firstWidgetFromScript')} ms | — | |`,
    `| first widget painted, from navigation | ${of('firstWidgetFromNavigation')} ms | — | |`,
    `| layout shift (CLS) while the widgets load | ${showSpread(cls, 3)} | ≤ 0.01 | ${met(cls.max <= 0.01)} |`,
    `| longest main-thread task running our bundle | ${showSpread(longestOurs, 1)} ms | < 50 ms | ${met(longestOurs.max < 50)} |`,
    `| … of which the main thread ran (its CPU time; the rest it waited for its core, which Chromium's processes and the bench share) | ${of('longestOursCpu', 1)} ms | — | |`,
    `| longest main-thread task, any | ${of('longest', 1)} ms | — | |`,
    `| comments loaded (\`.list-end\`) | ${runs[0].listEnd} | — | |`,
    `| time to load them all (100 per page) | ${of('commentsLoadSeconds', 1)} s | — | |`,
    `| DOM nodes in the poll with all comments loaded, after scrolling to the end | ${showSpread(nodes)} | < 800 | ${met(nodes.max < 800)} |`,
    `| DOM nodes on the whole page then | ${of('nodes')} | — | |`,
    `| scripted scroll through the whole page in ${runs[0].scrollFrames} frames: pixels per frame | ${of('scrollStepPx')} | — | |`,
    `| … 95th percentile frame interval | ${of('frameP95', 1)} ms | — | |`,
    `| … frames longer than 50 ms | ${of('longFrames')} | — | |`,
    `| JS heap after GC with all comments loaded | ${of('heapMB', 1)} MB | — | |`,
  ].join('\n');
}

/** Replaces what is between the markers (or appends the markers) in BENCHMARKS.md. */
export function writeReport(file, sections) {
  const body = `${start}\n<!-- Written by \`npm run bench\` (bench/report.mjs); edit the code, not this text. -->\n\n${sections.filter(Boolean).join('\n\n')}\n\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const next = current.includes(start) ? current.replace(new RegExp(`${start}[\\s\\S]*${end}`), body) : `${current.trimEnd()}\n\n${body}\n`;
  writeFileSync(file, next);
}
