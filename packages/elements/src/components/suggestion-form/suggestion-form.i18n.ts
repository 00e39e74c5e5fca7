import type { Catalog } from '../../internal/localize.js';

type Key =
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
  | 'locating'
  | 'located'
  | 'clearLocation'
  | 'addressForLocation'
  | 'locationDenied'
  | 'locationUnavailable'
  | 'photos'
  | 'photosHint'
  | 'addPhotos'
  | 'photosFull'
  | 'photoAlt'
  | 'photoPreparing'
  | 'photoUploading'
  | 'photoProgress'
  | 'photoDone'
  | 'photoUnreadable'
  | 'photoRetry'
  | 'photoRemove'
  | 'photosPending'
  | 'photosFailed'
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
  | 'sending'
  | 'fixErrors'
  | 'draftRestored'
  | 'discardDraft'
  | 'successHeading'
  | 'successIntro'
  | 'received'
  | 'trackingCode'
  | 'accessKey'
  | 'accessKeyWarning'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'track'
  | 'save'
  | 'saveName'
  | 'saveTitle'
  | 'saveDate'
  | 'saveLink'
  | 'saveWarning'
  | 'another';

export const suggestionFormTerms: Catalog<Key> = {
  'zh-CN': {
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
    locating: '正在获取位置…',
    located: '已附上定位（{lat}, {lng}）',
    clearLocation: '移除定位',
    addressForLocation: '请再写一下地址或附近的标志，方便办理单位找到。',
    locationDenied: '没有获得定位权限。可以在浏览器设置中允许定位，或直接填写地址。',
    locationUnavailable: '暂时无法获取位置，请直接填写地址。',
    photos: '照片',
    photosHint: '最多 {max} 张，上传前会自动压缩',
    addPhotos: '添加照片',
    photosFull: '已添加 {max} 张照片',
    photoAlt: '照片 {n}',
    photoPreparing: '正在压缩…',
    photoUploading: '正在上传 {percent}%',
    photoProgress: '照片 {n} 上传进度',
    photoDone: '已上传',
    photoUnreadable: '无法读取这张图片，请换一张 JPEG 或 PNG 照片',
    photoRetry: '重试',
    photoRemove: '移除照片 {n}',
    photosPending: '照片还在上传，请稍候再提交',
    photosFailed: '有照片没有上传成功：请点“重试”或移除它',
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
    sending: '正在提交…',
    fixErrors: '有 {count} 处需要修改，请按提示填写',
    draftRestored: '已恢复您上次未提交的内容。',
    discardDraft: '清空重填',
    successHeading: '提交成功',
    received: '您的建议“{title}”已收到。',
    successIntro: '请保存好下面的查询码和查询密钥，用于查看办理进展和评价结果。',
    trackingCode: '查询码',
    accessKey: '查询密钥',
    accessKeyWarning: '查询密钥相当于密码，请勿告诉他人；丢失后无法找回。',
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
    another: '再提一条建议',
  },
  'zh-TW': {
    'heading.suggestion': '我要提建議',
    'heading.micro-suggestion': '提交微建議',
    'heading.people-suggestion': '人民建議徵集',
    intro: '帶 * 的為必填項。填寫內容會自動儲存在本機，提交成功後清除。',
    toWorkstation: '提交至：{name}',
    toTopic: '關於話題：{name}',
    optional: '（選填）',
    category: '建議類別',
    categoryPlaceholder: '請選擇類別',
    categoriesLoading: '正在載入類別…',
    categoriesFailed: '類別載入失敗。',
    retry: '重新載入',
    title: '標題',
    titleHint: '一句話概括問題或建議，5–80 字',
    body: '具體內容',
    bodyHint: '說明問題的情況、發生的時間和您的建議，10–2000 字',
    count: '{count}/{max} 字',
    countOver: '已超出 {over} 字',
    location: '地點',
    address: '詳細地址',
    addressHint: '如：岳陽樓區洞庭南路 12 號附近。具體地址不會公開，只顯示到區縣',
    useLocation: '使用我的位置',
    locating: '正在取得位置…',
    located: '已附上定位（{lat}, {lng}）',
    clearLocation: '移除定位',
    addressForLocation: '請再寫一下地址或附近的標誌，方便辦理單位找到。',
    locationDenied: '沒有取得定位權限。可以在瀏覽器設定中允許定位，或直接填寫地址。',
    locationUnavailable: '暫時無法取得位置，請直接填寫地址。',
    photos: '照片',
    photosHint: '最多 {max} 張，上傳前會自動壓縮',
    addPhotos: '新增照片',
    photosFull: '已新增 {max} 張照片',
    photoAlt: '照片 {n}',
    photoPreparing: '正在壓縮…',
    photoUploading: '正在上傳 {percent}%',
    photoProgress: '照片 {n} 上傳進度',
    photoDone: '已上傳',
    photoUnreadable: '無法讀取這張圖片，請換一張 JPEG 或 PNG 照片',
    photoRetry: '重試',
    photoRemove: '移除照片 {n}',
    photosPending: '照片還在上傳，請稍候再提交',
    photosFailed: '有照片沒有上傳成功：請點「重試」或移除它',
    tooManyPhotos: '最多只能新增 {max} 張照片，多出的未新增',
    contact: '聯絡方式',
    contactReason: '姓名和手機號碼至少填一項。僅用於辦理單位聯絡您，不會公開。',
    name: '姓名',
    phone: '手機號碼',
    phoneHint: '11 位手機號碼',
    anonymous: '匿名提交',
    anonymousHint: '匿名提交時不留聯絡方式，辦理單位無法聯絡您；您仍可憑查詢碼查看辦理進度。',
    consent: '我同意辦理單位使用以上聯絡方式與我聯絡',
    submit: '提交建議',
    sending: '正在提交…',
    fixErrors: '有 {count} 處需要修改，請依提示填寫',
    draftRestored: '已恢復您上次未提交的內容。',
    discardDraft: '清空重填',
    successHeading: '提交成功',
    received: '您的建議「{title}」已收到。',
    successIntro: '請保存好下面的查詢碼和查詢密鑰，用於查看辦理進度和評價結果。',
    trackingCode: '查詢碼',
    accessKey: '查詢密鑰',
    accessKeyWarning: '查詢密鑰相當於密碼，請勿告訴他人；遺失後無法找回。',
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
    another: '再提一條建議',
  },
  en: {
    'heading.suggestion': 'Make a suggestion',
    'heading.micro-suggestion': 'Submit a micro-suggestion',
    'heading.people-suggestion': "People's suggestions",
    intro: 'Fields marked * are required. What you type is saved on this device until it is sent.',
    toWorkstation: 'To: {name}',
    toTopic: 'On the topic: {name}',
    optional: ' (optional)',
    category: 'Category',
    categoryPlaceholder: 'Choose a category',
    categoriesLoading: 'Loading categories…',
    categoriesFailed: 'The categories could not be loaded.',
    retry: 'Try again',
    title: 'Title',
    titleHint: 'The problem or idea in one line, 5–80 characters',
    body: 'Details',
    bodyHint: 'What happens, where and since when, and what you suggest; 10–2000 characters',
    count: '{count}/{max} characters',
    countOver: '{over} characters too many',
    location: 'Place',
    address: 'Address',
    addressHint: 'E.g. near 12 Dongting South Road. The exact address is not published, only the district',
    useLocation: 'Use my location',
    locating: 'Finding your location…',
    located: 'Location attached ({lat}, {lng})',
    clearLocation: 'Remove location',
    addressForLocation: 'Please also type the address or a landmark, so the department can find the place.',
    locationDenied: 'Location access was not allowed. Allow it in the browser settings, or type the address.',
    locationUnavailable: 'Your location could not be found; please type the address.',
    photos: 'Photos',
    photosHint: 'Up to {max}; they are made smaller before upload',
    addPhotos: 'Add photos',
    photosFull: '{max} photos added',
    photoAlt: 'Photo {n}',
    photoPreparing: 'Preparing…',
    photoUploading: 'Uploading {percent}%',
    photoProgress: 'Upload of photo {n}',
    photoDone: 'Uploaded',
    photoUnreadable: 'This image cannot be read; choose a JPEG or PNG photo',
    photoRetry: 'Retry',
    photoRemove: 'Remove photo {n}',
    photosPending: 'Photos are still uploading; wait a moment before sending',
    photosFailed: 'A photo did not upload: retry it or remove it',
    tooManyPhotos: 'At most {max} photos; the others were not added',
    contact: 'Contact',
    contactReason: 'Give at least a name or a mobile number. They are only for the handling department to contact you and are never published.',
    name: 'Name',
    phone: 'Mobile number',
    phoneHint: '11-digit mobile number',
    anonymous: 'Submit anonymously',
    anonymousHint: 'Without contact details the department cannot reach you; you can still follow progress with the tracking code.',
    consent: 'I agree that the handling department may use these details to contact me',
    submit: 'Send suggestion',
    sending: 'Sending…',
    fixErrors: '{count} fields need your attention',
    draftRestored: 'What you typed last time has been restored.',
    discardDraft: 'Clear and start over',
    successHeading: 'Sent',
    received: 'Your suggestion “{title}” has been received.',
    successIntro: 'Keep the tracking code and access key below: you need them to follow the progress and rate the reply.',
    trackingCode: 'Tracking code',
    accessKey: 'Access key',
    accessKeyWarning: 'The access key works like a password: do not share it. It cannot be recovered if lost.',
    copy: 'Copy {what}',
    copied: '{what} copied',
    copyFailed: 'Could not copy; select the {what} above and copy it by hand',
    track: 'Follow its progress',
    save: 'Save as a file',
    saveName: 'Suggestion receipt',
    saveTitle: 'Title',
    saveDate: 'Sent on',
    saveLink: 'Follow it at',
    saveWarning: 'Keep this safe: the access key works like a password; do not share it.',
    another: 'Make another suggestion',
  },
};
