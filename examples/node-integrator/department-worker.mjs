#!/usr/bin/env node
// A department's side of the loop (承办单位): takes on what the dispatcher assigned to it
// and sends its replies. The server shows a department token only its own suggestions.
//
//   node examples/node-integrator/department-worker.mjs              poll every 30 s, start what is newly assigned
//   node examples/node-integrator/department-worker.mjs --once       one pass, then exit
//   node examples/node-integrator/department-worker.mjs reply <查询码> <答复内容>
//
// JIANYI_API (default http://127.0.0.1:8787) and JIANYI_TOKEN (default demo-dept-urban).
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, isJianyiError, term } from '@jianyi/core';

const client = createClient({
  baseUrl: process.env.JIANYI_API ?? 'http://127.0.0.1:8787',
  token: process.env.JIANYI_TOKEN ?? 'demo-dept-urban',
});
const [command, ...rest] = process.argv.slice(2);

try {
  if (command === 'reply') await reply(rest[0], rest.slice(1).join(' '));
  else if (command === '--once') await startAssigned();
  else if (command === undefined) {
    for (;;) {
      await startAssigned();
      await sleep(Number(process.env.JIANYI_POLL_SECONDS ?? 30) * 1000);
    }
  } else {
    console.error('usage: department-worker.mjs [--once | reply <查询码> <答复内容>]');
    process.exitCode = 2;
  }
} catch (error) {
  if (!isJianyiError(error)) throw error;
  console.error(`${error.message}${Object.keys(error.fieldErrors).length ? ` ${JSON.stringify(error.fieldErrors)}` : ''}`);
  process.exitCode = 1;
}

/** 接单: starts handling every suggestion assigned to this department and not started yet. */
async function startAssigned() {
  let started = 0;
  for await (const suggestion of client.suggestions.iterate({ status: 'assigned' })) {
    // A co-handling department (协办) sees the suggestion too, but only the lead starts it;
    // the server says which actions this token may take.
    const { allowedActions } = await client.suggestions.get(suggestion.id);
    if (!allowedActions.includes('start')) continue;
    await client.suggestions.act(suggestion.id, { type: 'start', note: '已接收交办，正在核实办理。' }, { idempotencyKey: `start-${suggestion.id}-${suggestion.version}` });
    started++;
    console.log(`${suggestion.id}  ${term('status', 'in_progress')}  ${suggestion.title}  (办理期限 ${suggestion.dueAt?.slice(0, 10) ?? '—'})`);
  }
  console.log(`${new Date().toISOString()}  started ${started}`);
}

/** 答复: the department's reply, which the citizen sees on the timeline and rates. */
async function reply(id, body) {
  if (!id) throw new Error('reply needs a tracking code (查询码)');
  const { suggestion } = await client.suggestions.act(id, { type: 'reply', body });
  console.log(`${suggestion.id}  ${term('status', suggestion.status)}  ${suggestion.title}`);
}
