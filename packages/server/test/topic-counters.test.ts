// A topic's counts are stored counters kept in the vote's or comment's transaction; here
// they must equal a recount of the rows themselves after many votes and comments at once,
// from two server processes sharing the database, with repeat voters mixed in.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { createClient, type Topic } from '@jianyi/core';
import { databaseKinds, startTestServer, type TestServer } from './support/server-process.js';

interface Recount {
  votes: number;
  comments: number;
  participants: number;
  options: Record<string, number>;
}

const recountSql = {
  votes: 'select count(*) as n from votes where topic_id = $1',
  comments: 'select count(*) as n from comments where topic_id = $1',
  participants: 'select count(*) as n from (select voter_hash from votes where topic_id = $1 union select voter_hash from comments where topic_id = $1) as people',
  options: 'select option_id, count(*) as n from vote_options where topic_id = $1 group by option_id',
};

/** Counts the rows themselves, straight from the database the servers use. */
async function recount(server: TestServer, topicId: string): Promise<Recount> {
  if (server.kind === 'postgres') {
    const client = new pg.Client({ connectionString: server.databaseArgs[1] });
    await client.connect();
    try {
      const one = async (text: string) => Number((await client.query<{ n: string }>(text, [topicId])).rows[0]!.n);
      const options = (await client.query<{ option_id: string; n: string }>(recountSql.options, [topicId])).rows;
      return {
        votes: await one(recountSql.votes),
        comments: await one(recountSql.comments),
        participants: await one(recountSql.participants),
        options: Object.fromEntries(options.map((row) => [row.option_id, Number(row.n)])),
      };
    } finally {
      await client.end();
    }
  }
  const file = new SQLite(join(server.databaseArgs[1]!, 'jianyi.sqlite'), { readonly: true });
  try {
    const one = (text: string) => Number((file.prepare(text.replaceAll('$1', '?')).get(...Array(text.split('$1').length - 1).fill(topicId)) as { n: number }).n);
    const options = file.prepare(recountSql.options.replaceAll('$1', '?')).all(topicId) as { option_id: string; n: number }[];
    return {
      votes: one(recountSql.votes),
      comments: one(recountSql.comments),
      participants: one(recountSql.participants),
      options: Object.fromEntries(options.map((row) => [row.option_id, Number(row.n)])),
    };
  } finally {
    file.close();
  }
}

const countsOf = (topic: Topic): Recount => ({
  votes: topic.counts.votes,
  comments: topic.counts.comments,
  participants: topic.counts.participants,
  options: Object.fromEntries(Object.entries(topic.counts.options).filter(([, n]) => n > 0)),
});

for (const { kind, skip } of await databaseKinds()) {
  describe(`topic counters on ${kind}`, { skip }, () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(kind, { args: ['--seed-demo'] });
    });
    after(() => server?.dispose());

    test('the demo data is counted as a recount would', async () => {
      for (const id of ['topic-bus', 'topic-renovation']) {
        const response = await fetch(`${server.baseUrl}/v1/topics/${id}`);
        assert.equal(response.status, 200);
        assert.deepEqual(countsOf((await response.json()) as Topic), await recount(server, id), id);
      }
    });

    test('concurrent votes and comments from two processes: the counters equal a recount', async () => {
      // SQLite is served by one process per file; a second one still reads and writes it safely.
      const second = await server.another();
      try {
        const urls = [server.baseUrl, second.baseUrl];
        const voters = Array.from({ length: 40 }, () => randomBytes(18).toString('base64url'));
        const choices = [['o1'], ['o1', 'o3'], ['o3', 'o1'], ['o2'], ['o2', 'o3']];
        const requests: Promise<unknown>[] = [];
        for (const [index, voter] of voters.entries()) {
          const client = createClient({ baseUrl: urls[index % 2]!, voterToken: voter, retry: 5 });
          // Some vote twice at once (once counted), some also comment (one participant), some only comment.
          const optionIds = choices[index % choices.length]!;
          if (index % 4 !== 3) requests.push(client.topics.vote('topic-bus', { optionIds }));
          if (index % 3 === 0) requests.push(createClient({ baseUrl: urls[(index + 1) % 2]!, voterToken: voter, retry: 5 }).topics.vote('topic-bus', { optionIds: ['o2'] }));
          if (index % 2 === 0) requests.push(client.topics.comment('topic-bus', { body: `第 ${index} 位参与者的意见：班次再加密一些。` }));
        }
        await Promise.all(requests);
        const shown = (await (await fetch(`${server.baseUrl}/v1/topics/topic-bus`)).json()) as Topic;
        const counted = await recount(server, 'topic-bus');
        assert.deepEqual(countsOf(shown), counted);
        const shownBySecond = (await (await fetch(`${second.baseUrl}/v1/topics/topic-bus`)).json()) as Topic;
        assert.deepEqual(countsOf(shownBySecond), counted, 'the other process shows the same counts');
      } finally {
        await second.stop();
      }
    });
  });
}
