import {
  generateIdempotencyKey,
  isJianyiError,
  type Comment,
  type CommentInput,
  type JianyiClient,
  type JianyiError,
  type Locale,
  type Page,
  type Topic,
  type Vote,
} from '@jianyi/core';
import { html, nothing } from 'lit';
import { JyCommentedEvent } from '../../events/jy-commented.js';
import { JyErrorEvent } from '../../events/jy-error.js';
import { JyVotedEvent } from '../../events/jy-voted.js';
import { formatNumber, lazyCatalog, partTerms } from '../../internal/localize.js';
import { hotTopicPollTerms } from './hot-topic-poll.i18n.js';
import { remember, remembered, tokenKey, voteKey } from './voter-storage.js';

// What <jy-hot-topic-poll> does when a citizen votes or posts a comment: the requests,
// what the answers change, the voter token and vote it keeps, the errors and the wait the
// server asks for. A separate file the widget fetches once a citizen reaches for it, as a
// citizen who only reads the topic never needs it.

export type ActionKey = 'voting' | 'counted' | 'votedBefore' | 'sending' | 'posted' | 'waitSeconds' | 'shown' | 'loadingMore';

/**
 * What the widget says while and after one of these actions runs (it renders them, as
 * only this file sets the states they describe); zh-CN is inline, the others are fetched
 * the first time a `lang` asks for them.
 */
export const actionTerms = lazyCatalog<ActionKey>(
  {
    voting: '正在提交…',
    counted: '感谢参与！您的投票已计入。',
    votedBefore: '您已经投过票，以下是您之前的选择。',
    sending: '正在发表…',
    posted: '留言已发表，感谢您的建议！',
    waitSeconds: '{seconds} 秒后可再发表',
    shown: '已显示 {count} 条留言',
    loadingMore: '正在加载…',
  },
  {
    'zh-TW': () => import('./poll-actions.zh-TW.js'),
    en: () => import('./poll-actions.en.js'),
  },
);
const t = partTerms(actionTerms, hotTopicPollTerms);

// ── What only these actions make the widget say, rendered in its templates ──

/** After a vote in this page, not for a vote remembered from before: counted, or the earlier vote stands. */
export function voteNotice(counted: boolean | undefined, locale: Locale) {
  return counted === undefined
    ? nothing
    : html`<p class="notice ${counted ? 'success' : ''}" part="notice" role="status" tabindex="-1">${t(locale, counted ? 'counted' : 'votedBefore')}</p>`;
}

/** A comment field's message from the checks or the server. */
export function fieldError(message: string | undefined, id: string) {
  return message ? html`<p class="error" id=${id}>${message}</p>` : nothing;
}

export function postedNotice(locale: Locale) {
  return html`<p class="notice success">${t(locale, 'posted')}</p>`;
}

export interface Draft {
  body: string;
  aspectId: string;
  authorName: string;
}

/** What this file reads and changes of the widget: its state, by the same names. */
export interface PollHost extends HTMLElement {
  readonly topic: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  data?: Topic;
  choice: string[];
  myVote?: Vote;
  counted?: boolean;
  voting: boolean;
  voteError?: string;
  readonly pageSize: number;
  comments: Comment[];
  commentsLoaded: boolean;
  nextCursor: string | null;
  commentsLoading: boolean;
  commentsError?: string;
  fetchComments(cursor: string | undefined, show: (page: Page<Comment>) => void): Promise<void>;
  listStatus: string;
  aspectFilter: string;
  draft: Draft;
  fieldErrors: Readonly<Record<string, string>>;
  formError?: string;
  sending: boolean;
  posted: boolean;
  waitSeconds: number;
  waitTimer?: ReturnType<typeof setInterval>;
}

/**
 * One Idempotency-Key per thing sent, kept until the server has stored it: pressing again
 * after a lost answer sends the same key, and the server does not count it twice.
 */
const keys = new Map<string, string>();
function keyFor(what: string): string {
  let key = keys.get(what);
  if (!key) keys.set(what, (key = generateIdempotencyKey()));
  return key;
}

export async function vote(host: PollHost, client: JianyiClient): Promise<void> {
  const topic = host.data;
  if (!topic?.poll || host.voting) return;
  const base = client.options.baseUrl;
  // In the order the options are listed, whatever order they were ticked in.
  const optionIds = topic.poll.options.map((option) => option.id).filter((id) => host.choice.includes(id));
  const sent = `${base}|${topic.id}|${optionIds}`;
  host.voting = true;
  host.voteError = undefined;
  try {
    const result = await client.topics.vote(topic.id, { optionIds }, { voterToken: remembered(tokenKey(base)), idempotencyKey: keyFor(sent) });
    keys.delete(sent);
    remember(tokenKey(base), result.voterToken);
    const { topicId, optionIds: chosen, at } = result.vote;
    remember(voteKey(base, topicId), JSON.stringify({ topicId, optionIds: chosen, at }));
    host.data = result.topic;
    host.myVote = result.vote;
    host.counted = result.counted;
    host.choice = [...chosen];
    host.dispatchEvent(new JyVotedEvent(result));
    // The button is gone; put focus on the message that replaced it.
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('.notice[tabindex]')?.focus();
  } catch (error) {
    if (!isJianyiError(error)) throw error;
    host.voteError = error.fieldErrors.optionIds ?? error.message;
    await failed(host, client, error);
  } finally {
    host.voting = false;
  }
}

export async function comment(host: PollHost, client: JianyiClient): Promise<void> {
  const topic = host.data;
  if (!topic || host.sending || host.waitSeconds > 0) return;
  const { body, aspectId, authorName } = host.draft;
  const input: CommentInput = { body, ...(aspectId && { aspectId }), ...(authorName.trim() && { authorName }) };
  const sent = `${client.options.baseUrl}|${topic.id}|${JSON.stringify(input)}`;
  host.sending = true;
  host.fieldErrors = {};
  host.formError = undefined;
  host.posted = false;
  try {
    const comment = await client.topics.comment(topic.id, input, { voterToken: remembered(tokenKey(client.options.baseUrl)), idempotencyKey: keyFor(sent) });
    keys.delete(sent);
    if ((!host.aspectFilter || comment.aspectId === host.aspectFilter) && !host.comments.some((shown) => shown.id === comment.id)) {
      host.comments = [comment, ...host.comments];
      host.commentsLoaded = true;
    }
    if (host.data) host.data = { ...host.data, counts: { ...host.data.counts, comments: host.data.counts.comments + 1 } };
    host.draft = { body: '', aspectId: '', authorName: host.draft.authorName };
    host.posted = true;
    host.dispatchEvent(new JyCommentedEvent(comment));
  } catch (error) {
    if (!isJianyiError(error)) throw error;
    if (['body', 'aspectId', 'authorName'].some((field) => error.fieldErrors[field])) {
      host.fieldErrors = error.fieldErrors;
      await host.updateComplete;
      host.renderRoot.querySelector<HTMLElement>('[part~="comment-form"] [aria-invalid="true"]')?.focus();
    } else {
      host.formError = error.message;
    }
    if (error.status === 429) wait(host, error.retryAfter ?? 60);
    await failed(host, client, error);
  } finally {
    host.sending = false;
  }
}

/**
 * The next page of comments, after those shown; says how many are shown now. (Called like
 * the other actions; the widget's own call fetches the page, with the widget's client.)
 */
export async function more(host: PollHost, _client: JianyiClient, locale: Locale): Promise<void> {
  if (host.commentsLoading || !host.nextCursor) return;
  await host.fetchComments(host.nextCursor, (page) => {
    // A comment posted meanwhile moves the pages on by one: add none twice.
    const shown = new Set(host.comments.map((comment) => comment.id));
    host.comments = [...host.comments, ...page.items.filter((comment) => !shown.has(comment.id))];
    host.nextCursor = page.nextCursor;
    host.listStatus = t(locale, page.nextCursor ? 'shown' : 'allShown', { count: formatNumber(host.comments.length, locale) });
  });
}

/** What a refused vote and a refused comment share: jy-error, and the topic again if it closed meanwhile. */
async function failed(host: PollHost, client: JianyiClient, error: JianyiError) {
  if (error.code !== 'validation_failed') host.dispatchEvent(new JyErrorEvent(error));
  if (error.code === 'topic_closed' || error.code === 'topic_not_open') {
    try {
      host.data = await client.topics.get(host.topic);
    } catch {
      // The message already shown says what went wrong.
    }
  }
}

/** Counts down what the server asked to wait; the button says how long is left. */
function wait(host: PollHost, seconds: number) {
  clearInterval(host.waitTimer);
  const until = Date.now() + seconds * 1000;
  host.waitSeconds = Math.ceil(seconds);
  host.waitTimer = setInterval(() => {
    host.waitSeconds = Math.max(0, Math.ceil((until - Date.now()) / 1000));
    if (host.waitSeconds === 0) {
      clearInterval(host.waitTimer);
      host.formError = undefined;
    }
  }, 1000);
}
