// A topic with 10,000 more comments, written through the store before the server starts
// (the API would refuse one address posting that many, and it would take minutes).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../packages/server/dist/store/database.js';
import { seedDemo } from '../packages/server/dist/store/seed-demo.js';
import { insertComment } from '../packages/server/dist/store/topics.js';

const phrases = ['早高峰等车要二十多分钟，建议加密班次。', '希望开通夜班公交。', '公交专用道经常被私家车占用，要加强抓拍，特别是巴陵中路和东环路，早晚高峰几乎天天如此，希望交警部门和公交集团联合治理。'];

export async function dataDirWithComments(count = 10_000) {
  const dataDir = mkdtempSync(join(tmpdir(), 'jianyi-render-'));
  const database = await openDatabase({ dataDir });
  const now = Date.now();
  await seedDemo(database, new Date(now));
  await database.db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const comment = {
        id: `c-bench-${String(i).padStart(5, '0')}`,
        topicId: 'topic-bus',
        ...(i % 3 !== 0 && { aspectId: 'frequency' }),
        body: `#${i + 1} ${phrases[i % phrases.length]}`,
        authorName: i % 4 === 0 ? '网友' : `乘客${i}`,
        createdAt: new Date(now - 1000 - i * 60_000).toISOString(),
      };
      await insertComment(trx, comment, `bench-voter-${i}`);
    }
  });
  await database.close();
  return dataDir;
}
