import type { Terms } from '../../internal/localize.js';
import type { Key } from './status-tracker.i18n.js';

// zh-TW terms of <jy-status-tracker>, typed against the zh-CN source so a missing term fails to compile.
const zhTW: Terms<Key> = {
  lookupTitle: '查詢建議辦理進度',
  lookupIntro: '請輸入提交建議時獲得的查詢碼。填寫查詢密鑰可查看完整資訊並評價辦理結果。',
  code: '查詢碼',
  codeHint: '例如 JY7K3M9Q2XRT',
  key: '查詢密鑰（選填）',
  keyHint: '與查詢碼一同發給您的密鑰',
  lookup: '查詢',
  codeRequired: '請輸入查詢碼',
  codeFormat: '查詢碼只含字母、數字、「-」和「_」',
  keyFormat: '查詢密鑰至少 16 位，請核對',
  loading: '正在載入辦理進度…',
  loadFailed: '暫時無法載入辦理進度',
  retry: '重試',
  statusChanged: '辦理進度已更新：{status}',
};

export default zhTW;
