/**
 * `@jianyi/core/mocks`: msw handlers of the Jianyi API over an in-memory store seeded
 * with the demo city, for Storybook stories and widget tests.
 *
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createHandlers, createMockStore, demoTokens } from '@jianyi/core/mocks';
 * const store = createMockStore({ now: () => '2026-03-20T02:00:00.000Z' });
 * const server = setupServer(...createHandlers({ baseUrl: 'http://jianyi.test', store }));
 * ```
 */
// The mock server answers in whatever language a request asks for, as the real one does.
import '../i18n/all-locales.js';

export { createHandlers, type HandlerOptions } from './handlers.js';
export {
  createMockStore,
  isMockProblem,
  MockProblem,
  type MockStore,
  type MockStoreOptions,
  type RequestContext,
  type StoredSuggestion,
} from './store.js';
export {
  buildDemoData,
  demoAccessKey,
  demoActors,
  demoCategories,
  demoDepartments,
  demoMembers,
  demoPhoto,
  demoTokenActors,
  demoTokens,
  demoTrackingCode,
  demoWorkstations,
  type DemoComment,
  type DemoData,
  type DemoOptions,
  type DemoSuggestion,
  type DemoVote,
} from './demo-data.js';
