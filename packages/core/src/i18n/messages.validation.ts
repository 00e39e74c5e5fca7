// The zh-CN messages of the schemas (a field left empty, too long, a wrong phone number):
// added when the schemas load (../model/shared.js), so a browser page fetches them with
// the schemas, the first time a citizen's input is checked. Node adds them with every
// locale (./all-locales.js). zh-TW and en keep them in their one file each.
import { zhCNPart } from './zh-cn-part.js';

const zhCNValidation = {
  required: '此项为必填项',
  invalidType: '格式不正确',
  unknownField: '不支持的字段',
  tooShort: '至少需要 {min} 个字',
  tooLong: '不能超过 {max} 个字',
  tooMany: '最多 {max} 项',
  tooFew: '至少选择 {min} 项',
  phone: '请输入正确的 11 位手机号码',
  dateTime: '日期时间格式不正确',
  choice: '请从列表中选择',
  latitude: '纬度应在 -90 到 90 之间',
  longitude: '经度应在 -180 到 180 之间',
  consent: '请阅读并同意个人信息使用说明',
  contactNeeded: '实名提交需要填写姓名或手机号码；不想留联系方式请选择“匿名提交”',
  reasonRequired: '请填写理由',
} as const;

export type ValidationMessageKey = keyof typeof zhCNValidation;

// PURE: making the adder changes nothing, so a bundle that never calls it leaves the texts out.
export const addValidationMessages = /* @__PURE__ */ zhCNPart(zhCNValidation);
