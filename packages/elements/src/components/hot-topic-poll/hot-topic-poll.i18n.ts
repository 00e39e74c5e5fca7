import { lazyCatalog } from '../../internal/localize.js';

export type Key =
  | 'loading'
  | 'loadFailed'
  | 'retry'
  | 'open'
  | 'closed'
  | 'upcoming'
  | 'period'
  | 'participants'
  | 'voters'
  | 'commentCount'
  | 'single'
  | 'maxChoices'
  | 'maxReached'
  | 'vote'
  | 'results'
  | 'option'
  | 'votes'
  | 'share'
  | 'yourChoice'
  | 'multipleNote'
  | 'closedNotice'
  | 'upcomingNotice'
  | 'comments'
  | 'filter'
  | 'allAspects'
  | 'commentList'
  | 'loadMore'
  | 'allShown'
  | 'noComments'
  | 'noCommentsAspect'
  | 'commentsFailed'
  | 'write'
  | 'aspect'
  | 'noAspect'
  | 'body'
  | 'bodyHint'
  | 'count'
  | 'nickname'
  | 'nicknameHint'
  | 'submit'
  | 'justNow'
  | 'minuteAgo'
  | 'minutesAgo'
  | 'hourAgo'
  | 'hoursAgo'
  | 'yesterday'
  | 'dayBeforeYesterday'
  | 'daysAgo';

// zh-CN is inline as the default; the others are fetched the first time a `lang` asks for them.
export const hotTopicPollTerms = lazyCatalog<Key>(
  {
    loading: '正在加载话题…',
    loadFailed: '话题加载失败',
    retry: '重试',
    open: '进行中',
    closed: '已结束',
    upcoming: '未开始',
    period: '征集时间：{from} 至 {to}',
    participants: '{count} 人参与',
    voters: '{count} 人投票',
    commentCount: '{count} 条留言',
    single: '单选',
    maxChoices: '最多选 {max} 项',
    maxReached: '已选 {max} 项，如需更换请先取消一项',
    vote: '投票',
    results: '投票结果',
    option: '选项',
    votes: '票数',
    share: '占比',
    yourChoice: '您的选择',
    multipleNote: '可多选，各项占比之和可能超过 100%。',
    closedNotice: '本话题已结束，投票和留言仅供查看。',
    upcomingNotice: '征集将于 {date} 开始，届时欢迎参与。',
    comments: '网友留言',
    filter: '按方面筛选',
    allAspects: '全部方面',
    commentList: '留言列表，最新的在前',
    loadMore: '加载更多留言',
    allShown: '已显示全部 {count} 条留言',
    noComments: '还没有留言。',
    noCommentsAspect: '这个方面还没有留言。',
    commentsFailed: '留言加载失败',
    write: '发表留言',
    aspect: '所属方面（选填）',
    noAspect: '不选择',
    body: '留言内容',
    bodyHint: '2–500 字。请勿填写手机号等个人信息。',
    count: '{count}/{max} 字',
    nickname: '昵称（选填）',
    nicknameHint: '不填写则显示为“网友”',
    submit: '发表留言',
    justNow: '刚刚',
    minuteAgo: '1分钟前',
    minutesAgo: '{count}分钟前',
    hourAgo: '1小时前',
    hoursAgo: '{count}小时前',
    yesterday: '昨天',
    dayBeforeYesterday: '前天',
    daysAgo: '{count}天前',
  },
  {
    'zh-TW': () => import('./hot-topic-poll.zh-TW.js'),
    en: () => import('./hot-topic-poll.en.js'),
  },
);
