import type { Terms } from '../../internal/localize.js';
import type { Key } from './rating.i18n.js';

// zh-TW terms of <jy-rating>, typed against the zh-CN source so a missing term fails to compile.
const zhTW: Terms<Key> = {
  question: '您對辦理結果滿意嗎？',
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
};

export default zhTW;
