// One legal-looking input for every action, shared by the access-control matrix and the
// lifecycle model so both try the same requests.
import type { ActionInput, ActionType } from '@jianyi/core';

export const samples: Record<ActionType, ActionInput> = {
  accept: { type: 'accept' },
  reject: { type: 'reject', reason: '不属于受理范围' },
  merge: { type: 'merge', into: 'JYDEMO000001' },
  answer: { type: 'answer', kind: 'direct-answer', body: '该事项已纳入今年的改造计划。' },
  assign: { type: 'assign', departmentId: 'urban' },
  claim: { type: 'claim' },
  return: { type: 'return', reason: '不属于本单位职责' },
  start: { type: 'start' },
  reply: { type: 'reply', body: '已处理完毕，感谢您的建议。' },
  rate: { type: 'rate', rating: { satisfaction: 'satisfied', solved: true } },
  close: { type: 'close' },
  urge: { type: 'urge' },
  supervise: { type: 'supervise' },
  adopt: { type: 'adopt' },
  feature: { type: 'feature' },
};
