// Minifies the CSS in Lit `css` tagged templates, which terser leaves as written (a
// template literal's text is data to it). Only whitespace and comments go: what the
// browser parses stays the same. Interpolations (`${dark}`) are kept as they are.
const cssTemplate = /\bcss`((?:[^`\\]|\\.)*)`/g;
const interpolation = /(\$\{[^}]*\})/;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export default function minifyCssTemplates({ include = /\.ts$/ } = {}) {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!include.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(cssTemplate, (_, body) =>
        `css\`${body.split(interpolation).map((part) => (interpolation.test(part) ? part : minifyCss(part))).join('')}\``,
      );
      return { code: minified, map: null };
    },
  };
}
