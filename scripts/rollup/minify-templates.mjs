// Minifies the text of template literals, which terser leaves as written (to it, a
// template's text is data): Lit's `css` styles and the indentation of `html` templates.
// What the browser parses stays the same; only whitespace and CSS comments go, and the
// private custom properties get shorter names. Source maps follow the edits (the treemap
// is computed from them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MagicString from 'magic-string';

const cssTemplate = /\bcss`((?:[^`\\]|\\.)*)`/g;
const interpolation = /(\$\{[^}]*\})/;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // `/` never needs spaces (calc, grid lines, shorthands, colour alpha); `*` only in
    // calc, between a number or `)` and a number, `(` or `var`, never a selector's `*`.
    .replace(/\s*\/\s*/g, '/')
    .replace(/([\d)])\s*\*\s*(?=[\d(]|var\()/g, '$1*')
    .replace(/\s*>\s*/g, '>')
    // 0.875em → .875em (after a space, colon, comma, bracket or sign: never inside a number).
    .replace(/(^|[\s:,(/*+-])0\.(\d)/g, '$1.$2')
    .trim();
}

/** Source transform: every css`…` template of the matching files, interpolations kept. */
export function minifyCssTemplates({ include = /\.ts$/ } = {}) {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!include.test(id) || !code.includes('css`')) return null;
      const edited = new MagicString(code);
      for (const match of code.matchAll(cssTemplate)) {
        const body = match[1].split(interpolation).map((part) => (interpolation.test(part) ? part : minifyCss(part))).join('');
        edited.overwrite(match.index, match.index + match[0].length, `css\`${body}\``);
      }
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}

/**
 * After terser: a raw line break in minified code can only be inside a template literal,
 * where it is the indentation of an `html` template. A run of whitespace holding a line
 * break renders as one space in HTML, so the run becomes a single line break. (No
 * template of ours puts text in <pre>, or in a <textarea> body, where it would show.)
 */
export function collapseTemplateIndentation() {
  return {
    name: 'collapse-template-indentation',
    renderChunk(code) {
      const edited = new MagicString(code);
      for (const match of code.matchAll(/[ \t]*\n\s*/g)) {
        if (match[0] !== '\n') edited.overwrite(match.index, match.index + match[0].length, '\n');
      }
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}

/**
 * Source transform: the widgets' private custom properties (`--_name`; the documented ones
 * are `--jy-*`) get short names, the same in every file of `root` (its style sheets, the
 * parts fetched later, and the code that sets one, such as the poll's `--_share`). The
 * names are counted once, at the start of the build; the most used get the shortest.
 */
export function shortenPrivateProperties({ root, include = /\.ts$/ }) {
  const property = /--_[a-z][a-z0-9-]*/g;
  let names;
  return {
    name: 'shorten-private-properties',
    buildStart() {
      const counts = new Map();
      for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
        for (const [name] of readFileSync(join(root, file), 'utf8').matchAll(property)) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
      const shortName = (index) => (index < 26 ? String.fromCharCode(97 + index) : shortName(Math.floor(index / 26) - 1) + String.fromCharCode(97 + (index % 26)));
      names = new Map(ranked.map((name, index) => [name, `--_${shortName(index)}`]));
    },
    transform(code, id) {
      if (!include.test(id) || !code.includes('--_')) return null;
      const edited = new MagicString(code);
      for (const match of code.matchAll(property)) {
        const short = names.get(match[0]);
        if (short) edited.overwrite(match.index, match.index + match[0].length, short);
      }
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
