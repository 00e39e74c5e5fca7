import type { Catalog } from '../../internal/localize.js';

type Key =
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
  | 'voting'
  | 'counted'
  | 'votedBefore'
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
  | 'loadingMore'
  | 'shown'
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
  | 'sending'
  | 'posted'
  | 'waitSeconds'
  | 'justNow';

export const hotTopicPollTerms: Catalog<Key> = {
  'zh-CN': {
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
    voting: '正在提交…',
    counted: '感谢参与！您的投票已计入。',
    votedBefore: '您已经投过票，以下是您之前的选择。',
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
    loadingMore: '正在加载…',
    shown: '已显示 {count} 条留言',
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
    sending: '正在发表…',
    posted: '留言已发表，感谢您的建议！',
    waitSeconds: '{seconds} 秒后可再发表',
    justNow: '刚刚',
  },
  'zh-TW': {
    loading: '正在載入話題…',
    loadFailed: '話題載入失敗',
    retry: '重試',
    open: '進行中',
    closed: '已結束',
    upcoming: '未開始',
    period: '徵集時間：{from} 至 {to}',
    participants: '{count} 人參與',
    voters: '{count} 人投票',
    commentCount: '{count} 則留言',
    single: '單選',
    maxChoices: '最多選 {max} 項',
    maxReached: '已選 {max} 項，如需更換請先取消一項',
    vote: '投票',
    voting: '正在送出…',
    counted: '感謝參與！您的投票已計入。',
    votedBefore: '您已經投過票，以下是您之前的選擇。',
    results: '投票結果',
    option: '選項',
    votes: '票數',
    share: '佔比',
    yourChoice: '您的選擇',
    multipleNote: '可複選，各項佔比之和可能超過 100%。',
    closedNotice: '本話題已結束，投票和留言僅供檢視。',
    upcomingNotice: '徵集將於 {date} 開始，屆時歡迎參與。',
    comments: '網友留言',
    filter: '依面向篩選',
    allAspects: '全部面向',
    commentList: '留言列表，最新的在前',
    loadMore: '載入更多留言',
    loadingMore: '正在載入…',
    shown: '已顯示 {count} 則留言',
    allShown: '已顯示全部 {count} 則留言',
    noComments: '還沒有留言。',
    noCommentsAspect: '這個面向還沒有留言。',
    commentsFailed: '留言載入失敗',
    write: '發表留言',
    aspect: '所屬面向（選填）',
    noAspect: '不選擇',
    body: '留言內容',
    bodyHint: '2–500 字。請勿填寫手機號碼等個人資料。',
    count: '{count}/{max} 字',
    nickname: '暱稱（選填）',
    nicknameHint: '不填寫則顯示為「網友」',
    submit: '發表留言',
    sending: '正在發表…',
    posted: '留言已發表，感謝您的建議！',
    waitSeconds: '{seconds} 秒後可再發表',
    justNow: '剛剛',
  },
  en: {
    loading: 'Loading the topic…',
    loadFailed: 'The topic could not be loaded',
    retry: 'Try again',
    open: 'Open',
    closed: 'Closed',
    upcoming: 'Not open yet',
    period: 'Open from {from} to {to}',
    participants: '{count} taking part',
    voters: '{count} voted',
    commentCount: '{count} comments',
    single: 'Choose one',
    maxChoices: 'Choose up to {max}',
    maxReached: '{max} chosen; untick one to change your choice',
    vote: 'Vote',
    voting: 'Sending…',
    counted: 'Thank you! Your vote has been counted.',
    votedBefore: 'You have already voted; this was your choice.',
    results: 'Results',
    option: 'Option',
    votes: 'Votes',
    share: 'Share',
    yourChoice: 'Your choice',
    multipleNote: 'Several options could be chosen, so the shares can add up to more than 100%.',
    closedNotice: 'This topic has closed; votes and comments are shown for reference.',
    upcomingNotice: 'This topic opens on {date}.',
    comments: 'Comments',
    filter: 'Filter by aspect',
    allAspects: 'All aspects',
    commentList: 'Comments, newest first',
    loadMore: 'Load more comments',
    loadingMore: 'Loading…',
    shown: '{count} comments shown',
    allShown: 'All {count} comments shown',
    noComments: 'No comments yet.',
    noCommentsAspect: 'No comments on this aspect yet.',
    commentsFailed: 'The comments could not be loaded',
    write: 'Write a comment',
    aspect: 'Aspect (optional)',
    noAspect: 'None',
    body: 'Your comment',
    bodyHint: '2–500 characters. Please leave out phone numbers and other personal details.',
    count: '{count}/{max} characters',
    nickname: 'Nickname (optional)',
    nicknameHint: 'Shown as “网友” (netizen) when empty',
    submit: 'Post comment',
    sending: 'Posting…',
    posted: 'Your comment is posted. Thank you!',
    waitSeconds: 'You can post again in {seconds} s',
    justNow: 'just now',
  },
};
