/**
 * Every message the SDK itself can show a person: validation messages of the schemas and
 * the texts of errors. The widgets have their own UI terms; these are shared so that the
 * client, the server and the widgets say the same thing about the same mistake.
 *
 * zh-CN is the source; the other locales are typed against it, so a missing term fails to
 * compile.
 */
export const locales = ['zh-CN', 'zh-TW', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

const zhCN = {
  required: '此项为必填项',
  invalidType: '格式不正确',
  unknownField: '不支持的字段',
  tooShort: '至少需要 {min} 个字',
  tooLong: '不能超过 {max} 个字',
  tooMany: '最多 {max} 项',
  tooFew: '至少选择 {min} 项',
  phone: '请输入正确的 11 位手机号码',
  email: '请输入正确的电子邮箱',
  url: '链接格式不正确',
  dateTime: '日期时间格式不正确',
  choice: '请从列表中选择',
  latitude: '纬度应在 -90 到 90 之间',
  longitude: '经度应在 -180 到 180 之间',
  consent: '请阅读并同意个人信息使用说明',
  contactNeeded: '实名提交需要填写姓名或手机号码；不想留联系方式请选择“匿名提交”',
  attachmentType: '只能上传 JPEG、PNG、WebP 或 GIF 图片',
  attachmentSize: '图片不能超过 {max} MB',
  reasonRequired: '请填写理由',
  mergeIntoSelf: '不能合并到自身',
  maxChoices: '最多可选 {max} 项',
  singleChoice: '只能选择一项',
  dueInPast: '办理期限不能早于当前时间',
  // errors of the client and the lifecycle
  network: '网络连接失败，请检查网络后重试；您填写的内容已保留',
  timeout: '服务器响应超时，请稍后重试；您填写的内容已保留',
  aborted: '请求已取消',
  invalidResponse: '服务器返回的数据无法识别，请稍后重试或联系网站管理员',
  validationFailed: '提交的内容有误，请按提示修改',
  actionNotAllowed: '当前状态（{status}）下不能执行“{action}”',
  forbidden: '您没有权限执行此操作',
  notFound: '未找到该记录，请核对查询码',
  rateLimited: '操作过于频繁，请 {seconds} 秒后再试',
  serverError: '服务器暂时无法处理请求，请稍后重试',
  conflict: '该记录已被他人修改，请刷新后重试',
  invalidJson: '请求内容不是有效的 JSON',
  payloadTooLarge: '提交的内容过大',
  unauthorized: '登录凭证无效或已停用，请联系管理员',
  idempotencyMismatch: '这次提交与上一次未完成的提交内容不同，请刷新页面后重新提交',
  idempotencyInProgress: '相同的请求正在处理中，请稍候',
  topicClosed: '该话题已结束，不能再投票或留言',
  topicNotOpen: '该话题尚未开始',
  unsupportedMedia: '只能上传 JPEG、PNG、WebP 或 GIF 图片',
  unknownReference: '所选项目不存在',
  invalidAccessKey: '查询密钥与该建议不符，请核对后重试',
} as const;

export type MessageKey = keyof typeof zhCN;
type Messages = Record<MessageKey, string>;

const zhTW: Messages = {
  required: '此項為必填項',
  invalidType: '格式不正確',
  unknownField: '不支援的欄位',
  tooShort: '至少需要 {min} 個字',
  tooLong: '不能超過 {max} 個字',
  tooMany: '最多 {max} 項',
  tooFew: '至少選擇 {min} 項',
  phone: '請輸入正確的 11 位手機號碼',
  email: '請輸入正確的電子郵箱',
  url: '連結格式不正確',
  dateTime: '日期時間格式不正確',
  choice: '請從清單中選擇',
  latitude: '緯度應在 -90 到 90 之間',
  longitude: '經度應在 -180 到 180 之間',
  consent: '請閱讀並同意個人資料使用說明',
  contactNeeded: '實名提交需要填寫姓名或手機號碼；不想留聯絡方式請選擇「匿名提交」',
  attachmentType: '只能上傳 JPEG、PNG、WebP 或 GIF 圖片',
  attachmentSize: '圖片不能超過 {max} MB',
  reasonRequired: '請填寫理由',
  mergeIntoSelf: '不能合併到自身',
  maxChoices: '最多可選 {max} 項',
  singleChoice: '只能選擇一項',
  dueInPast: '辦理期限不能早於當前時間',
  network: '網路連線失敗，請檢查網路後重試；您填寫的內容已保留',
  timeout: '伺服器回應逾時，請稍後重試；您填寫的內容已保留',
  aborted: '請求已取消',
  invalidResponse: '伺服器回傳的資料無法識別，請稍後重試或聯絡網站管理員',
  validationFailed: '提交的內容有誤，請依提示修改',
  actionNotAllowed: '目前狀態（{status}）下不能執行「{action}」',
  forbidden: '您沒有權限執行此操作',
  notFound: '找不到該記錄，請核對查詢碼',
  rateLimited: '操作過於頻繁，請 {seconds} 秒後再試',
  serverError: '伺服器暫時無法處理請求，請稍後重試',
  conflict: '該記錄已被他人修改，請重新整理後重試',
  invalidJson: '請求內容不是有效的 JSON',
  payloadTooLarge: '提交的內容過大',
  unauthorized: '登入憑證無效或已停用，請聯絡管理員',
  idempotencyMismatch: '這次提交與上一次未完成的提交內容不同，請重新整理頁面後再提交',
  idempotencyInProgress: '相同的請求正在處理中，請稍候',
  topicClosed: '該話題已結束，不能再投票或留言',
  topicNotOpen: '該話題尚未開始',
  unsupportedMedia: '只能上傳 JPEG、PNG、WebP 或 GIF 圖片',
  unknownReference: '所選項目不存在',
  invalidAccessKey: '查詢密鑰與該建議不符，請核對後重試',
};

const en: Messages = {
  required: 'This field is required',
  invalidType: 'This value has the wrong format',
  unknownField: 'This field is not supported',
  tooShort: 'Enter at least {min} characters',
  tooLong: 'Enter at most {max} characters',
  tooMany: 'Choose at most {max}',
  tooFew: 'Choose at least {min}',
  phone: 'Enter a valid 11-digit mainland China mobile number',
  email: 'Enter a valid e-mail address',
  url: 'Enter a valid link',
  dateTime: 'Enter a valid date and time',
  choice: 'Choose one of the listed values',
  latitude: 'Latitude must be between -90 and 90',
  longitude: 'Longitude must be between -180 and 180',
  consent: 'Please read and accept how your personal data is used',
  contactNeeded: 'Give a name or a phone number, or choose “submit anonymously”',
  attachmentType: 'Only JPEG, PNG, WebP or GIF images can be uploaded',
  attachmentSize: 'An image may be at most {max} MB',
  reasonRequired: 'Please give a reason',
  mergeIntoSelf: 'A suggestion cannot be merged into itself',
  maxChoices: 'Choose at most {max} options',
  singleChoice: 'Choose only one option',
  dueInPast: 'The due date cannot be in the past',
  network: 'Could not reach the server. Check your connection and try again; what you typed is kept',
  timeout: 'The server took too long to answer. Try again later; what you typed is kept',
  aborted: 'The request was cancelled',
  invalidResponse: 'The server sent data that could not be read. Try again later or contact the site administrator',
  validationFailed: 'Some fields need your attention',
  actionNotAllowed: '“{action}” is not possible while the suggestion is {status}',
  forbidden: 'You are not allowed to do this',
  notFound: 'Nothing was found; check the tracking code',
  rateLimited: 'Too many requests; try again in {seconds} seconds',
  serverError: 'The server could not handle the request; try again later',
  conflict: 'Someone else changed this record; reload and try again',
  invalidJson: 'The request body is not valid JSON',
  payloadTooLarge: 'The request is too large',
  unauthorized: 'This token is invalid or disabled; contact the administrator',
  idempotencyMismatch: 'This idempotency key was already used with different content',
  idempotencyInProgress: 'The same request is still being handled; wait a moment',
  topicClosed: 'This topic has closed; votes and comments are no longer taken',
  topicNotOpen: 'This topic has not opened yet',
  unsupportedMedia: 'Only JPEG, PNG, WebP or GIF images can be uploaded',
  unknownReference: 'The chosen item does not exist',
  invalidAccessKey: 'This access key does not belong to this suggestion; check it and try again',
};

const catalogs: Record<Locale, Messages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

/** Picks the best supported locale for a BCP 47 tag (`zh-Hant-HK` → zh-TW, `en-GB` → en). */
export function resolveLocale(tag: string | null | undefined): Locale {
  if (!tag) return defaultLocale;
  const lower = tag.toLowerCase();
  if (lower.startsWith('en')) return 'en';
  if (/^zh-(tw|hk|mo|hant)/.test(lower)) return 'zh-TW';
  return 'zh-CN';
}

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function message(
  key: MessageKey,
  locale: string | undefined = defaultLocale,
  params: Record<string, string | number> = {},
): string {
  const template = catalogs[resolveLocale(locale)][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
