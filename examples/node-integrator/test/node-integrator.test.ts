// The Node integrator example, run the way its README says against `npm start`'s server:
// the hotline importer twice on each sample (the second run imports nothing), then a
// dispatcher assigns an imported case and the department worker starts and replies to it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClient } from '@jianyi/core';
import { startDemoStack, type DemoStack } from '../../city-portal/test/demo-stack.js';

const repository = fileURLToPath(new URL('../../..', import.meta.url));
const json = 'examples/node-integrator/samples/hotline-2026-11-22.json';
const csv = 'examples/node-integrator/samples/hotline-2026-11-23.csv';

describe('examples/node-integrator', { timeout: 180_000 }, () => {
  let stack: DemoStack;
  const runAs = (token: string | undefined, script: string, ...args: string[]) =>
    execFileSync(process.execPath, [`examples/node-integrator/${script}`, ...args], {
      cwd: repository,
      env: { ...process.env, JIANYI_API: stack.url, ...(token && { JIANYI_TOKEN: token }) },
      encoding: 'utf8',
    });
  const run = (script: string, ...args: string[]) => runAs(undefined, script, ...args);
  /** Tracking code and access key per case number, from the importer's lines. */
  const receipts = (output: string) => new Map([...output.matchAll(/^(YY12345-\S+)\s+(?:imported|already there)\s+(JY\w+) (\S+)$/gm)].map((m) => [m[1]!, { code: m[2]!, key: m[3]! }]));

  before(async () => {
    stack = await startDemoStack();
  });
  after(() => stack?.stop());

  test('imports a JSON export once: the second run finds every case already there', async () => {
    const dispatcher = createClient({ baseUrl: stack.url, token: 'demo-dispatcher' });
    const hotlineCount = async () => {
      let count = 0;
      for await (const _ of dispatcher.suggestions.iterate({ channel: 'hotline-12345' })) count++;
      return count;
    };
    const before = await hotlineCount();

    const first = run('import-hotline.mjs', json);
    assert.match(first, /^imported 3, already there 0, refused 1$/m);
    assert.match(first, /^YY12345-20261122-0031\s+refused\s+contact\.phone: 请输入正确的 11 位手机号码$/m);
    const second = run('import-hotline.mjs', json);
    assert.match(second, /^imported 0, already there 3, refused 1$/m);
    assert.deepEqual(receipts(second), receipts(first), 'a repeat answers with the suggestions made the first time');
    // Days later the Idempotency-Keys are gone; another token has none of them either.
    // The case numbers still hold: each case is found with the tracking code it has.
    const later = runAs('demo-admin', 'import-hotline.mjs', json);
    assert.match(later, /^imported 0, already there 3, refused 1$/m);
    assert.match(later, new RegExp(`^YY12345-20261122-0007\\s+already there\\s+${receipts(first).get('YY12345-20261122-0007')!.code}$`, 'm'));
    assert.equal(await hotlineCount(), before + 3);

    const called = await dispatcher.suggestions.get(receipts(first).get('YY12345-20261122-0007')!.code);
    assert.ok(called.view === 'full', 'the dispatcher sees the case in full');
    const { suggestion } = called;
    assert.equal(suggestion.channel, 'hotline-12345');
    assert.equal(suggestion.categoryId, 'transport');
    assert.equal(suggestion.contact?.phone, '13907301234');
    assert.equal(suggestion.externalRef, 'YY12345-20261122-0007', 'staff find the call by its case number');
    assert.doesNotMatch(suggestion.body, /YY12345/, 'the case number is not in the public text');
    const secret = await dispatcher.suggestions.get(receipts(first).get('YY12345-20261122-0015')!.code);
    assert.ok(secret.view === 'full');
    assert.equal(secret.suggestion.anonymous, true, 'a caller who did not agree to keep their contact goes in anonymously');
    assert.equal(secret.suggestion.contact, undefined);
  });

  test('a CSV export: bad rows are refused with the field message, good ones imported once', () => {
    const first = run('import-hotline.mjs', csv);
    assert.match(first, /^imported 2, already there 0, refused 2$/m);
    assert.match(first, /^YY12345-20261123-0014\s+refused\s+title: 至少需要 5 个字$/m);
    assert.match(first, /^YY12345-20261123-0020\s+refused\s+categoryId: 所选项目不存在（水电气）$/m);
    assert.match(run('import-hotline.mjs', csv), /^imported 0, already there 2, refused 2$/m);
  });

  test('the department worker starts what was assigned to it and replies; the caller sees the reply', async () => {
    const { code, key } = receipts(run('import-hotline.mjs', json)).get('YY12345-20261122-0023')!;
    const dispatcher = createClient({ baseUrl: stack.url, token: 'demo-dispatcher' });
    await dispatcher.suggestions.act(code, { type: 'accept' });
    await dispatcher.suggestions.act(code, { type: 'assign', departmentId: 'urban' });

    const pass = run('department-worker.mjs', '--once');
    assert.match(pass, new RegExp(`^${code}\\s+办理中\\s+巴陵中路人行道地砖松动`, 'm'));
    assert.match(run('department-worker.mjs', '--once'), /started 0$/m, 'a second pass has nothing new to start');

    const answer = '经现场核查，松动地砖共 12 块，已于 11 月 24 日全部重新铺设并压实，欢迎市民监督。';
    assert.match(run('department-worker.mjs', 'reply', code, answer), new RegExp(`^${code}\\s+已答复`, 'm'));

    const caller = createClient({ baseUrl: stack.url, accessKey: key });
    const seen = await caller.suggestions.get(code);
    assert.equal(seen.suggestion.status, 'replied');
    assert.deepEqual(seen.events.map((event) => event.type), ['submit', 'accept', 'assign', 'start', 'reply']);
    assert.equal(seen.suggestion.replies.at(-1)?.body, answer);
    assert.ok(seen.allowedActions.includes('rate'), 'the caller can now rate the reply');
  });

  test('each department token sees only its own: the transport bureau starts the demo case the city bureau left alone', () => {
    assert.doesNotMatch(run('department-worker.mjs', '--once'), /JYDEMO000006/);
    const transport = execFileSync(process.execPath, ['examples/node-integrator/department-worker.mjs', '--once'], {
      cwd: repository,
      env: { ...process.env, JIANYI_API: stack.url, JIANYI_TOKEN: 'demo-dept-transport' },
      encoding: 'utf8',
    });
    assert.match(transport, /^JYDEMO000006\s+办理中\s+建议增开南湖新区至火车站的公交线路/m);
  });
});
