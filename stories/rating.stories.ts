import { satisfactionLevels } from '@jianyi/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { apiBase, demoSuggestion, problem } from '../.storybook/mock-api.js';
import { dark, english, smallPhone, traditionalChinese } from '../.storybook/variants.js';

const meta: Meta = {
  title: 'Widgets/jy-rating',
  component: 'jy-rating',
  args: { apiBase, theme: 'light' },
  argTypes: {
    value: { control: 'select', options: ['', ...satisfactionLevels] },
    solved: { control: 'inline-radio', options: ['', 'yes', 'no'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;
type Story = StoryObj;

/** A replied demo suggestion: the one a citizen is asked to rate. */
const replied = () => {
  const { trackingCode, submitterKey } = demoSuggestion((record) => record.suggestion.status === 'replied');
  return { suggestion: trackingCode, submitterKey };
};

/** Empty: inside a portal's own form, nothing chosen yet. */
export const Empty: Story = { args: { name: 'rating' } };

export const Chosen: Story = { args: { name: 'rating', value: 'basically-satisfied', solved: 'yes', comment: '处理及时，路灯已修好。' } };

export const Disabled: Story = { args: { ...Chosen.args, disabled: true } };

/** Standalone: posts the rating for a replied suggestion itself. */
export const Standalone: Story = { args: replied() };

/** The server refuses the rating: its message shows next to the form. */
export const ServerError: Story = {
  args: replied(),
  parameters: { msw: [http.post(`${apiBase}/v1/suggestions/:id/rating`, () => problem(503, '服务器暂时无法处理请求，请稍后重试', 'unavailable'))] },
  play: async ({ canvasElement }) => {
    const rating = canvasElement.querySelector('jy-rating')!;
    const pick = (group: string, value: string) => rating.shadowRoot!.querySelector<HTMLElement>(`[data-kind="${group}"][data-choice="${value}"]`)!;
    await userEvent.click(pick('value', 'unsatisfied'));
    await userEvent.click(pick('solved', 'no'));
    await userEvent.click(rating.shadowRoot!.querySelector<HTMLElement>('[part="submit"]')!);
    await waitFor(() => expect(rating.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('服务器暂时无法处理请求'), { timeout: 5000 });
  },
};

export const Dark: Story = { ...dark, args: { ...Chosen.args, ...dark.args } };
export const TraditionalChinese: Story = { ...traditionalChinese };
export const English: Story = { ...english };
export const SmallPhone: Story = { ...smallPhone, args: replied() };
