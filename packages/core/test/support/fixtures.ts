import * as v from 'valibot';
import type { Action, ActionType } from '../../src/model/action.js';
import type { Actor } from '../../src/model/actor.js';
import { SuggestionInputSchema, type SuggestionInput } from '../../src/model/suggestion.js';
import { submit } from '../../src/lifecycle/apply.js';

export const t0 = '2026-03-02T01:00:00.000Z';

export const actors = {
  citizen: { role: 'public', displayName: '市民' },
  submitter: { role: 'submitter', displayName: '市民' },
  member: { role: 'member', displayName: '李委员', memberId: 'm-li' },
  otherMember: { role: 'member', displayName: '王委员', memberId: 'm-wang' },
  integrator: { role: 'integrator', displayName: '12345 热线' },
  dispatcher: { role: 'dispatcher', displayName: '张科长' },
  departmentA: { role: 'department', displayName: '市城管局', departmentId: 'urban' },
  departmentB: { role: 'department', displayName: '市交通运输局', departmentId: 'transport' },
  supervisor: { role: 'supervisor', displayName: '督办室' },
  admin: { role: 'admin', displayName: '管理员' },
  system: { role: 'system', displayName: '系统' },
} satisfies Record<string, Actor>;

export const validInput: SuggestionInput = {
  categoryId: 'urban',
  title: '东湖路井盖缺失',
  body: '东湖路与金鹗路交叉口东侧人行道的井盖缺失一周了，夜间行人容易踩空，请尽快补上。',
  location: { address: '湖南省岳阳市岳阳楼区东湖路 18 号' },
  contact: { name: '王小明', phone: '138 1234 5678' },
  consent: true,
};

export function newSuggestion(input: SuggestionInput = validInput, now = t0) {
  return submit(v.parse(SuggestionInputSchema, input), {
    id: 'JYTEST000001',
    actor: actors.citizen,
    now,
    handlingDays: 15,
  });
}

/** A valid payload for each action. */
export const sampleActions: Record<ActionType, Action> = {
  accept: { type: 'accept' },
  reject: { type: 'reject', reason: '不属于本平台受理范围，请拨打 12345 反映' },
  merge: { type: 'merge', into: 'JYOTHER00001' },
  answer: { type: 'answer', kind: 'direct-answer', body: '该路段的井盖已列入本月维修计划，预计月底前完成。' },
  assign: { type: 'assign', departmentId: 'urban', coDepartmentIds: [] },
  claim: { type: 'claim' },
  return: { type: 'return', reason: '该事项属于交通部门职责' },
  start: { type: 'start' },
  reply: { type: 'reply', body: '已安排施工队补装井盖，并在周边设置了警示标志。', attachments: [] },
  rate: { type: 'rate', rating: { satisfaction: 'satisfied', solved: true } },
  close: { type: 'close' },
  urge: { type: 'urge' },
  supervise: { type: 'supervise' },
  adopt: { type: 'adopt' },
  feature: { type: 'feature' },
};


/** What the server answers to a create, built by the real lifecycle. */
export function createdResponse(id = 'JYTEST000001') {
  const { suggestion, event } = submit(v.parse(SuggestionInputSchema, validInput), { id, actor: actors.citizen, now: t0, handlingDays: 15 });
  return { view: 'full' as const, suggestion, events: [event], allowedActions: [], accessKey: 'k'.repeat(32) };
}
