import { channels, suggestionKinds } from '@jianyi/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { apiBase, never, problem } from '../.storybook/mock-api.js';
import { dark, english, smallPhone, traditionalChinese } from '../.storybook/variants.js';

const meta: Meta = {
  title: 'Widgets/jy-suggestion-form',
  component: 'jy-suggestion-form',
  args: { apiBase, kind: 'suggestion', channel: 'web', trackUrl: '/track?code={code}', theme: 'light' },
  argTypes: {
    kind: { control: 'inline-radio', options: suggestionKinds },
    channel: { control: 'select', options: channels },
    workstation: { control: 'select', options: ['', 'ws-yueyanglou'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
};
export default meta;
type Story = StoryObj;

/** Empty: a fresh form with the categories loaded. */
export const Empty: Story = {};

/** Opened from a workstation's QR code: bound to it, with its name shown. */
export const AtWorkstation: Story = { args: { workstation: 'ws-yueyanglou' } };

export const Loading: Story = { parameters: { msw: [http.get(`${apiBase}/v1/categories`, never)] } };

export const CategoriesFailed: Story = {
  parameters: { msw: [http.get(`${apiBase}/v1/categories`, () => problem(500, '服务器暂时无法处理请求，请稍后重试', 'internal'))] },
};

/** Sent with nothing filled in: each required field says what it needs, in Chinese, beside it. */
export const MissingFields: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('jy-suggestion-form')!;
    const inside = (selector: string) => form.shadowRoot!.querySelector<HTMLElement>(selector);
    await waitFor(() => expect(form.shadowRoot!.querySelectorAll('#category option').length).toBeGreaterThan(5), { timeout: 5000 });
    await userEvent.click(inside('[part~="submit"]')!);
    await waitFor(() => expect(inside('#category')?.getAttribute('aria-invalid')).toBe('true'));
  },
};

export const Dark: Story = { ...dark };
export const TraditionalChinese: Story = { ...traditionalChinese };
export const English: Story = { ...english };
export const SmallPhone: Story = { ...smallPhone };
