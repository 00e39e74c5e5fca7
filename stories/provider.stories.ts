import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { apiBase, demoSuggestion } from '../.storybook/mock-api.js';
import { dark, english, smallPhone, traditionalChinese } from '../.storybook/variants.js';

const replied = demoSuggestion((record) => record.suggestion.status === 'replied');

/**
 * One `<jy-provider>` around a portal section: the widgets inside take its API base and
 * theme, and the nearest `lang`, without their own attributes.
 */
const meta: Meta = {
  title: 'Widgets/jy-provider',
  component: 'jy-provider',
  args: { apiBase, theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] } },
  render: ({ apiBase: base, theme }) => html`
    <jy-provider api-base=${base} theme=${theme}>
      <jy-status-tracker tracking-code=${replied.trackingCode} access-key=${replied.submitterKey}></jy-status-tracker>
      <jy-hot-topic-poll topic="topic-bus" page-size="5"></jy-hot-topic-poll>
    </jy-provider>
  `,
};
export default meta;
type Story = StoryObj;

export const SharedSettings: Story = {};
export const Dark: Story = { ...dark };
export const TraditionalChinese: Story = { ...traditionalChinese };
export const English: Story = { ...english };
export const SmallPhone: Story = { ...smallPhone };
