import { lazyCatalog } from '../../internal/localize.js';

export type Key =
  | 'lookupTitle'
  | 'lookupIntro'
  | 'code'
  | 'codeHint'
  | 'key'
  | 'keyHint'
  | 'lookup'
  | 'codeRequired'
  | 'codeFormat'
  | 'keyFormat'
  | 'loading'
  | 'loadFailed'
  | 'retry'
  | 'statusChanged';

// The terms of the lookup form, the skeleton and the error view; the loaded suggestion's
// own are in ./suggestion-view.i18n.ts, fetched with it. zh-CN is inline as the default;
// the others are fetched the first time a `lang` asks for them.
export const statusTrackerTerms = lazyCatalog<Key>(
  {
    lookupTitle: '查询建议办理进度',
    lookupIntro: '请输入提交建议时获得的查询码。填写查询密钥可查看完整信息并评价办理结果。',
    code: '查询码',
    codeHint: '例如 JY7K3M9Q2XRT',
    key: '查询密钥（选填）',
    keyHint: '与查询码一同发给您的密钥',
    lookup: '查询',
    codeRequired: '请输入查询码',
    codeFormat: '查询码只含字母、数字、“-”和“_”',
    keyFormat: '查询密钥至少 16 位，请核对',
    loading: '正在加载办理进度…',
    loadFailed: '暂时无法加载办理进度',
    retry: '重试',
    statusChanged: '办理进度已更新：{status}',
  },
  {
    'zh-TW': () => import('./status-tracker.zh-TW.js'),
    en: () => import('./status-tracker.en.js'),
  },
);
