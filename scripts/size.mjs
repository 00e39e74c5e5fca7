#!/usr/bin/env node
// Prints minified, gzip and brotli sizes of the browser bundles that `rollup -c` made.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export function sizesOf(file) {
  const code = readFileSync(file);
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = ['packages/core/dist/browser', 'packages/elements/dist/cdn'].filter((dir) => existsSync(dir));
  if (dirs.length === 0) {
    console.error('No bundles found: run `npx rollup -c` first');
    process.exit(1);
  }
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.js'))) {
      const size = sizesOf(join(dir, name));
      console.log(`${name.padEnd(28)} min ${kb(size.minified).padStart(9)}  gzip ${kb(size.gzip).padStart(8)}  brotli ${kb(size.brotli).padStart(8)}`);
    }
  }
}
