// An import from another system (a 12345 hotline export) carries each case's number:
// one suggestion per channel and number, however often and however long after the same
// case is sent again, and only integrations and staff may set it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, isJianyiError, type SuggestionInput } from '@jianyi/core';
import { databaseKinds, startTestServer, type TestServer } from './support/server-process.js';

const hotlineCase = (externalRef: string): SuggestionInput => ({
  channel: 'hotline-12345',
  categoryId: 'urban',
  title: '解放路夜市油烟扰民',
  body: '来电反映解放路夜市烧烤摊油烟直排，附近居民晚上无法开窗，希望加强管理。',
  anonymous: true,
  externalRef,
});

for (const { kind, skip } of await databaseKinds()) {
  describe(`source case numbers on ${kind}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo'] });
    });
    after(() => server?.dispose());

    test('the same case number again is refused with the tracking code it already has, even with a new Idempotency-Key', async () => {
      const integrator = createClient({ baseUrl: server.baseUrl, token: 'demo-integrator' });
      const first = await integrator.suggestions.create(hotlineCase('GD20261123-0001'));
      const again = await integrator.suggestions.create(hotlineCase('GD20261123-0001')).catch((error: unknown) => error);
      assert.ok(isJianyiError(again), 'refused');
      assert.equal(again.status, 409);
      assert.equal(again.code, 'duplicate_external_ref');
      assert.equal(again.problem?.existingId, first.suggestion.id);
      assert.match(again.message, new RegExp(first.suggestion.id));

      // The same number from another channel is another case.
      const other = await integrator.suggestions.create({ ...hotlineCase('GD20261123-0001'), channel: 'leader-mailbox' });
      assert.notEqual(other.suggestion.id, first.suggestion.id);
    });

    test('staff see the case number; the public view does not carry it', async () => {
      const integrator = createClient({ baseUrl: server.baseUrl, token: 'demo-integrator' });
      const { suggestion } = await integrator.suggestions.create(hotlineCase('GD20261123-0002'));
      const staffView = await createClient({ baseUrl: server.baseUrl, token: 'demo-dispatcher' }).suggestions.get(suggestion.id);
      assert.equal(staffView.view === 'full' && staffView.suggestion.externalRef, 'GD20261123-0002');
      const anyone = await fetch(`${server.baseUrl}/v1/suggestions/${suggestion.id}`);
      assert.ok(!(await anyone.text()).includes('GD20261123-0002'));
    });

    test('a citizen may not set a case number', async () => {
      const response = await fetch(`${server.baseUrl}/v1/suggestions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(hotlineCase('GD20261123-0003')),
      });
      assert.equal(response.status, 403);
      const problem = (await response.json()) as { errors: { field: string; message: string }[] };
      assert.deepEqual(problem.errors.map((error) => error.field), ['externalRef']);
      assert.match(problem.errors[0]!.message, /来源编号/);
    });

    test('ten imports of one case at once make one suggestion', async () => {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 10 }, () => createClient({ baseUrl: server.baseUrl, token: 'demo-integrator', retry: 0 }).suggestions.create(hotlineCase('GD20261123-0004'))),
      );
      const made = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      assert.equal(made.length, 1, `one made: ${outcomes.map((outcome) => (outcome.status === 'fulfilled' ? 201 : isJianyiError(outcome.reason) ? outcome.reason.code : String(outcome.reason))).join(', ')}`);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') assert.ok(isJianyiError(outcome.reason) && outcome.reason.code === 'duplicate_external_ref', String(outcome.reason));
      }
    });

    test('a malformed case number gets a field message', async () => {
      const integrator = createClient({ baseUrl: server.baseUrl, token: 'demo-integrator' });
      await assert.rejects(integrator.suggestions.create(hotlineCase('工单 1')), (error) => isJianyiError(error) && Boolean(error.fieldErrors.externalRef));
    });
  });
}
