// Every story renders inside a wrapper that carries the chosen locale (the widgets follow
// the nearest `lang`) and, for theme="dark", a dark page behind the widget.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { html } from 'lit';
import type { RequestHandler } from 'msw';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import '../packages/elements/src/all.js';
import { publicApi } from './public-api.js';
import { prepareMockApi } from './mock-api.js';

setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'The lang the widgets follow',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文 (zh-CN)' },
          { value: 'zh-TW', title: '繁體中文 (zh-TW)' },
          { value: 'en', title: 'English (en)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    viewport: {
      options: {
        narrow320: { name: 'Small phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        phone390: { name: 'Phone (390 px)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    // What the widgets tell the page, in the Actions panel.
    actions: { handles: ['jy-submitted', 'jy-voted', 'jy-commented', 'jy-rated', 'jy-updated', 'jy-error', 'change'] },
    // The widgets are meant to pass axe: a violation fails the story in the a11y panel.
    a11y: { test: 'error' },
  },
  loaders: [
    async ({ parameters }) => {
      await prepareMockApi((parameters.msw as RequestHandler[] | undefined) ?? []);
      return {};
    },
  ],
  decorators: [
    withActions,
    (story, { globals, args }) => html`
      <div lang=${globals.locale ?? 'zh-CN'} class=${args.theme === 'dark' ? 'jy-story jy-story--dark' : 'jy-story'}>${story()}</div>
    `,
  ],
};

export default preview;
