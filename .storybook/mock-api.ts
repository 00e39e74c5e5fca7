// The Jianyi API as the stories see it: msw's service worker answering with the handlers
// and demo city of @jianyi/core/mocks. One store for the whole preview, reset before
// each story so what one story did (a vote, a rating) never shows in the next.
import { createHandlers, createMockStore, type StoredSuggestion } from '@jianyi/core/mocks';
import { delay, HttpResponse, type RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';

/** Where stories point `apiBase`: the preview's own origin, intercepted by the worker. */
export const apiBase = `${location.origin}/api`;

export const store = createMockStore({ seed: 'demo' });

const worker = setupWorker(...createHandlers({ baseUrl: apiBase, store }));

// Relative, so a built Storybook served from a sub-path still finds the worker.
const started = worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });

/**
 * Before each story: a fresh demo city, the story's own handlers (`parameters.msw`)
 * in front of the shared ones, and no votes or drafts left in localStorage.
 */
export async function prepareMockApi(overrides: RequestHandler[] = []): Promise<void> {
  await started;
  store.reset();
  worker.resetHandlers(...overrides);
  localStorage.clear();
}

/** A demo suggestion the tracker or rating can open: its code and access key. */
export function demoSuggestion(matches: (record: StoredSuggestion) => boolean): { trackingCode: string; submitterKey: string } {
  const record = store.records().find(matches);
  if (!record) throw new Error('the demo city has no such suggestion');
  return { trackingCode: record.suggestion.id, submitterKey: record.accessKey };
}

/** A problem+json answer, as the reference server sends one. */
export const problem = (status: number, title: string, code: string) =>
  HttpResponse.json({ title, status, code }, { status, headers: { 'Content-Type': 'application/problem+json' } });

/** A request left unanswered, to show a widget's loading state for as long as one looks. */
export const never = () => delay('infinite');
