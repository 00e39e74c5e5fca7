// custom-elements.json from the JSDoc on each element class (@summary @event @csspart
// @cssproperty @slot), for IDEs, Storybook controls and documentation.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/jy-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.i18n.ts', 'src/**/*.en.ts', 'src/**/*.zh-TW.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
};
