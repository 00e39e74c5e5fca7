/**
 * Names of the lifecycle's states and actions, intake channels, reply kinds and ratings
 * in every locale: what a timeline, a statistic or an error shows instead of an id.
 */
import type { ActionType } from '../model/action.js';
import type { Category } from '../model/category.js';
import type { Department } from '../model/department.js';
import type { Satisfaction } from '../model/rating.js';
import type { ReplyKind } from '../model/reply.js';
import type { StatsGrouping } from '../model/stats.js';
import type { Channel, Status } from '../model/suggestion.js';
import { resolveLocale, type Locale } from './messages.js';
import { addedTerms } from './terms-added.js';

export interface Terms {
  status: Record<Status, string>;
  action: Record<ActionType | 'submit', string>;
  channel: Record<Channel, string>;
  replyKind: Record<ReplyKind, string>;
  satisfaction: Record<Satisfaction, string>;
  unassigned: string;
}

const zhCN: Terms = {
  status: {
    submitted: '待受理',
    accepted: '已受理',
    assigned: '已交办',
    in_progress: '办理中',
    replied: '已答复',
    under_review: '复核中',
    closed: '已办结',
    rejected: '不予受理',
    merged: '已合并',
  },
  action: {
    submit: '提交',
    accept: '受理',
    reject: '不予受理',
    merge: '合并',
    answer: '直接答复',
    assign: '交办',
    claim: '委员领办',
    return: '退回',
    start: '开始办理',
    reply: '答复',
    rate: '评价',
    close: '办结',
    urge: '催办',
    supervise: '督办',
    adopt: '采纳',
    feature: '评为金点子',
  },
  channel: {
    web: '网站',
    mobile: '手机网页',
    'wechat-mini': '微信小程序',
    'qr-code': '扫码建言',
    workstation: '委员工作室',
    'hotline-12345': '12345 热线',
    'leader-mailbox': '领导信箱',
    'field-survey': '走基层调研',
    member: '委员微建议',
  },
  replyKind: { explanation: '解释说明', 'direct-answer': '直接答复', 'consulted-answer': '会商答复', handled: '办理答复' },
  satisfaction: { satisfied: '满意', 'basically-satisfied': '基本满意', unsatisfied: '不满意' },
  unassigned: '未交办',
};


// Like the messages: zh-CN always, the others added by ./all-locales.js or ./load.js to
// ./terms-added.js, a file of its own so that a widget that never shows a term (the form)
// does not share a file with the zh-CN table just because it loads other locales.
export { addTerms } from './terms-added.js';

const termsIn = (locale: Locale) => addedTerms[locale] ?? zhCN;

type TermKind = Exclude<keyof Terms, 'unassigned'>;

/** The name of a status, action, channel, reply kind or rating in `locale`; the id itself if unknown. */
export function term<K extends TermKind>(kind: K, key: keyof Terms[K] & string, locale?: string): string {
  const names = termsIn(resolveLocale(locale))[kind] as Record<string, string>;
  return names[key] ?? key;
}

/**
 * The label of one group of a statistic: category and department names from their
 * lists, channel names, months as `2026年3月` (`Mar 2026` in English).
 */
export function statsGroupLabel(
  grouping: StatsGrouping,
  key: string,
  lists: { categories: readonly Category[]; departments: readonly Department[] },
  locale?: string,
): string {
  const resolved = resolveLocale(locale);
  switch (grouping) {
    case 'category':
      return lists.categories.find((category) => category.id === key)?.name ?? key;
    case 'department':
      return key === '' ? termsIn(resolved).unassigned : (lists.departments.find((department) => department.id === key)?.name ?? key);
    case 'channel':
      return term('channel', key as Channel, resolved);
    case 'month': {
      const [year, month] = key.split('-').map(Number);
      if (!year || !month) return key;
      return resolved === 'en'
        ? new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' })
        : `${year}年${month}月`;
    }
  }
}
