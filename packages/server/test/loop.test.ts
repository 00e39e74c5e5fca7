// The whole closed loop through the SDK against a real server process, on SQLite and
// on PostgreSQL: submit → accept → assign → start → reply → rate, and what each party
// sees on the way.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, isJianyiError, type JianyiClient } from '@jianyi/core';
import { databaseKinds, startTestServer, type TestServer } from './support/server-process.js';

const input = {
  categoryId: 'urban',
  title: '东湖路井盖缺失',
  body: '东湖路与金鹗路交叉口东侧人行道的井盖缺失一周了，夜间行人容易踩空，请尽快补上。联系电话 13912345678。',
  location: { address: '湖南省岳阳市岳阳楼区东湖路 18 号' },
  contact: { name: '王小明', phone: '13812345678' },
  consent: true,
};

for (const { kind, skip } of await databaseKinds()) {
  describe(`the closed loop on ${kind}`, { skip }, () => {
    let server: TestServer;
    let staff: Record<'dispatcher' | 'urban' | 'transport' | 'supervisor', JianyiClient>;
    const publicClient = () => createClient({ baseUrl: server.baseUrl });

    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo'] });
      const client = (token: string) => createClient({ baseUrl: server.baseUrl, token });
      staff = {
        dispatcher: client(server.token('dispatcher', '市民意征集办 张科长')),
        urban: client(server.token('department', '市城管局', ['--department', 'urban'])),
        transport: client(server.token('department', '市交通运输局', ['--department', 'transport'])),
        supervisor: client(server.token('supervisor', '市政府督查室')),
      };
    });
    after(() => server?.dispose());

    test('a citizen submits, staff handle it, the citizen follows every step and rates it', async () => {
      const created = await publicClient().suggestions.create(input);
      const id = created.suggestion.id;
      assert.match(id, /^JY[0-9A-Z]{10}$/);
      assert.ok(created.accessKey.length >= 22, 'an access key of 128+ bits');
      assert.equal(created.suggestion.status, 'submitted');
      assert.deepEqual(created.suggestion.contact, { name: '王小明', phone: '13812345678' });
      const citizen = createClient({ baseUrl: server.baseUrl, accessKey: created.accessKey });

      const accepted = await staff.dispatcher.suggestions.act(id, { type: 'accept', note: '已受理', internalNote: '内部：已电话核实' });
      assert.equal(accepted.view === 'full' && accepted.suggestion.internalNotes[0]?.text, '内部：已电话核实', 'staff see their notes');
      assert.equal(accepted.suggestion.status, 'accepted');
      assert.deepEqual(accepted.allowedActions, ['merge', 'answer', 'assign']);
      await staff.dispatcher.suggestions.act(id, { type: 'assign', departmentId: 'urban', coDepartmentIds: ['transport'] });

      // The co-handler sees it but cannot act; the lead starts and replies.
      const coView = await staff.transport.suggestions.get(id);
      assert.equal(coView.view, 'full');
      await assert.rejects(staff.transport.suggestions.act(id, { type: 'start' }), (error) => {
        assert.ok(isJianyiError(error) && error.status === 409);
        assert.equal(error.message, '当前状态（已交办）下不能执行“开始办理”', 'states and actions by name, not id');
        return true;
      });
      await staff.urban.suggestions.act(id, { type: 'start' });
      const replied = await staff.urban.suggestions.act(id, { type: 'reply', body: '已安排施工队补装井盖，并在周边设置了警示标志。' });
      assert.equal(replied.suggestion.status, 'replied');

      const tracked = await citizen.suggestions.get(id);
      assert.equal(tracked.view, 'full');
      assert.deepEqual(tracked.events.map((event) => event.type), ['submit', 'accept', 'assign', 'start', 'reply']);
      assert.deepEqual(tracked.allowedActions, ['rate']);
      assert.equal(tracked.suggestion.replies[0]?.by, '市城管局');
      assert.ok(!JSON.stringify(tracked).includes('内部'), 'the submitter never sees internal notes');

      const rated = await citizen.suggestions.rate(id, { satisfaction: 'satisfied', solved: true, comment: '很快就修好了，谢谢！' });
      assert.equal(rated.suggestion.status, 'closed');
      assert.equal(rated.suggestion.rating?.satisfaction, 'satisfied');
      await assert.rejects(citizen.suggestions.rate(id, { satisfaction: 'unsatisfied', solved: false }), (error) => isJianyiError(error) && error.status === 409, 'rated once');

      const stats = await publicClient().stats.get({ groupBy: 'department' });
      assert.ok(stats.received >= 1 && stats.closed >= 1);
      assert.equal(stats.groups.find((group) => group.key === 'urban')?.label, '市城管局');
      const byChannel = await createClient({ baseUrl: server.baseUrl, locale: 'en' }).stats.get({ groupBy: 'channel' });
      assert.equal(byChannel.groups.find((group) => group.key === 'web')?.label, 'website');
    });

    test('the public sees a masked view and cannot act', async () => {
      const { suggestion } = await publicClient().suggestions.create(input);
      await staff.dispatcher.suggestions.act(suggestion.id, { type: 'accept', internalNote: '内部：与上周工单重复' });
      const seen = await publicClient().suggestions.get(suggestion.id);
      assert.equal(seen.view, 'public');
      const text = JSON.stringify(seen);
      assert.doesNotMatch(text, /1[3-9]\d{9}/, 'no phone number anywhere');
      assert.ok(!text.includes('王小明') && !text.includes('内部') && !text.includes('18 号'));
      assert.match(text, /139\*\*\*\*5678/, 'the phone in the body is masked, the text kept');
      assert.deepEqual(seen.allowedActions, []);
      await assert.rejects(publicClient().suggestions.act(suggestion.id, { type: 'accept' }), (error) => isJianyiError(error) && error.status === 401);

      const listed = await publicClient().suggestions.list({ status: 'accepted' });
      assert.ok(listed.items.some((item) => item.id === suggestion.id));
      assert.doesNotMatch(JSON.stringify(listed), /1[3-9]\d{9}/);
    });

    test('an unsatisfied rating sends it to review; the dispatcher reassigns; the system urges when overdue', async () => {
      const created = await publicClient().suggestions.create({ ...input, anonymous: true, consent: false, contact: undefined });
      const id = created.suggestion.id;
      const citizen = createClient({ baseUrl: server.baseUrl, accessKey: created.accessKey });
      await staff.dispatcher.suggestions.act(id, { type: 'accept' });
      await staff.dispatcher.suggestions.act(id, { type: 'answer', kind: 'explanation', body: '该路段属于省管道路，已转省交通厅研究。' });
      const review = await citizen.suggestions.rate(id, { satisfaction: 'unsatisfied', solved: false });
      assert.equal(review.suggestion.status, 'under_review');
      await staff.dispatcher.suggestions.act(id, { type: 'assign', departmentId: 'transport', dueAt: new Date(Date.now() + 86_400_000).toISOString() });

      const report = JSON.parse(server.cli('job', '--now', new Date(Date.now() + 3 * 86_400_000).toISOString()));
      assert.ok(report.urged.includes(id), 'overdue after its due date: urged by the system');
      const after = await staff.supervisor.suggestions.get(id);
      assert.equal(after.suggestion.urgeCount, 1);
      assert.equal(after.events.at(-1)?.actor.role, 'system');
    });

    test('a department sees only its own items, in lists and by code', async () => {
      const { suggestion } = await publicClient().suggestions.create({ ...input, title: '交通信号灯配时不合理' });
      await staff.dispatcher.suggestions.act(suggestion.id, { type: 'accept' });
      await staff.dispatcher.suggestions.act(suggestion.id, { type: 'assign', departmentId: 'transport' });
      const mine = await staff.transport.suggestions.list({ status: 'assigned' });
      assert.ok(mine.items.some((item) => item.id === suggestion.id));
      const theirs = await staff.urban.suggestions.list({ status: 'assigned' });
      assert.ok(!theirs.items.some((item) => item.id === suggestion.id));
      const other = await staff.urban.suggestions.get(suggestion.id);
      assert.equal(other.view, 'public');
      await assert.rejects(staff.urban.suggestions.act(suggestion.id, { type: 'start' }), (error) => isJianyiError(error) && error.status === 409);
    });

    test('data survives a restart', async () => {
      const { suggestion, accessKey } = await publicClient().suggestions.create(input);
      await staff.dispatcher.suggestions.act(suggestion.id, { type: 'accept' });
      await server.restart();
      const again = await createClient({ baseUrl: server.baseUrl, accessKey }).suggestions.get(suggestion.id);
      assert.equal(again.view, 'full');
      assert.equal(again.suggestion.status, 'accepted');
      assert.equal(again.events.length, 2);
    });
  });
}
