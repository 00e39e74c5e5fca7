import type { Terms } from '../../internal/localize.js';
import type { Key } from './actions.i18n.js';

// zh-TW terms of what <jy-suggestion-form> fetches once the citizen acts, typed against the zh-CN source.
const zhTW: Terms<Key> = {
  locating: '正在取得位置…',
  locationDenied: '沒有取得定位權限。可以在瀏覽器設定中允許定位，或直接填寫地址。',
  locationUnavailable: '暫時無法取得位置，請直接填寫地址。',
  photosPending: '照片還在上傳，請稍候再提交',
  photosFailed: '有照片沒有上傳成功：請點「重試」或移除它',
  fixErrors: '有 {count} 處需要修改，請依提示填寫',
  sending: '正在提交…',
  successHeading: '提交成功',
  trackingCode: '查詢碼',
  accessKey: '查詢密鑰',
  accessKeyWarning: '查詢密鑰相當於密碼，請勿告訴他人；遺失後無法找回。',
  another: '再提一條建議',
};

export default zhTW;
