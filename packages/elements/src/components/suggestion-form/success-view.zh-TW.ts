import type { Terms } from '../../internal/localize.js';
import type { Key } from './success-view.i18n.js';

// zh-TW terms of the success view of <jy-suggestion-form>, typed against the zh-CN source.
const zhTW: Terms<Key> = {
  received: '您的建議「{title}」已收到。',
  successIntro: '請保存好下面的查詢碼和查詢密鑰，用於查看辦理進度和評價結果。',
  copy: '複製{what}',
  copied: '已複製{what}',
  copyFailed: '無法自動複製，請長按上面的{what}手動複製',
  track: '查看辦理進度',
  save: '儲存為檔案',
  saveName: '建議查詢憑證',
  saveTitle: '建議標題',
  saveDate: '提交時間',
  saveLink: '查詢網址',
  saveWarning: '請妥善保管：查詢密鑰相當於密碼，請勿告訴他人。',
};

export default zhTW;
