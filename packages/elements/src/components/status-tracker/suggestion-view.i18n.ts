import type { Role } from '@jianyi/core';
import { lazyCatalog } from '../../internal/localize.js';
import type { Step } from './progress.js';

export type ViewKey =
  | 'progress'
  | 'stepHandle'
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
  | 'assignedTo'
  | 'mergedInto'
  | 'otherSuggestion'
  | 'colon'
  | 'stepState'
  | 'overdueMark'
  | `step_${Step['state']}`
  | `role_${Role}`;

// The terms of the loaded suggestion's view, fetched with it (./suggestion-view.ts).
// zh-CN is inline as the default; the others are fetched the first time a `lang` asks for them.
export const viewTerms = lazyCatalog<ViewKey>(
  {
    progress: '办理进度',
    stepHandle: '办理',
    step_done: '已完成',
    step_current: '当前步骤',
    step_todo: '未开始',
    step_skipped: '无需此步',
    step_stopped: '办理终止',
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
    assignedTo: '交办至 {department}',
    mergedInto: '合并至 {code}',
    otherSuggestion: '查询其他建议',
    colon: '：',
    stepState: '（{state}）',
    overdueMark: '（已超期）',
    role_public: '市民',
    role_submitter: '市民',
    role_member: '政协委员',
    role_integrator: '热线',
    role_dispatcher: '受理中心',
    role_department: '承办单位',
    role_supervisor: '督查',
    role_admin: '管理员',
    role_system: '系统',
  },
  {
    'zh-TW': () => import('./suggestion-view.zh-TW.js'),
    en: () => import('./suggestion-view.en.js'),
  },
);
