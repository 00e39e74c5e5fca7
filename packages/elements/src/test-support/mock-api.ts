import { createHandlers, createMockStore, type MockStore } from '@jianyi/core/mocks';
import { setupWorker, type SetupWorker } from 'msw/browser';

/** Where widget tests point `api-base`: this page's origin, intercepted by msw's worker. */
export const apiBase = `${location.origin}/api`;

let worker: SetupWorker | undefined;
let store: MockStore | undefined;

/**
 * The mocked API of `@jianyi/core/mocks`, with the demo data, started once per test
 * file. `reset()` before a test gives it a fresh store.
 */
export async function mockApi(): Promise<{ store: MockStore; worker: SetupWorker }> {
  if (!worker || !store) {
    store = createMockStore({ seed: 'demo' });
    worker = setupWorker(...createHandlers({ baseUrl: apiBase, store }));
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  }
  return { store, worker };
}
