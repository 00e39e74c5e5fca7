// Production bundles for browsers, minified, with dev-only code removed. The npm packages
// themselves are built unbundled by `tsc` (see each package's `build` script; lit and
// valibot stay dependencies there); this config makes what a portal loads from a
// <script type="module"> and what scripts/size.mjs measures against the size budgets.
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { visualizer } from 'rollup-plugin-visualizer';
import { compileHints } from './scripts/rollup/compile-hints.mjs';
import { collapseTemplateIndentation, minifyCssTemplates, shortenPrivateProperties } from './scripts/rollup/minify-templates.mjs';

const cdn = 'packages/elements/dist/cdn';
const widgets = ['provider', 'rating', 'suggestion-form', 'hot-topic-poll', 'status-tracker'];

// Nothing stale from an earlier build may be measured or published.
for (const dir of [cdn, 'packages/core/dist/browser']) rmSync(dir, { recursive: true, force: true });

/**
 * Whether a module may have side effects, from the `sideEffects` list of the package it
 * belongs to. Rollup's node-resolve applies that list only to the file a package name
 * resolves to, not to the files it imports, so every other file of core counted as having
 * side effects and a widget kept whatever a schema module builds when it loads (valibot
 * with it). webpack and esbuild read the list for every file; this does the same for ours.
 */
const sideEffectLists = ['packages/core', 'packages/elements'].map((dir) => {
  const root = resolve(dir);
  const { sideEffects } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const globs = sideEffects.map((glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`));
  return { root, globs };
});

function declaredSideEffects(id) {
  const list = sideEffectLists.find(({ root }) => id.startsWith(`${root}/`));
  return list ? list.globs.some((glob) => glob.test(`./${id.slice(list.root.length + 1)}`)) : true;
}

const treeshake = { moduleSideEffects: declaredSideEffects };

const plugins = () => [
  shortenPrivateProperties({ root: 'packages/elements/src', include: /packages\/elements\/src\/.*\.ts$/ }),
  minifyCssTemplates({ include: /packages\/elements\/src\/.*\.ts$/ }),
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', define: { DEV_MODE: 'false' } }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  collapseTemplateIndentation(),
];

/**
 * Writes `<name>.chunks.json` beside the output: each file's static and lazy imports, so
 * scripts/size.mjs can add up exactly what a page downloads for one entry.
 */
function chunkGraph(name) {
  return {
    name: 'chunk-graph',
    writeBundle(options, bundle) {
      const graph = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        graph[chunk.fileName] = { entry: chunk.isEntry, imports: chunk.imports, dynamicImports: chunk.dynamicImports };
      }
      mkdirSync(options.dir, { recursive: true });
      writeFileSync(join(options.dir, `${name}.chunks.json`), `${JSON.stringify(graph, null, 2)}\n`);
    },
  };
}

// Another locale's terms go to `locales/`, code shared by several widgets to `shared/`.
const chunkFileNames = (chunk) =>
  /\.(en|zh-TW)\.[jt]s$/.test(basename(chunk.facadeModuleId ?? '')) ? 'locales/[name]-[hash].js' : 'shared/[name]-[hash].js';

export default [
  ...[
    // All of core as a browser loads it, and the client alone, as an integrator embedding
    // only the SDK would ship it (built apart: a chunk shared with all of core would carry
    // more than the client uses). zh-TW and en texts are separate files fetched when asked.
    ['jianyi-core.min', 'packages/core/src/index.browser.ts'],
    ['jianyi-client.min', 'packages/core/src/client/create-client.ts'],
  ].map(([name, input]) => ({
    input: { [name]: input },
    output: { dir: 'packages/core/dist/browser', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames },
    // As for jianyi.js below: the parts fetched later import from the entry itself, rather
    // than the entry becoming a facade over a chunk (one more request before anything runs).
    preserveEntrySignatures: 'allow-extension',
    treeshake,
    plugins: [...plugins(), chunkGraph(name)],
  })),
  {
    // The script-tag bundle: one file registers every widget; only the terms of a
    // locale other than zh-CN come as separate files, when a `lang` asks for them.
    input: { jianyi: 'packages/elements/src/cdn.ts' },
    // A lazy part (the form's success view) imports from jianyi.js itself; without this,
    // rollup keeps the entry's exports exact by moving all of it to a chunk behind a facade,
    // one more request before anything shows.
    preserveEntrySignatures: 'allow-extension',
    treeshake,
    output: { dir: cdn, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames },
    plugins: [
      ...plugins(),
      compileHints(),
      chunkGraph('jianyi'),
      visualizer({ filename: `${cdn}/treemap.html`, template: 'treemap', title: 'jianyi.js', sourcemap: true }),
      visualizer({ filename: `${cdn}/treemap.json`, template: 'raw-data', sourcemap: true }),
    ],
  },
  {
    // One file per widget for a portal that needs only one; Lit, valibot and core are
    // shared chunks, downloaded once however many widgets the page loads.
    input: Object.fromEntries(widgets.map((widget) => [`jy-${widget}`, `packages/elements/src/components/${widget}/jy-${widget}.ts`])),
    treeshake,
    output: { dir: cdn, format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames },
    plugins: [...plugins(), compileHints(), chunkGraph('widgets')],
  },
];
