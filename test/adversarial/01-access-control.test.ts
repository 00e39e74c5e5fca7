// Every action tried by every role against the real server: only the roles of the
// lifecycle table get through; everyone else is refused and nothing changes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, isJianyiError, type ActionInput, type ActionType, type JianyiClient, type Status } from '@jianyi/core';
import { samples } from './support/actions.js';
import { tally } from './support/tally.js';
import { databaseKinds, startTestServer, type TestServer } from '../../packages/server/test/support/server-process.js';

/** For each action: a state it is legal in, and the callers that may take it there. */
const legal: Record<ActionType, { from: Status; who: string[] }> = {
  accept: { from: 'submitted', who: ['dispatcher'] },
  reject: { from: 'submitted', who: ['dispatcher'] },
  merge: { from: 'accepted', who: ['dispatcher'] },
  answer: { from: 'accepted', who: ['dispatcher'] },
  assign: { from: 'accepted', who: ['dispatcher'] },
  claim: { from: 'accepted', who: ['member'] },
  return: { from: 'assigned', who: ['departmentA'] },
  start: { from: 'assigned', who: ['departmentA'] },
  reply: { from: 'in_progress', who: ['departmentA'] },
  rate: { from: 'replied', who: ['submitter'] },
  close: { from: 'replied', who: ['dispatcher', 'supervisor'] },
  urge: { from: 'in_progress', who: ['supervisor'] },
  supervise: { from: 'in_progress', who: ['supervisor'] },
  adopt: { from: 'closed', who: ['dispatcher'] },
  feature: { from: 'closed', who: ['dispatcher'] },
};

const path: Status[] = ['submitted', 'accepted', 'assigned', 'in_progress', 'replied', 'closed'];
const steps: Partial<Record<Status, [string, ActionInput]>> = {
  accepted: ['dispatcher', samples.accept],
  assigned: ['dispatcher', samples.assign],
  in_progress: ['departmentA', samples.start],
  replied: ['departmentA', samples.reply],
  closed: ['submitter', samples.rate],
};

for (const { kind, skip } of await databaseKinds()) {
  describe(`access control on ${kind}`, { skip }, () => {
    let server: TestServer;
    let callers: Record<string, (accessKey: string, otherKey: string) => JianyiClient>;

    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo'] });
      const disabled = server.token('dispatcher', '已离职的调度员');
      server.cli('token', 'disable', disabled);
      const withToken = (token: string) => () => createClient({ baseUrl: server.baseUrl, token, retry: 0 });
      callers = {
        public: () => createClient({ baseUrl: server.baseUrl, retry: 0 }),
        submitter: (accessKey) => createClient({ baseUrl: server.baseUrl, accessKey, retry: 0 }),
        otherSubmitter: (_key, otherKey) => createClient({ baseUrl: server.baseUrl, accessKey: otherKey, retry: 0 }),
        member: withToken('demo-member-li'),
        integrator: withToken('demo-integrator'),
        dispatcher: withToken('demo-dispatcher'),
        departmentA: withToken('demo-dept-urban'),
        departmentB: withToken('demo-dept-transport'),
        supervisor: withToken('demo-supervisor'),
        admin: withToken('demo-admin'),
        disabledToken: withToken(disabled),
      };
    });
    after(() => server?.dispose());

    async function suggestionIn(status: Status) {
      const citizen = createClient({ baseUrl: server.baseUrl });
      const created = await citizen.suggestions.create({
        categoryId: 'urban',
        title: `权限测试：${status} 状态的建议`,
        body: '用于检查每个角色能做什么、不能做什么的建议内容。',
        anonymous: true,
      });
      for (const status2 of path.slice(1, path.indexOf(status) + 1)) {
        const [who, action] = steps[status2]!;
        await callers[who]!(created.accessKey, '').suggestions.act(created.suggestion.id, action);
      }
      return created;
    }

    for (const type of Object.keys(legal) as ActionType[]) {
      test(`${type}: only ${legal[type].who.join(', ')} from ${legal[type].from}`, async () => {
        const other = await createClient({ baseUrl: server.baseUrl }).suggestions.create({
          categoryId: 'urban',
          title: '另一位市民的建议',
          body: '另一位市民提交的建议，用来拿到一个别人的查询密钥。',
          anonymous: true,
        });
        const { suggestion, accessKey } = await suggestionIn(legal[type].from);
        const before = await callers.dispatcher!('', '').suggestions.get(suggestion.id);
        tally(`01 access control: role × action attempts (${kind})`, Object.keys(callers).length);
        for (const [name, make] of Object.entries(callers)) {
          if (legal[type].who.includes(name)) continue;
          const client = make(accessKey, other.accessKey);
          await assert.rejects(client.suggestions.act(suggestion.id, samples[type]), (error) => {
            assert.ok(isJianyiError(error), `${name}: ${String(error)}`);
            assert.ok([401, 403, 409].includes(error.status), `${name} doing ${type}: got ${error.status} ${error.code}`);
            if (name === 'disabledToken' || name === 'public' || name === 'otherSubmitter') assert.ok(error.status === 401 || error.status === 403, `${name}: ${error.status}`);
            return true;
          });
        }
        const unchanged = await callers.dispatcher!('', '').suggestions.get(suggestion.id);
        assert.equal(unchanged.suggestion.version, before.suggestion.version, 'no refused action changed anything');
        const [allowed] = legal[type].who;
        const done = await callers[allowed!]!(accessKey, other.accessKey).suggestions.act(suggestion.id, samples[type]);
        assert.equal(done.suggestion.version, before.suggestion.version + 1);
      });
    }

    test('guessed tracking codes find nothing; a key opens only its own suggestion', async () => {
      const citizen = createClient({ baseUrl: server.baseUrl, retry: 0 });
      await assert.rejects(citizen.suggestions.get('JY0000000000'), (error) => isJianyiError(error) && error.status === 404);
      const mine = await citizen.suggestions.create({ categoryId: 'urban', title: '我的建议标题', body: '我的建议内容，用来测试查询密钥。', anonymous: true });
      const theirs = await citizen.suggestions.create({ categoryId: 'urban', title: '别人的建议标题', body: '别人的建议内容，用来测试查询密钥。', anonymous: true });
      const withMyKey = createClient({ baseUrl: server.baseUrl, accessKey: mine.accessKey });
      assert.equal((await withMyKey.suggestions.get(mine.suggestion.id)).view, 'full');
      await assert.rejects(withMyKey.suggestions.get(theirs.suggestion.id), (error) => isJianyiError(error) && error.code === 'invalid_access_key' && error.status === 403);
    });

    test('admin-only and dispatcher-only endpoints refuse others', async () => {
      const topic = {
        title: '测试话题标题',
        description: '这是一个用于权限测试的热点话题描述。',
        opensAt: new Date(Date.now() - 1000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      };
      for (const name of ['public', 'dispatcher', 'member', 'departmentA']) {
        await assert.rejects(callers[name]!('', '').topics.create(topic), (error) => isJianyiError(error) && [401, 403].includes(error.status), name);
      }
      const created = await callers.admin!('', '').topics.create(topic);
      assert.equal(created.state, 'open');
      for (const name of ['public', 'supervisor', 'departmentA']) {
        await assert.rejects(
          callers[name]!('', '').suggestions.bulkAssign({ ids: ['JYDEMO000001'], departmentId: 'urban' }),
          (error) => isJianyiError(error) && [401, 403].includes(error.status),
          name,
        );
      }
    });
    /**
     * Every endpoint that is not a lifecycle action, by every caller, on a suggestion that
     * department A (urban) is handling. `full`/`public`: 200 with that view of the suggestion.
     */
    const roles = ['public', 'submitter', 'otherSubmitter', 'member', 'dispatcher', 'departmentA', 'departmentB', 'supervisor', 'admin', 'disabledToken'] as const;
    type Expected = number | 'full' | 'public';
    // prettier-ignore
    const endpoints: [string, Expected[]][] = [
      //                                         public    submitter otherSub  member    dispatch  deptA     deptB     superv    admin     disabled
      ['GET /v1/suggestions/{id}',              ['public', 'full',   403,      'public', 'full',   'full',   'public', 'full',   'full',   401]],
      ['GET /v1/suggestions/{id}/events',       [200,      200,      403,      200,      200,      200,      200,      200,      200,      401]],
      ['GET /v1/suggestions',                   [200,      200,      200,      200,      200,      200,      200,      200,      200,      401]],
      ['GET /v1/stats',                         [200,      200,      200,      200,      200,      200,      200,      200,      200,      401]],
      ['GET /v1/members/me/recommendations',    [401,      401,      401,      200,      403,      403,      403,      403,      403,      401]],
      ['POST /v1/suggestions/bulk-assign',      [401,      401,      401,      403,      200,      403,      403,      403,      403,      401]],
      ['POST /v1/topics',                       [401,      401,      401,      403,      403,      403,      403,      403,      201,      401]],
      ['POST /v1/topics/{topic}/close',         [401,      401,      401,      403,      403,      403,      403,      403,      200,      401]],
    ];

    test('every other endpoint × every caller gets the status in the table', async () => {
      const disabled = server.token('dispatcher', '停用的账号');
      server.cli('token', 'disable', disabled);
      const { suggestion, accessKey } = await suggestionIn('assigned');
      const other = await createClient({ baseUrl: server.baseUrl }).suggestions.create({ categoryId: 'urban', title: '另一位市民的建议', body: '另一位市民提交的建议，用来拿到一个别人的查询密钥。', anonymous: true });
      const headersOf: Record<(typeof roles)[number], Record<string, string>> = {
        public: {},
        submitter: { 'x-access-key': accessKey },
        otherSubmitter: { 'x-access-key': other.accessKey },
        member: { authorization: 'Bearer demo-member-li' },
        dispatcher: { authorization: 'Bearer demo-dispatcher' },
        departmentA: { authorization: 'Bearer demo-dept-urban' },
        departmentB: { authorization: 'Bearer demo-dept-transport' },
        supervisor: { authorization: 'Bearer demo-supervisor' },
        admin: { authorization: 'Bearer demo-admin' },
        disabledToken: { authorization: `Bearer ${disabled}` },
      };
      const topicBody = () => ({ title: '权限表话题', description: '用于权限表测试的热点话题描述。', opensAt: new Date(Date.now() - 1000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() });
      const mismatches: string[] = [];
      for (const [endpoint, expected] of endpoints) {
        for (const [index, role] of roles.entries()) {
          // A topic of its own for each close, so the admin's success does not change the next row.
          const topic = endpoint.includes('{topic}') ? (await createClient({ baseUrl: server.baseUrl, token: 'demo-admin' }).topics.create(topicBody())).id : '';
          const [method, template] = endpoint.split(' ') as [string, string];
          const path = template.replace('{id}', suggestion.id).replace('{topic}', topic);
          const body = method === 'POST' ? JSON.stringify(path.endsWith('bulk-assign') ? { ids: [suggestion.id], departmentId: 'urban' } : path.endsWith('/v1/topics') ? topicBody() : {}) : undefined;
          const controller = new AbortController();
          const response = await fetch(`${server.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headersOf[role] }, ...(body && { body }), signal: controller.signal });
          const want = expected[index]!;
          let got: Expected = response.status;
          if (typeof want === 'string' && response.status === 200) got = ((await response.json()) as { view: Expected }).view;
          controller.abort(); // ends an event stream
          if (got !== want) mismatches.push(`${endpoint} as ${role}: expected ${want}, got ${got}`);
        }
      }
      tally(`01 access control: role × endpoint attempts (${kind})`, endpoints.length * roles.length);
      assert.deepEqual(mismatches, []);
    });
  });
}
