#!/usr/bin/env node
// Imports a 12345-hotline export (JSON or CSV) as suggestions of the `hotline-12345`
// channel. Safe to run again, on the same file or on tomorrow's overlapping export: each
// case goes with its case number as `externalRef`, and the server makes one suggestion per
// number (a repeat is answered 409 `duplicate_external_ref` with the tracking code it has).
// The Idempotency-Key from the same number makes a retry after a lost answer safe too.
//
//   node examples/node-integrator/import-hotline.mjs examples/node-integrator/samples/hotline-2026-11-22.json
//
// JIANYI_API (default http://127.0.0.1:8787) and JIANYI_TOKEN (default demo-integrator)
// say where and as whom.
import { createClient, isJianyiError, isValidationError } from '@jianyi/core';
import { readCases, toSuggestion } from './hotline-cases.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: import-hotline.mjs <export.json|export.csv>');
  process.exit(2);
}
const baseUrl = process.env.JIANYI_API ?? 'http://127.0.0.1:8787';
const token = process.env.JIANYI_TOKEN ?? 'demo-integrator';

// The server marks an answer it replays with `Idempotent-Replayed: true`; the client
// returns the same body either way, so the header is read here, keyed by request key.
const replayed = new Set();
const client = createClient({
  baseUrl,
  token,
  async fetch(request, init) {
    const response = await fetch(request, init);
    if (response.headers.get('idempotent-replayed') === 'true') replayed.add(new Headers(request.headers).get('idempotency-key'));
    return response;
  },
});

const categories = await client.meta.categories();
const counts = { imported: 0, already: 0, refused: 0, failed: 0 };
const seen = new Set();
for (const [index, record] of readCases(file).entries()) {
  const { caseNo, input, fieldErrors } = toSuggestion(record, categories);
  const label = caseNo || `第 ${index + 1} 行`;
  if (!caseNo || seen.has(caseNo)) {
    report('refused', label, caseNo ? '工单编号重复' : '缺少工单编号');
    continue;
  }
  seen.add(caseNo);
  if (fieldErrors) {
    report('refused', label, describe(fieldErrors));
    continue;
  }
  const idempotencyKey = `hotline-12345-${caseNo}`;
  try {
    const { suggestion, accessKey } = await client.suggestions.create(input, { idempotencyKey });
    report(replayed.has(idempotencyKey) ? 'already' : 'imported', label, `${suggestion.id} ${accessKey}`);
  } catch (error) {
    if (!isJianyiError(error)) throw error;
    if (error.code === 'duplicate_external_ref') {
      report('already', label, String(error.problem?.existingId ?? ''));
      continue;
    }
    // Refused input (by the SDK's own check or the server) is the row's fault and stays
    // refused; a network error, 409, 429 or 5xx may pass on the next run.
    const refused = isValidationError(error) || (error.status >= 400 && error.status < 500 && ![409, 429].includes(error.status));
    report(refused ? 'refused' : 'failed', label, Object.keys(error.fieldErrors).length ? describe(error.fieldErrors) : error.message);
  }
}
console.log(`imported ${counts.imported}, already there ${counts.already}, refused ${counts.refused}${counts.failed ? `, failed ${counts.failed} (run again)` : ''}`);
process.exitCode = counts.failed ? 1 : 0;

function report(outcome, label, detail) {
  counts[outcome]++;
  const word = { imported: 'imported', already: 'already there', refused: 'refused', failed: 'failed' }[outcome];
  console.log(`${label}  ${word.padEnd(13)}  ${detail}`);
}

function describe(fieldErrors) {
  return Object.entries(fieldErrors)
    .map(([field, text]) => `${field}: ${text}`)
    .join('; ');
}
