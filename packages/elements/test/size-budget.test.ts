// The size budgets of issue 7, measured on the production bundles `npm run build` makes
// (`npm test` builds first). Gzip bytes of what a page downloads before anything runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs script without types
import { budgets, measure } from '../../../scripts/size.mjs';

interface Row {
  name: string;
  files: string[];
  gzip: number;
  budget: number;
  lazy?: Record<'zh-TW' | 'en', { gzip: number }>;
  /** Fetched later, when a citizen starts writing or the data calls for it. */
  onDemandFiles: string[];
}

const rows = measure() as Row[];
const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rowOf = (name: string) => rows.find((row) => row.name.startsWith(name))!;
const widgetRows = rows.filter((row) => row.name.startsWith('jy-'));

/** A row's gzip size is within `budget` (bytes). */
function within(row: Row, budget: number) {
  assert.ok(row.gzip <= budget, `${row.name}: ${kb(row.gzip)} gzip, over its budget of ${kb(budget)}`);
}

describe('bundle sizes (gzip)', () => {
  it('the core client alone, within its budget', () => {
    within(rowOf('core client'), budgets.coreClient);
  });

  it('each widget with everything it needs', () => {
    assert.equal(widgetRows.length, 5, 'one script per element: provider, rating, form, poll, tracker');
    for (const row of widgetRows) within(row, budgets.oneWidget);
  });

  it('all widgets + runtime in jianyi.js', () => {
    within(rowOf('jianyi.js'), budgets.all);
  });

  it('jianyi.js defines every element up front: only what an action or a loaded suggestion needs comes later', () => {
    const all = rowOf('jianyi.js');
    const upFront = all.files.map((file) => readFileSync(join(cdn, file), 'utf8')).join('\n');
    for (const tag of ['jy-provider', 'jy-rating', 'jy-suggestion-form', 'jy-hot-topic-poll', 'jy-status-tracker']) {
      assert.match(upFront, new RegExp(`["'\`]${tag}["'\`]`), `${tag} is not defined by jianyi.js itself`);
    }
    // What comes later, by file: the input checks, the form's and the poll's actions, photos,
    // the success view, the tracker's suggestion view and the rating it shows inline.
    assert.ok(all.onDemandFiles.length > 0);
  });

  it('a zh-CN page downloads no other locale; zh-TW and en terms are separate files', () => {
    for (const row of [...widgetRows, rowOf('jianyi.js')]) {
      assert.ok(!row.files.some((file) => file.startsWith('locales/')), `${row.name} loads another locale up front`);
      if (row.name.startsWith('jy-provider')) continue; // the provider shows no text of its own
      assert.ok(row.lazy!['zh-TW'].gzip > 0 && row.lazy!.en.gzip > 0, `${row.name} has no lazy zh-TW/en terms`);
    }
  });

  it('a widget script registers the elements it renders: the tracker fetches its inline rating when one is due', () => {
    const tracker = rowOf('jy-status-tracker');
    const read = (files: string[]) => files.map((file) => readFileSync(join(cdn, file), 'utf8')).join('\n');
    assert.doesNotMatch(read(tracker.files), /["'`]jy-rating["'`]/, 'the rating form is loaded before any suggestion needs it');
    assert.match(read(tracker.onDemandFiles), /["'`]jy-rating["'`]/, 'jy-status-tracker.js cannot fetch the <jy-rating> it shows');
  });

  it('one widget costs less than all of them: Lit, the client and valibot are shared chunks', () => {
    const all = rowOf('jianyi.js');
    for (const row of widgetRows) assert.ok(row.gzip < all.gzip, `${row.name} (${kb(row.gzip)}) is not smaller than jianyi.js (${kb(all.gzip)})`);
    const shared = new Set(widgetRows.slice(1).flatMap((row) => row.files.filter((file) => file.startsWith('shared/'))));
    assert.ok(shared.size > 0, 'the widget scripts share no chunk');
  });
});
