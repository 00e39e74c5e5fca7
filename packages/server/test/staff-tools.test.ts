// What dispatchers, members, operators and portals rely on beyond the single loop:
// bulk assignment, recommendations, the scheduled job, CORS.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient } from '@jianyi/core';
import { startTestServer, type TestServer } from './support/server-process.js';

describe('staff tools', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer('sqlite', { args: ['--seed-demo', '--cors-origin', 'https://www.yueyang.gov.cn'] });
  });
  after(() => server?.dispose());

  const newSuggestion = (title: string, categoryId = 'transport') =>
    createClient({ baseUrl: server.baseUrl }).suggestions.create({
      categoryId,
      title,
      body: '高铁站周边的公交接驳不方便，晚上到站后很难打到车，建议增开夜班公交。',
      anonymous: true,
    });

  test('bulk assignment (集中交办): each item succeeds or fails on its own', async () => {
    const dispatcher = createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher' });
    const ids: string[] = [];
    for (const title of ['高铁站夜班公交接驳', '高铁站出租车排队太长', '高铁站网约车上客点']) {
      const { suggestion } = await newSuggestion(title);
      await dispatcher.suggestions.act(suggestion.id, { type: 'accept' });
      ids.push(suggestion.id);
    }
    const { suggestion: notAccepted } = await newSuggestion('高铁站新提交未受理的建议');
    const { results } = await dispatcher.suggestions.bulkAssign({ ids: [...ids, notAccepted.id, 'JYNOSUCH0000'], departmentId: 'transport', note: '高铁站相关建议打包交办' });
    assert.deepEqual(results.map((result) => result.ok), [true, true, true, false, false]);
    assert.equal(results[3]?.code, 'action_not_allowed');
    assert.equal(results[4]?.code, 'not_found');
    const assigned = await createClient({ baseUrl: server.baseUrl, token: 'demo-dept-transport' }).suggestions.get(ids[0]!);
    assert.equal(assigned.suggestion.status, 'assigned');
    assert.equal(assigned.events.at(-1)?.note, '高铁站相关建议打包交办');
  });

  test('a member gets open suggestions in their fields recommended (智慧推荐) and claims one', async () => {
    const dispatcher = createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher' });
    const { suggestion } = await newSuggestion('公交站台缺少遮雨棚', 'transport');
    await dispatcher.suggestions.act(suggestion.id, { type: 'accept' });
    const response = await fetch(`${server.baseUrl}/v1/members/me/recommendations`, { headers: { authorization: 'Bearer demo-member-li' } });
    assert.equal(response.status, 200);
    const { items } = (await response.json()) as { items: { suggestion: { id: string; categoryId: string }; reasons: string[] }[] };
    assert.ok(items.some((item) => item.suggestion.id === suggestion.id), 'the new transport suggestion is recommended to a transport member');
    assert.ok(items.every((item) => ['urban', 'transport'].includes(item.suggestion.categoryId)));
    const member = createClient({ baseUrl: server.baseUrl, token: 'demo-member-li' });
    const claimed = await member.suggestions.act(suggestion.id, { type: 'claim' });
    assert.equal(claimed.suggestion.claimedBy?.memberId, 'm-li');
    const again = (await (await fetch(`${server.baseUrl}/v1/members/me/recommendations`, { headers: { authorization: 'Bearer demo-member-li' } })).json()) as { items: { suggestion: { id: string } }[] };
    assert.ok(!again.items.some((item) => item.suggestion.id === suggestion.id), 'a claimed one is no longer recommended');
    const anonymous = await fetch(`${server.baseUrl}/v1/members/me/recommendations`);
    assert.equal(anonymous.status, 401);
  });

  test('the job closes a reply left unrated for 15 days, and a second run does nothing', async () => {
    const dispatcher = createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher' });
    const { suggestion } = await newSuggestion('建议公布公交实时到站信息');
    await dispatcher.suggestions.act(suggestion.id, { type: 'accept' });
    await dispatcher.suggestions.act(suggestion.id, { type: 'answer', kind: 'direct-answer', body: '实时到站信息已在“岳阳公交”小程序上线。' });
    const soon = JSON.parse(server.cli('job', '--now', new Date(Date.now() + 14 * 86_400_000).toISOString()));
    assert.ok(!soon.closed.includes(suggestion.id));
    const later = new Date(Date.now() + 16 * 86_400_000).toISOString();
    const report = JSON.parse(server.cli('job', '--now', later));
    assert.ok(report.closed.includes(suggestion.id));
    const second = JSON.parse(server.cli('job', '--now', later));
    assert.ok(!second.closed.includes(suggestion.id));
    const closed = await dispatcher.suggestions.get(suggestion.id);
    assert.equal(closed.suggestion.status, 'closed');
    assert.deepEqual(closed.events.at(-1)?.actor, { role: 'system', displayName: '系统' });
  });

  test('CORS admits the configured portal and no other', async () => {
    const ask = (origin: string) =>
      fetch(`${server.baseUrl}/v1/suggestions`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
      });
    const portal = await ask('https://www.yueyang.gov.cn');
    assert.equal(portal.headers.get('access-control-allow-origin'), 'https://www.yueyang.gov.cn');
    assert.match(portal.headers.get('access-control-allow-headers') ?? '', /idempotency-key/i);
    const stranger = await ask('https://evil.example');
    assert.equal(stranger.headers.get('access-control-allow-origin'), null);
  });
});
