// Everything citizens or staff wrote renders as text: no widget may build HTML from
// strings. This fails the build if one starts to.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../src/', import.meta.url));
const files = readdirSync(source, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.startsWith('test-support'))
  .map((path) => join(source, path));

// styleMap writes a style attribute on first render, which a strict style-src refuses.
const forbidden = [/unsafeHTML/, /unsafeSVG/, /styleMap/, /\.innerHTML\s*=/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /document\.write/, /new Function\(/, /\beval\(/];

test('no widget source builds HTML from strings', () => {
  assert.ok(files.length > 5, 'the widget sources were found');
  const hits = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      // Comments may name what is forbidden; code may not use it.
      .flatMap((line, index) => (!/^\s*(\/\/|\*|\/\*)/.test(line) && forbidden.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
  );
  assert.deepEqual(hits, []);
});
