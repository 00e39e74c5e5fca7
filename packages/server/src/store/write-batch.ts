import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

interface Waiting {
  work: (trx: Transaction<Database>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit for SQLite. With synchronous=FULL each commit waits for the disk (about
 * 1.5 ms here), and SQLite runs one transaction at a time, so one commit per request
 * capped writes near 600/s. Requests that arrive while a commit is under way wait and
 * then run together in one transaction, each in its own savepoint (a refused or failed
 * one is undone alone), with one commit for all; each gets its answer only after that
 * commit, so nothing acknowledged can be lost. Alone, a request runs as before.
 */
export class WriteBatcher {
  private readonly waiting: Waiting[] = [];
  private running = false;
  private scheduled = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly maxBatch = 100,
  ) {}

  run<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      // Started after the requests that came in with this one have reached here too.
      if (!this.running && !this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          void this.drain();
        });
      }
    });
  }

  private async drain() {
    this.running = true;
    try {
      while (this.waiting.length > 0) await this.runBatch(this.waiting.splice(0, this.maxBatch));
    } finally {
      this.running = false;
    }
  }

  private async runBatch(batch: Waiting[]) {
    if (batch.length === 1) {
      const [one] = batch as [Waiting];
      await this.db.transaction().execute(one.work).then(one.resolve, one.reject);
      return;
    }
    const outcomes: Outcome[] = [];
    let trx;
    try {
      trx = await this.db.startTransaction().execute();
      for (const item of batch) {
        const savepoint = await trx.savepoint('request').execute();
        try {
          outcomes.push({ ok: true, value: await item.work(savepoint) });
          await savepoint.releaseSavepoint('request').execute();
        } catch (error) {
          await savepoint.rollbackToSavepoint('request').execute();
          await savepoint.releaseSavepoint('request').execute();
          outcomes.push({ ok: false, error });
        }
      }
      await trx.commit().execute();
    } catch (error) {
      // The transaction itself failed (disk full, I/O error): nobody's work was kept.
      if (trx) await trx.rollback().execute().catch(() => {});
      for (const item of batch) item.reject(error);
      return;
    }
    for (const [index, item] of batch.entries()) {
      const outcome = outcomes[index]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    }
  }
}
