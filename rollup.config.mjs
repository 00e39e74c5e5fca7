// Production bundles for browsers: one self-contained ESM file per entry, minified, with
// dev-only code removed. The npm packages themselves are built unbundled by `tsc`
// (see each package's `build` script); this config makes what a portal loads from a
// <script type="module"> and what scripts/size.mjs measures.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const plugins = () => [
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', define: { DEV_MODE: 'false' } }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: 'packages/core/src/index.ts',
    output: { file: 'packages/core/dist/browser/jianyi-core.min.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
  {
    // The script-tag bundle: one file registers every widget.
    input: 'packages/elements/src/cdn.ts',
    output: { file: 'packages/elements/dist/cdn/jianyi.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
  {
    // The client alone, as an integrator embedding only the SDK would ship it.
    input: 'packages/core/src/client/create-client.ts',
    output: { file: 'packages/core/dist/browser/jianyi-client.min.js', format: 'es', sourcemap: true },
    plugins: plugins(),
  },
];
