#!/usr/bin/env node
// Sizes of the browser bundles that `rollup -c` made, against the budgets of issue 7:
// minified, gzip and brotli of what a page downloads for each entry (the entry plus every
// chunk it imports statically; another locale's terms are listed apart, as only a page in
// that language fetches them, and so is code fetched on demand, such as the form's success
// view, so that no lazy split hides bytes). `--treemap` adds what fills jianyi.js, by
// package and module.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cdn = join(root, 'packages/elements/dist/cdn');
const coreDir = join(root, 'packages/core/dist/browser');

/** Hard limits in bytes of gzip, from issue 7. */
export const budgets = { coreClient: 8 * 1024, oneWidget: 22 * 1024, all: 32 * 1024 };

export function sizesOf(file) {
  const code = readFileSync(file);
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Each built file (by path relative to its output folder) with its static and lazy imports. */
function readGraph(dir, names) {
  const files = names.map((name) => join(dir, `${name}.chunks.json`));
  if (files.some((file) => !existsSync(file))) throw new Error('No bundles found: run `npm run build` first');
  return Object.assign({}, ...files.map((file) => JSON.parse(readFileSync(file, 'utf8'))));
}

/** The files a page downloads for `entry` before anything runs: the entry and its static imports. */
function staticClosure(graph, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of graph[file].imports) visit(imported);
  };
  visit(entry);
  return [...seen];
}

function total(dir, files) {
  const sum = { minified: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const size = sizesOf(join(dir, file));
    for (const key of Object.keys(sum)) sum[key] += size[key];
  }
  return sum;
}

/**
 * One row per measured thing: the `files` it adds up, its sizes, its budget (gzip bytes),
 * `lazy`, the sizes of the texts fetched only by a page in zh-TW or in en, and `onDemand`,
 * the code fetched later, when a citizen starts writing or the data calls for it (the
 * tracker's rating form), with what it imports that is not loaded yet (`onDemandFiles`).
 */
export function measure() {
  const row = (dir, graph, name, entry, budget) => {
    const files = staticClosure(graph, entry);
    const lazy = [...new Set(files.flatMap((file) => graph[file].dynamicImports))];
    const perLocale = (locale) => total(dir, lazy.filter((file) => file.includes(`.${locale}-`)));
    const later = lazy.filter((file) => !file.startsWith('locales/')).flatMap((file) => staticClosure(graph, file));
    const onDemandFiles = [...new Set(later)].filter((file) => !files.includes(file));
    const onDemand = total(dir, onDemandFiles);
    return { name, files, ...total(dir, files), budget, lazy: { 'zh-TW': perLocale('zh-TW'), en: perLocale('en') }, onDemand, onDemandFiles };
  };
  const core = readGraph(coreDir, ['jianyi-client.min']);
  const elements = readGraph(cdn, ['jianyi', 'widgets']);
  const widgets = Object.keys(elements).filter((file) => elements[file].entry && file.startsWith('jy-'));
  return [
    row(coreDir, core, 'core client alone (jianyi-client.min.js)', 'jianyi-client.min.js', budgets.coreClient),
    ...widgets.map((file) => row(cdn, elements, `${file} with its shared chunks`, file, budgets.oneWidget)),
    row(cdn, elements, 'jianyi.js: all widgets + runtime', 'jianyi.js', budgets.all),
  ];
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** What fills jianyi.js, from the rollup-plugin-visualizer data written beside it. */
export function treemap(limit = 15) {
  const data = JSON.parse(readFileSync(join(cdn, 'treemap.json'), 'utf8'));
  // Only what is in jianyi.js itself, not the zh-TW and en files it may fetch.
  const modules = Object.values(data.nodeMetas)
    .filter((meta) => meta.moduleParts['jianyi.js'])
    .map((meta) => ({ id: meta.id, ...data.nodeParts[meta.moduleParts['jianyi.js']] }))
    .filter((module) => module.renderedLength > 0);
  const groupOf = (id) => {
    const npm = id.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (npm) return npm[1];
    const own = id.match(/packages\/(\w+)\/(?:src|dist)\/((?:components\/)?[^/]+)/);
    return own ? `${own[1]}/${own[2].replace(/\.ts$/, '')}` : id;
  };
  const groups = new Map();
  for (const module of modules) {
    const group = groups.get(groupOf(module.id)) ?? { name: groupOf(module.id), renderedLength: 0 };
    group.renderedLength += module.renderedLength;
    groups.set(group.name, group);
  }
  const byMinified = (a, b) => b.renderedLength - a.renderedLength;
  const shortId = (id) => posix.normalize(id).replace(/^.*?(node_modules\/|packages\/)/, '$1');
  return {
    groups: [...groups.values()].sort(byMinified),
    modules: modules.sort(byMinified).slice(0, limit).map((module) => ({ ...module, id: shortId(module.id) })),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let rows;
  try {
    rows = measure();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  console.log('| bundle | minified | gzip | brotli | budget (gzip) | + zh-TW terms (gzip) | + en terms (gzip) | + on demand (gzip) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const verdict = row.gzip <= row.budget ? `≤ ${kb(row.budget)}: met` : `≤ ${kb(row.budget)}: **over**`;
    const lazy = (locale) => (row.lazy && row.lazy[locale].gzip > 0 ? kb(row.lazy[locale].gzip) : '—');
    const onDemand = row.onDemand?.gzip > 0 ? kb(row.onDemand.gzip) : '—';
    console.log(`| ${row.name} | ${kb(row.minified)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${verdict} | ${lazy('zh-TW')} | ${lazy('en')} | ${onDemand} |`);
  }
  if (process.argv.includes('--treemap')) {
    const { groups, modules } = treemap();
    // Minified bytes attributed through the source maps, so approximate.
    console.log('\nWhat fills jianyi.js (minified, by package or source folder):\n');
    console.log('| part | minified |\n|---|---|');
    for (const group of groups.filter((group) => group.renderedLength >= 512)) console.log(`| ${group.name} | ${kb(group.renderedLength)} |`);
    console.log('\nLargest modules:\n');
    console.log('| module | minified |\n|---|---|');
    for (const module of modules) console.log(`| ${module.id} | ${kb(module.renderedLength)} |`);
  }
}
