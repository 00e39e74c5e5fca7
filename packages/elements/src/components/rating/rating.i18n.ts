import type { Catalog } from '../../internal/localize.js';

type Key =
  | 'question'
  | 'satisfied'
  | 'basicallySatisfied'
  | 'unsatisfied'
  | 'solvedQuestion'
  | 'yes'
  | 'no'
  | 'comment'
  | 'commentHint'
  | 'count'
  | 'submit'
  | 'sending'
  | 'thanks'
  | 'chooseSatisfaction'
  | 'chooseSolved';

export const ratingTerms: Catalog<Key> = {
  'zh-CN': {
    question: '您对办理结果满意吗？',
    satisfied: '满意',
    basicallySatisfied: '基本满意',
    unsatisfied: '不满意',
    solvedQuestion: '您反映的问题解决了吗？',
    yes: '已解决',
    no: '未解决',
    comment: '评价意见（选填）',
    commentHint: '不满意或未解决时，写明原因有助于复核',
    count: '{count}/{max} 字',
    submit: '提交评价',
    sending: '正在提交…',
    thanks: '感谢您的评价！',
    chooseSatisfaction: '请选择满意程度',
    chooseSolved: '请选择问题是否解决',
  },
  'zh-TW': {
    question: '您對辦理結果滿意嗎？',
    satisfied: '滿意',
    basicallySatisfied: '基本滿意',
    unsatisfied: '不滿意',
    solvedQuestion: '您反映的問題解決了嗎？',
    yes: '已解決',
    no: '未解決',
    comment: '評價意見（選填）',
    commentHint: '不滿意或未解決時，寫明原因有助於複核',
    count: '{count}/{max} 字',
    submit: '提交評價',
    sending: '正在提交…',
    thanks: '感謝您的評價！',
    chooseSatisfaction: '請選擇滿意程度',
    chooseSolved: '請選擇問題是否解決',
  },
  en: {
    question: 'Are you satisfied with how it was handled?',
    satisfied: 'Satisfied',
    basicallySatisfied: 'Basically satisfied',
    unsatisfied: 'Unsatisfied',
    solvedQuestion: 'Was the problem solved?',
    yes: 'Solved',
    no: 'Not solved',
    comment: 'Comment (optional)',
    commentHint: 'If you are not satisfied, saying why helps the review',
    count: '{count}/{max} characters',
    submit: 'Send rating',
    sending: 'Sending…',
    thanks: 'Thank you for your rating!',
    chooseSatisfaction: 'Choose how satisfied you are',
    chooseSolved: 'Say whether the problem was solved',
  },
};
