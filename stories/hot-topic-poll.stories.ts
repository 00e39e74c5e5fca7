import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { apiBase, never, problem } from '../.storybook/mock-api.js';
import { dark, english, smallPhone, traditionalChinese } from '../.storybook/variants.js';

const meta: Meta = {
  title: 'Widgets/jy-hot-topic-poll',
  component: 'jy-hot-topic-poll',
  args: { apiBase, topic: 'topic-bus', pageSize: 50, theme: 'light' },
  argTypes: {
    topic: { control: 'inline-radio', options: ['topic-bus', 'topic-renovation'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;
type Story = StoryObj;

/** The open demo topic: its poll, and a few hundred comments across aspects. */
export const OpenTopic: Story = {};

/** After voting for two options: the results as a table, and the vote remembered. */
export const Voted: Story = {
  play: async ({ canvasElement }) => {
    const poll = canvasElement.querySelector('jy-hot-topic-poll')!;
    const inside = (selector: string) => poll.shadowRoot!.querySelectorAll<HTMLElement>(selector);
    await waitFor(() => expect(inside('input[type="checkbox"]').length).toBeGreaterThan(1), { timeout: 5000 });
    await userEvent.click(inside('input[type="checkbox"]')[0]!);
    await userEvent.click(inside('input[type="checkbox"]')[1]!);
    await userEvent.click(inside('[part~="vote"]')[0]!);
    await waitFor(() => expect(inside('table').length).toBe(1), { timeout: 5000 });
  },
};

/** Closed: read-only, with the results and no vote or comment box. */
export const ClosedTopic: Story = { args: { topic: 'topic-renovation' } };

export const Loading: Story = { parameters: { msw: [http.get(`${apiBase}/v1/topics/:id`, never)] } };

export const NoComments: Story = {
  parameters: { msw: [http.get(`${apiBase}/v1/topics/:id/comments`, () => HttpResponse.json({ items: [], nextCursor: null }))] },
};

export const NotFound: Story = { args: { topic: 'topic-no-such' } };

export const ServerError: Story = {
  parameters: { msw: [http.get(`${apiBase}/v1/topics/:id`, () => problem(500, '服务器暂时无法处理请求，请稍后重试', 'internal'))] },
};

export const Dark: Story = { ...dark };
export const TraditionalChinese: Story = { ...traditionalChinese };
export const English: Story = { ...english };
export const SmallPhone: Story = { ...smallPhone };
export const ClosedDark: Story = { args: { topic: 'topic-renovation', ...dark.args } };
