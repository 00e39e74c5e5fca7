// The requests a hot-topic drive and a tracking page send, as autocannon request specs.
// Every write is a new one (fresh Idempotency-Key, fresh voter), so none is a cheap replay.
import { randomBytes } from 'node:crypto';
import { demoAccessKey, demoTrackingCode } from '@jianyi/core/demo-data';

const fresh = () => randomBytes(18).toString('base64url');
const json = { 'content-type': 'application/json' };

const suggestion = JSON.stringify({
  categoryId: 'urban',
  title: '东湖路井盖缺失',
  body: '东湖路人行道的井盖缺失一周了，夜间行人容易踩空，请尽快修复。',
  anonymous: true,
});

/** @type {{ name: string, kind: 'read' | 'write', request: object }[]} */
export const endpoints = [
  {
    name: 'create suggestion',
    kind: 'write',
    request: {
      method: 'POST',
      path: '/v1/suggestions',
      headers: json,
      body: suggestion,
      setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': fresh() } }),
    },
  },
  {
    name: 'tracker read',
    kind: 'read',
    request: { method: 'GET', path: `/v1/suggestions/${demoTrackingCode(1)}`, headers: { 'x-access-key': demoAccessKey(1) } },
  },
  { name: 'topic read', kind: 'read', request: { method: 'GET', path: '/v1/topics/topic-bus' } },
  {
    name: 'vote',
    kind: 'write',
    request: {
      method: 'POST',
      path: '/v1/topics/topic-bus/votes',
      headers: json,
      body: JSON.stringify({ optionIds: ['o1', 'o3'] }),
      setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'x-voter-token': fresh() } }),
    },
  },
  {
    name: 'comment',
    kind: 'write',
    request: {
      method: 'POST',
      path: '/v1/topics/topic-bus/comments',
      headers: json,
      body: JSON.stringify({ body: '高峰时段班次再加密一些就好了，早上等车太久。', authorName: '上班族' }),
      setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'x-voter-token': fresh() } }),
    },
  },
];

export const ceilingEndpoint = { name: 'bare Hono route (ceiling)', kind: 'read', request: { method: 'GET', path: '/ceiling' } };
