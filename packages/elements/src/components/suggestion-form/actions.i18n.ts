import { lazyCatalog } from '../../internal/localize.js';

// The terms of what runs once the citizen acts (./actions.js), fetched with it: the
// location's progress, the submit's messages and the plain success view. The success
// view (./success-view.js) shows the codes' names and the warning from here too.
export type Key =
  | 'locating'
  | 'locationDenied'
  | 'locationUnavailable'
  | 'photosPending'
  | 'photosFailed'
  | 'fixErrors'
  | 'sending'
  | 'successHeading'
  | 'trackingCode'
  | 'accessKey'
  | 'accessKeyWarning'
  | 'another';

// zh-CN is inline as the default; the others are fetched the first time a `lang` asks for them.
export const actionTerms = lazyCatalog<Key>(
  {
    locating: '正在获取位置…',
    locationDenied: '没有获得定位权限。可以在浏览器设置中允许定位，或直接填写地址。',
    locationUnavailable: '暂时无法获取位置，请直接填写地址。',
    photosPending: '照片还在上传，请稍候再提交',
    photosFailed: '有照片没有上传成功：请点“重试”或移除它',
    fixErrors: '有 {count} 处需要修改，请按提示填写',
    sending: '正在提交…',
    successHeading: '提交成功',
    trackingCode: '查询码',
    accessKey: '查询密钥',
    accessKeyWarning: '查询密钥相当于密码，请勿告诉他人；丢失后无法找回。',
    another: '再提一条建议',
  },
  {
    'zh-TW': () => import('./actions.zh-TW.js'),
    en: () => import('./actions.en.js'),
  },
);
