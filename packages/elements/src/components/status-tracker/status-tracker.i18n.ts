import type { Catalog } from '../../internal/localize.js';

type Key =
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
  | 'trackingCode'
  | 'progress'
  | 'stepSubmit'
  | 'stepAccept'
  | 'stepAssign'
  | 'stepHandle'
  | 'stepReply'
  | 'stepRate'
  | 'stepDone'
  | 'stepCurrent'
  | 'stepTodo'
  | 'stepSkipped'
  | 'stepStopped'
  | 'status'
  | 'department'
  | 'coDepartments'
  | 'unassigned'
  | 'acceptDue'
  | 'handlingDue'
  | 'overdue'
  | 'submittedAt'
  | 'channel'
  | 'content'
  | 'location'
  | 'contact'
  | 'photos'
  | 'publicView'
  | 'enterKey'
  | 'reply'
  | 'replyBy'
  | 'rejected'
  | 'rejectedReason'
  | 'merged'
  | 'openMerged'
  | 'backTo'
  | 'rateNow'
  | 'yourRating'
  | 'ratedAt'
  | 'solved'
  | 'notSolved'
  | 'underReview'
  | 'closedUnrated'
  | 'timeline'
  | 'newestFirst'
  | 'oldestFirst'
  | 'assignedTo'
  | 'mergedInto'
  | 'reason'
  | 'statusChanged'
  | 'otherSuggestion'
  | 'colon'
  | 'stepState'
  | 'overdueMark'
  | 'roleCitizen'
  | 'roleMember'
  | 'roleIntegrator'
  | 'roleDispatcher'
  | 'roleDepartment'
  | 'roleSupervisor'
  | 'roleAdmin'
  | 'roleSystem';

export const statusTrackerTerms: Catalog<Key> = {
  'zh-CN': {
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
    trackingCode: '查询码',
    progress: '办理进度',
    stepSubmit: '提交',
    stepAccept: '受理',
    stepAssign: '交办',
    stepHandle: '办理',
    stepReply: '答复',
    stepRate: '评价',
    stepDone: '已完成',
    stepCurrent: '当前步骤',
    stepTodo: '未开始',
    stepSkipped: '无需此步',
    stepStopped: '办理终止',
    status: '当前状态',
    department: '承办单位',
    coDepartments: '协办单位',
    unassigned: '尚未交办',
    acceptDue: '受理期限',
    handlingDue: '办理期限',
    overdue: '已超期',
    submittedAt: '提交时间',
    channel: '提交渠道',
    content: '建议内容',
    location: '地点',
    contact: '联系方式',
    photos: '照片',
    publicView: '您看到的是公开信息，个人信息已隐去。输入查询密钥可查看完整信息并评价。',
    enterKey: '输入查询密钥',
    reply: '答复',
    replyBy: '{kind} · {by}',
    rejected: '此建议不予受理',
    rejectedReason: '原因',
    merged: '此建议与另一条相同的建议合并办理，办理进度请查看合并后的建议。',
    openMerged: '查看合并后的建议 {code}',
    backTo: '返回建议 {code}',
    rateNow: '请评价办理结果',
    yourRating: '您的评价',
    ratedAt: '评价时间',
    solved: '问题已解决',
    notSolved: '问题未解决',
    underReview: '您的评价为不满意或问题未解决，此建议正在复核，复核后会重新办理。',
    closedUnrated: '答复后未评价，已按规定自动办结。',
    timeline: '办理记录',
    newestFirst: '最新在前',
    oldestFirst: '最早在前',
    assignedTo: '交办至 {department}',
    mergedInto: '合并至 {code}',
    reason: '原因：{reason}',
    statusChanged: '办理进度已更新：{status}',
    otherSuggestion: '查询其他建议',
    colon: '：',
    stepState: '（{state}）',
    overdueMark: '（已超期）',
    roleCitizen: '市民',
    roleMember: '政协委员',
    roleIntegrator: '热线',
    roleDispatcher: '受理中心',
    roleDepartment: '承办单位',
    roleSupervisor: '督查',
    roleAdmin: '管理员',
    roleSystem: '系统',
  },
  'zh-TW': {
    lookupTitle: '查詢建議辦理進度',
    lookupIntro: '請輸入提交建議時獲得的查詢碼。填寫查詢密鑰可查看完整資訊並評價辦理結果。',
    code: '查詢碼',
    codeHint: '例如 JY7K3M9Q2XRT',
    key: '查詢密鑰（選填）',
    keyHint: '與查詢碼一同發給您的密鑰',
    lookup: '查詢',
    codeRequired: '請輸入查詢碼',
    codeFormat: '查詢碼只含字母、數字、「-」和「_」',
    keyFormat: '查詢密鑰至少 16 位，請核對',
    loading: '正在載入辦理進度…',
    loadFailed: '暫時無法載入辦理進度',
    retry: '重試',
    trackingCode: '查詢碼',
    progress: '辦理進度',
    stepSubmit: '提交',
    stepAccept: '受理',
    stepAssign: '交辦',
    stepHandle: '辦理',
    stepReply: '答覆',
    stepRate: '評價',
    stepDone: '已完成',
    stepCurrent: '目前步驟',
    stepTodo: '未開始',
    stepSkipped: '無需此步',
    stepStopped: '辦理終止',
    status: '目前狀態',
    department: '承辦單位',
    coDepartments: '協辦單位',
    unassigned: '尚未交辦',
    acceptDue: '受理期限',
    handlingDue: '辦理期限',
    overdue: '已逾期',
    submittedAt: '提交時間',
    channel: '提交管道',
    content: '建議內容',
    location: '地點',
    contact: '聯絡方式',
    photos: '照片',
    publicView: '您看到的是公開資訊，個人資訊已隱去。輸入查詢密鑰可查看完整資訊並評價。',
    enterKey: '輸入查詢密鑰',
    reply: '答覆',
    replyBy: '{kind} · {by}',
    rejected: '此建議不予受理',
    rejectedReason: '原因',
    merged: '此建議與另一條相同的建議合併辦理，辦理進度請查看合併後的建議。',
    openMerged: '查看合併後的建議 {code}',
    backTo: '返回建議 {code}',
    rateNow: '請評價辦理結果',
    yourRating: '您的評價',
    ratedAt: '評價時間',
    solved: '問題已解決',
    notSolved: '問題未解決',
    underReview: '您的評價為不滿意或問題未解決，此建議正在複核，複核後會重新辦理。',
    closedUnrated: '答覆後未評價，已依規定自動辦結。',
    timeline: '辦理記錄',
    newestFirst: '最新在前',
    oldestFirst: '最早在前',
    assignedTo: '交辦至 {department}',
    mergedInto: '合併至 {code}',
    reason: '原因：{reason}',
    statusChanged: '辦理進度已更新：{status}',
    otherSuggestion: '查詢其他建議',
    colon: '：',
    stepState: '（{state}）',
    overdueMark: '（已逾期）',
    roleCitizen: '市民',
    roleMember: '政協委員',
    roleIntegrator: '熱線',
    roleDispatcher: '受理中心',
    roleDepartment: '承辦單位',
    roleSupervisor: '督查',
    roleAdmin: '管理員',
    roleSystem: '系統',
  },
  en: {
    lookupTitle: 'Track your suggestion',
    lookupIntro: 'Enter the tracking code you received when you submitted. With the access key you see everything and can rate the result.',
    code: 'Tracking code',
    codeHint: 'For example JY7K3M9Q2XRT',
    key: 'Access key (optional)',
    keyHint: 'The key you received with the tracking code',
    lookup: 'Track',
    codeRequired: 'Enter the tracking code',
    codeFormat: 'A tracking code has only letters, digits, “-” and “_”',
    keyFormat: 'An access key has at least 16 characters; check it',
    loading: 'Loading the progress…',
    loadFailed: 'The progress cannot be loaded right now',
    retry: 'Try again',
    trackingCode: 'Tracking code',
    progress: 'Progress',
    stepSubmit: 'Submit',
    stepAccept: 'Accept',
    stepAssign: 'Assign',
    stepHandle: 'Handle',
    stepReply: 'Reply',
    stepRate: 'Rate',
    stepDone: 'done',
    stepCurrent: 'current step',
    stepTodo: 'not yet',
    stepSkipped: 'not needed',
    stepStopped: 'handling stopped',
    status: 'Status',
    department: 'Handled by',
    coDepartments: 'Together with',
    unassigned: 'Not assigned yet',
    acceptDue: 'To be accepted by',
    handlingDue: 'Due',
    overdue: 'Overdue',
    submittedAt: 'Submitted',
    channel: 'Channel',
    content: 'Your suggestion',
    location: 'Place',
    contact: 'Contact',
    photos: 'Photos',
    publicView: 'You are seeing the public view, with personal data hidden. Enter the access key to see everything and to rate.',
    enterKey: 'Enter the access key',
    reply: 'Reply',
    replyBy: '{kind} · {by}',
    rejected: 'This suggestion was not accepted',
    rejectedReason: 'Reason',
    merged: 'This suggestion was merged with an identical one; follow that one for progress.',
    openMerged: 'Open suggestion {code}',
    backTo: 'Back to suggestion {code}',
    rateNow: 'Please rate how it was handled',
    yourRating: 'Your rating',
    ratedAt: 'Rated',
    solved: 'Problem solved',
    notSolved: 'Problem not solved',
    underReview: 'You were not satisfied or the problem is not solved, so the suggestion is under review and will be handled again.',
    closedUnrated: 'Not rated after the reply, so it was closed automatically.',
    timeline: 'History',
    newestFirst: 'Newest first',
    oldestFirst: 'Oldest first',
    assignedTo: 'assigned to {department}',
    mergedInto: 'merged into {code}',
    reason: 'Reason: {reason}',
    statusChanged: 'Progress updated: {status}',
    otherSuggestion: 'Track another suggestion',
    colon: ': ',
    stepState: ' ({state})',
    overdueMark: ' (overdue)',
    roleCitizen: 'Citizen',
    roleMember: 'CPPCC member',
    roleIntegrator: 'Hotline',
    roleDispatcher: 'Intake office',
    roleDepartment: 'Department',
    roleSupervisor: 'Supervision',
    roleAdmin: 'Administrator',
    roleSystem: 'System',
  },
};
