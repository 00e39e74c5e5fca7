import type { Terms } from './terms.js';

// en names, typed against the zh-CN source so a missing one fails to compile.
const en: Terms = {
  status: {
    submitted: 'awaiting acceptance',
    accepted: 'accepted',
    assigned: 'assigned',
    in_progress: 'in progress',
    replied: 'replied',
    under_review: 'under review',
    closed: 'closed',
    rejected: 'not accepted',
    merged: 'merged',
  },
  action: {
    submit: 'submit',
    accept: 'accept',
    reject: 'decline',
    merge: 'merge',
    answer: 'answer directly',
    assign: 'assign',
    claim: 'claim',
    return: 'return',
    start: 'start handling',
    reply: 'reply',
    rate: 'rate',
    close: 'close',
    urge: 'urge',
    supervise: 'supervise',
    adopt: 'adopt',
    feature: 'feature as a golden idea',
  },
  channel: {
    web: 'website',
    mobile: 'mobile web',
    'wechat-mini': 'WeChat mini program',
    'qr-code': 'QR code',
    workstation: 'member workstation',
    'hotline-12345': '12345 hotline',
    'leader-mailbox': 'leaders’ mailbox',
    'field-survey': 'field survey',
    member: 'member micro-suggestion',
  },
  replyKind: { explanation: 'explanation', 'direct-answer': 'direct answer', 'consulted-answer': 'answer after consultation', handled: 'handled' },
  satisfaction: { satisfied: 'satisfied', 'basically-satisfied': 'basically satisfied', unsatisfied: 'unsatisfied' },
  unassigned: 'not assigned',
};

export default en;
