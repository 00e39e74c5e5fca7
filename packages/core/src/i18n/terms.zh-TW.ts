import type { Terms } from './terms.js';

// zh-TW names, typed against the zh-CN source so a missing one fails to compile.
const zhTW: Terms = {
  status: {
    submitted: '待受理',
    accepted: '已受理',
    assigned: '已交辦',
    in_progress: '辦理中',
    replied: '已答覆',
    under_review: '複核中',
    closed: '已辦結',
    rejected: '不予受理',
    merged: '已合併',
  },
  action: {
    submit: '提交',
    accept: '受理',
    reject: '不予受理',
    merge: '合併',
    answer: '直接答覆',
    assign: '交辦',
    claim: '委員領辦',
    return: '退回',
    start: '開始辦理',
    reply: '答覆',
    rate: '評價',
    close: '辦結',
    urge: '催辦',
    supervise: '督辦',
    adopt: '採納',
    feature: '評為金點子',
  },
  channel: {
    web: '網站',
    mobile: '手機網頁',
    'wechat-mini': '微信小程式',
    'qr-code': '掃碼建言',
    workstation: '委員工作室',
    'hotline-12345': '12345 熱線',
    'leader-mailbox': '領導信箱',
    'field-survey': '走基層調研',
    member: '委員微建議',
  },
  replyKind: { explanation: '解釋說明', 'direct-answer': '直接答覆', 'consulted-answer': '會商答覆', handled: '辦理答覆' },
  satisfaction: { satisfied: '滿意', 'basically-satisfied': '基本滿意', unsatisfied: '不滿意' },
  unassigned: '未交辦',
};

export default zhTW;
