import { lazyCatalog } from '../../internal/localize.js';

export type Key =
  | 'heading.suggestion'
  | 'heading.micro-suggestion'
  | 'heading.people-suggestion'
  | 'intro'
  | 'toWorkstation'
  | 'toTopic'
  | 'optional'
  | 'category'
  | 'categoryPlaceholder'
  | 'categoriesLoading'
  | 'categoriesFailed'
  | 'retry'
  | 'title'
  | 'titleHint'
  | 'body'
  | 'bodyHint'
  | 'count'
  | 'countOver'
  | 'location'
  | 'address'
  | 'addressHint'
  | 'useLocation'
  | 'located'
  | 'clearLocation'
  | 'addressForLocation'
  | 'photos'
  | 'photosHint'
  | 'addPhotos'
  | 'photosFull'
  | 'photoAlt'
  | 'photoRetry'
  | 'photoRemove'
  | 'tooManyPhotos'
  | 'contact'
  | 'contactReason'
  | 'name'
  | 'phone'
  | 'phoneHint'
  | 'anonymous'
  | 'anonymousHint'
  | 'consent'
  | 'submit'
  | 'draftRestored'
  | 'discardDraft';

// zh-CN is inline as the default; the others are fetched the first time a `lang` asks for them.
export const suggestionFormTerms = lazyCatalog<Key>(
  {
    'heading.suggestion': '我要提建议',
    'heading.micro-suggestion': '提交微建议',
    'heading.people-suggestion': '人民建议征集',
    intro: '带 * 的为必填项。填写内容会自动保存在本机，提交成功后清除。',
    toWorkstation: '提交至：{name}',
    toTopic: '关于话题：{name}',
    optional: '（选填）',
    category: '建议类别',
    categoryPlaceholder: '请选择类别',
    categoriesLoading: '正在加载类别…',
    categoriesFailed: '类别加载失败。',
    retry: '重新加载',
    title: '标题',
    titleHint: '一句话概括问题或建议，5–80 字',
    body: '具体内容',
    bodyHint: '说明问题的情况、发生的时间和您的建议，10–2000 字',
    count: '{count}/{max} 字',
    countOver: '已超出 {over} 字',
    location: '地点',
    address: '详细地址',
    addressHint: '如：岳阳楼区洞庭南路 12 号附近。具体地址不会公开，只显示到区县',
    useLocation: '使用我的位置',
    located: '已附上定位（{lat}, {lng}）',
    clearLocation: '移除定位',
    addressForLocation: '请再写一下地址或附近的标志，方便办理单位找到。',
    photos: '照片',
    photosHint: '最多 {max} 张，上传前会自动压缩',
    addPhotos: '添加照片',
    photosFull: '已添加 {max} 张照片',
    photoAlt: '照片 {n}',
    photoRetry: '重试',
    photoRemove: '移除照片 {n}',
    tooManyPhotos: '最多只能添加 {max} 张照片，多出的未添加',
    contact: '联系方式',
    contactReason: '姓名和手机号码至少填一项。仅用于办理单位联系您，不会公开。',
    name: '姓名',
    phone: '手机号码',
    phoneHint: '11 位手机号码',
    anonymous: '匿名提交',
    anonymousHint: '匿名提交时不留联系方式，办理单位无法联系您；您仍可凭查询码查看办理进展。',
    consent: '我同意办理单位使用以上联系方式与我联系',
    submit: '提交建议',
    draftRestored: '已恢复您上次未提交的内容。',
    discardDraft: '清空重填',
  },
  {
    'zh-TW': () => import('./suggestion-form.zh-TW.js'),
    en: () => import('./suggestion-form.en.js'),
  },
);
