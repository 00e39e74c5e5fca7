import { lazyCatalog } from '../../internal/localize.js';

export type Key =
  | 'question'
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

// zh-CN is inline as the default; the others are fetched the first time a `lang` asks for them.
export const ratingTerms = lazyCatalog<Key>(
  {
    question: '您对办理结果满意吗？',
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
  {
    'zh-TW': () => import('./rating.zh-TW.js'),
    en: () => import('./rating.en.js'),
  },
);
