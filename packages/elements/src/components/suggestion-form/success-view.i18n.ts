import { lazyCatalog } from '../../internal/localize.js';

// The success view's own terms, fetched with it (./success-view.js); the five it shares
// with the plain fallback view are in the table of ./actions.i18n.js.
export type Key =
  | 'received'
  | 'successIntro'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'track'
  | 'save'
  | 'saveName'
  | 'saveTitle'
  | 'saveDate'
  | 'saveLink'
  | 'saveWarning';

// zh-CN is inline as the default; the others are fetched the first time a `lang` asks for them.
export const successViewTerms = lazyCatalog<Key>(
  {
    received: '您的建议“{title}”已收到。',
    successIntro: '请保存好下面的查询码和查询密钥，用于查看办理进展和评价结果。',
    copy: '复制{what}',
    copied: '已复制{what}',
    copyFailed: '无法自动复制，请长按上面的{what}手动复制',
    track: '查看办理进展',
    save: '保存为文件',
    saveName: '建议查询凭证',
    saveTitle: '建议标题',
    saveDate: '提交时间',
    saveLink: '查询地址',
    saveWarning: '请妥善保管：查询密钥相当于密码，请勿告诉他人。',
  },
  {
    'zh-TW': () => import('./success-view.zh-TW.js'),
    en: () => import('./success-view.en.js'),
  },
);
