import { isOverdue, type Status } from '@jianyi/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http } from 'msw';
import { apiBase, demoSuggestion, never, problem, store } from '../.storybook/mock-api.js';
import { dark, english, smallPhone, traditionalChinese } from '../.storybook/variants.js';

const meta: Meta = {
  title: 'Widgets/jy-status-tracker',
  component: 'jy-status-tracker',
  args: { apiBase, pollInterval: 30, timelineOrder: 'newest-first', theme: 'light' },
  argTypes: {
    timelineOrder: { control: 'inline-radio', options: ['newest-first', 'oldest-first'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;
type Story = StoryObj;

/** The first demo suggestion in `status` that is not overdue (overdue has its own story). */
const inStatus = (status: Status): Story => ({
  args: demoSuggestion((record) => record.suggestion.status === status && !isOverdue(record.suggestion, store.now())),
});

/** Empty: no code yet, so it asks for one. */
export const AskForCode: Story = {};

export const Loading: Story = {
  args: inStatus('in_progress').args,
  parameters: { msw: [http.get(`${apiBase}/v1/suggestions/:id`, never)] },
};

export const ServerError: Story = {
  args: inStatus('in_progress').args,
  parameters: { msw: [http.get(`${apiBase}/v1/suggestions/:id`, () => problem(500, '服务器暂时无法处理请求，请稍后重试', 'internal'))] },
};

export const NotFound: Story = {
  args: { trackingCode: 'JYNOSUCH0000', submitterKey: 'demo-key-999999-jianyi' },
};

export const Submitted = inStatus('submitted');
export const Accepted = inStatus('accepted');
export const Assigned = inStatus('assigned');
export const InProgress = inStatus('in_progress');
export const Replied = inStatus('replied');
export const UnderReview = inStatus('under_review');
export const Closed = inStatus('closed');
export const Rejected = inStatus('rejected');
export const Merged = inStatus('merged');

export const Overdue: Story = {
  args: demoSuggestion((record) => isOverdue(record.suggestion, store.now())),
};

/** Without the access key: the public view, with no personal details. */
export const PublicView: Story = { args: { trackingCode: InProgress.args!.trackingCode } };

export const OldestFirst: Story = { args: { ...Replied.args, timelineOrder: 'oldest-first' } };

export const Dark: Story = { ...dark, args: { ...Replied.args, ...dark.args } };
export const TraditionalChinese: Story = { ...traditionalChinese, args: Replied.args };
export const English: Story = { ...english, args: Replied.args };
export const SmallPhone: Story = { ...smallPhone, args: Replied.args };

