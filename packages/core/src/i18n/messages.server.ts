// The zh-CN texts of errors that only the server (and the mocks standing in for it) give:
// kept out of ./messages.ts so the browser client and the widgets, which only show what
// the server says, do not carry them. Added with every locale by ./all-locales.js (Node,
// the mocks), and by the lifecycle functions whose refusals carry such a key, when they
// run in a browser. zh-TW and en keep them in their one file each.
import { zhCNPart } from './zh-cn-part.js';

const zhCNServer = {
  email: '请输入正确的电子邮箱',
  url: '链接格式不正确',
  attachmentType: '只能上传 JPEG、PNG、WebP 或 GIF 图片',
  attachmentSize: '图片不能超过 {max} MB',
  mergeIntoSelf: '不能合并到自身',
  maxChoices: '最多可选 {max} 项',
  singleChoice: '只能选择一项',
  dueInPast: '办理期限不能早于当前时间',
  actionNotAllowed: '当前状态（{status}）下不能执行“{action}”',
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
  duplicateExternalRef: '这个来源编号已经提交过（查询码 {id}），无需重复提交',
  externalRefNotAllowed: '只有接入系统和工作人员可以填写来源编号',
} as const;

export type ServerMessageKey = keyof typeof zhCNServer;

// PURE: making the adder changes nothing, so a bundle that never calls it leaves the texts out.
export const addServerMessages = /* @__PURE__ */ zhCNPart(zhCNServer);
