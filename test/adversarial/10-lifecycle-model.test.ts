// The server against core's lifecycle, model-based: fast-check drives random sequences of
// actions by random callers, some of them two at once from different clients, and after
// every step the server's suggestion equals what core's pure `apply` says it must be.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { actionTypes, apply, createClient, isJianyiError, type ActionType, type Actor, type JianyiClient, type Suggestion } from '@jianyi/core';
import { demoActors, demoTokenActors } from '@jianyi/core/demo-data';
import fc from 'fast-check';
import { databaseKinds, startTestServer, type TestServer } from '../../packages/server/test/support/server-process.js';
import { samples } from './support/actions.js';
import { tally } from './support/tally.js';

const staffTokens = ['demo-dispatcher', 'demo-supervisor', 'demo-admin', 'demo-member-li', 'demo-dept-urban', 'demo-dept-transport'] as const;
const callers = [...staffTokens, 'submitter', 'public'] as const;
type Caller = (typeof callers)[number];

interface Real {
  id: string;
  client(caller: Caller): JianyiClient;
  actor(caller: Caller): Actor;
}
interface Model {
  suggestion: Suggestion;
}

/** What must agree between the model and the server (timestamps depend on the clock). */
function projection(s: Suggestion) {
  return {
    status: s.status,
    version: s.version,
    departmentId: s.departmentId,
    supervised: s.supervised,
    adopted: s.adopted,
    featured: s.featured,
    urgeCount: s.urgeCount,
    claimedBy: s.claimedBy?.memberId,
    replies: s.replies.map((reply) => reply.kind),
    rejectionReason: s.rejectionReason,
    mergedInto: s.mergedInto,
    rated: s.rating?.satisfaction,
  };
}

let steps = 0;
/** The states runs reached, to show they got deep into the loop and not only refusals. */
const reached = new Set<string>();

async function serverState(real: Real) {
  return (await real.client('demo-dispatcher').suggestions.get(real.id)) as { suggestion: Suggestion; events: { seq: number; type: string }[] };
}

/** Sends one action; the outcome is the new version or the refusal's HTTP status. */
async function send(real: Real, caller: Caller, type: ActionType): Promise<{ ok: true } | { ok: false; status: number }> {
  steps++;
  try {
    await real.client(caller).suggestions.act(real.id, samples[type]);
    return { ok: true };
  } catch (error) {
    if (!isJianyiError(error)) throw error;
    return { ok: false, status: error.status };
  }
}

class ActCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly caller: Caller,
    readonly type: ActionType,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const expected = apply(model.suggestion, samples[this.type], real.actor(this.caller), new Date().toISOString());
    const outcome = await send(real, this.caller, this.type);
    if (expected.ok) {
      assert.ok(outcome.ok, `${this.caller} ${this.type} in ${model.suggestion.status}: core allows it, the server said ${!outcome.ok && outcome.status}`);
      model.suggestion = expected.suggestion;
    } else {
      assert.ok(!outcome.ok && outcome.status >= 400 && outcome.status < 500, `${this.caller} ${this.type} in ${model.suggestion.status}: core refuses it, the server ${outcome.ok ? 'did it' : `said ${outcome.status}`}`);
    }
    assert.deepEqual(projection((await serverState(real)).suggestion), projection(model.suggestion));
    reached.add(model.suggestion.status);
  }
  toString = () => `${this.caller} ${this.type}`;
}

/** The next step of the usual loop from wherever the suggestion is, so runs get deep into it. */
const onward: Partial<Record<string, ActionType>> = { submitted: 'accept', accepted: 'assign', assigned: 'start', in_progress: 'reply', replied: 'rate', under_review: 'close', closed: 'adopt' };
class OnwardCommand implements fc.AsyncCommand<Model, Real> {
  check = (model: Readonly<Model>) => onward[model.suggestion.status] !== undefined;
  async run(model: Model, real: Real) {
    const type = onward[model.suggestion.status]!;
    await new ActCommand(likely[type], type).run(model, real);
  }
  toString = () => 'onward';
}

/** Two clients at once: the server takes them in some order; each success must be legal in that order, and the losers changed nothing. */
class RaceCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly moves: [Caller, ActionType][]) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const outcomes = await Promise.all(this.moves.map(([caller, type]) => send(real, caller, type)));
    const { suggestion, events } = await serverState(real);
    const newEvents = events.filter((event) => event.seq > model.suggestion.version);
    const winners = this.moves.filter((_, index) => outcomes[index]!.ok);
    assert.equal(newEvents.length, winners.length, 'one event per success, none for a refusal');
    // Replay the winners in the order the server's timeline shows them.
    const pending = [...winners];
    for (const event of newEvents) {
      const index = pending.findIndex(([, type]) => type === event.type);
      assert.ok(index >= 0, `event ${event.type} matches a sent action`);
      const [caller, type] = pending.splice(index, 1)[0]!;
      const result = apply(model.suggestion, samples[type], real.actor(caller), new Date().toISOString());
      assert.ok(result.ok, `${caller} ${type} succeeded in ${model.suggestion.status}, which core forbids`);
      model.suggestion = result.suggestion;
    }
    for (const [index, outcome] of outcomes.entries()) {
      if (!outcome.ok) assert.ok([401, 403, 409, 422].includes(outcome.status), `${this.moves[index]!.join(' ')} refused with ${outcome.status}`);
    }
    assert.deepEqual(projection(suggestion), projection(model.suggestion));
  }
  toString = () => `race(${this.moves.map((move) => move.join(' ')).join(', ')})`;
}

const move = fc.tuple(fc.constantFrom(...callers), fc.constantFrom(...actionTypes));
// Mostly the callers the lifecycle expects for each action, so runs get deep into the loop.
const likely: Record<ActionType, Caller> = {
  accept: 'demo-dispatcher', reject: 'demo-dispatcher', merge: 'demo-dispatcher', answer: 'demo-dispatcher', assign: 'demo-dispatcher',
  claim: 'demo-member-li', return: 'demo-dept-urban', start: 'demo-dept-urban', reply: 'demo-dept-urban', rate: 'submitter',
  close: 'demo-supervisor', urge: 'demo-supervisor', supervise: 'demo-supervisor', adopt: 'demo-dispatcher', feature: 'demo-dispatcher',
};
const likelyMove = fc.constantFrom(...actionTypes).map((type): [Caller, ActionType] => [likely[type], type]);
const commands = fc.commands(
  [
    fc.constant(new OnwardCommand()),
    fc.oneof({ weight: 3, arbitrary: likelyMove }, { weight: 1, arbitrary: move }).map(([caller, type]) => new ActCommand(caller, type)),
    fc.array(fc.oneof(likelyMove, move), { minLength: 2, maxLength: 3 }).map((moves) => new RaceCommand(moves)),
  ],
  { maxCommands: 20 },
);

for (const { kind, skip } of await databaseKinds()) {
  describe(`lifecycle model on ${kind}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo'] });
    });
    after(() => server?.dispose());

    test('the server always agrees with core', async () => {
      steps = 0;
      const actors = demoTokenActors();
      await fc.assert(
        fc.asyncProperty(commands, async (cmds) => {
          const created = await createClient({ baseUrl: server.baseUrl }).suggestions.create({
            categoryId: 'urban',
            title: '模型测试的建议标题',
            body: '用于把服务器与核心生命周期逐步比对的建议内容。',
            anonymous: true,
          });
          const clients = new Map<Caller, JianyiClient>();
          const real: Real = {
            id: created.suggestion.id,
            client: (caller) => {
              if (!clients.has(caller)) {
                const credentials = caller === 'submitter' ? { accessKey: created.accessKey } : caller === 'public' ? {} : { token: caller };
                clients.set(caller, createClient({ baseUrl: server.baseUrl, retry: 0, ...credentials }));
              }
              return clients.get(caller)!;
            },
            actor: (caller) => (caller === 'submitter' ? demoActors.submitter : caller === 'public' ? { role: 'public', displayName: '市民' } : actors.get(caller)!),
          };
          const model: Model = { suggestion: (await serverState(real)).suggestion };
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        }),
        { numRuns: Number(process.env.JIANYI_MODEL_RUNS ?? 40), includeErrorInReport: true },
      );
      for (const status of ['accepted', 'assigned', 'in_progress', 'replied', 'closed']) assert.ok(reached.has(status), `runs reached ${status}`);
      tally(`10 lifecycle: actions checked against the model (${kind})`, steps);
    });
  });
}
