/**
 * An in-memory Jianyi API for stories and widget tests. It holds what the reference
 * server holds and refuses what it refuses, using core's schemas and lifecycle — there
 * is no second copy of the rules here, only storage, visibility and paging.
 */
import { statsGroupLabel } from '../i18n/terms.js';
import { apply } from '../lifecycle/apply.js';
import { systemActions, systemActor } from '../lifecycle/deadlines.js';
import type { Actor } from '../model/actor.js';
import type { Attachment } from '../model/attachment.js';
import type { Category } from '../model/category.js';
import type { Department } from '../model/department.js';
import type { Member } from '../model/member.js';
import type { Page } from '../model/page.js';
import { StatsQuerySchema, type Stats, type StatsGrouping } from '../model/stats.js';
import type { CreatedSuggestion, SuggestionDetail } from '../model/suggestion-detail.js';
import type { Channel, PublicSuggestion, Suggestion } from '../model/suggestion.js';
import type { Comment, Topic, VoteResult } from '../model/topic.js';
import type { Workstation } from '../model/workstation.js';
import type { BulkAssignResult } from '../model/action.js';
import {
  buildDemoData,
  demoCategories,
  demoDepartments,
  demoMembers,
  demoTokenActors,
  demoWorkstations,
  type DemoOptions,
} from './demo-data.js';
import { staffActor, type RequestContext } from './store/access.js';
import { createIdempotency } from './store/idempotency.js';
import { localeOf, parseInput } from './store/parse.js';
import { computeStats } from './store/stats.js';
import type { MockState, StoredSuggestion } from './store/state.js';
import * as suggestions from './store/suggestions.js';
import * as topics from './store/topics.js';

export type { RequestContext } from './store/access.js';
export type { StoredSuggestion } from './store/state.js';
export { MockProblem, isMockProblem } from './store/problem.js';

export interface MockStoreOptions {
  /** The store's clock; topic states, deadlines and timestamps follow it. Default: the real clock. */
  now?: () => string;
  /** `demo` (default): the demo city as of `now()` at creation; `empty`: only the reference lists and tokens. */
  seed?: 'demo' | 'empty';
  /** Passed to `buildDemoData`. */
  demo?: DemoOptions;
}

/**
 * What the handlers call. Each method takes the request's parts (`context` from the
 * headers) and returns the response body or throws a `MockProblem`; stories may call them
 * directly to prepare a state (say, a suggestion waiting for its rating).
 */
export interface MockStore {
  readonly now: () => string;
  categories(): Category[];
  departments(): Department[];
  workstations(): Workstation[];
  members(): Member[];

  createSuggestion(body: unknown, context?: RequestContext): CreatedSuggestion;
  getSuggestion(id: string, context?: RequestContext): SuggestionDetail;
  listSuggestions(query: unknown, context?: RequestContext): Page<Suggestion | PublicSuggestion>;
  act(id: string, body: unknown, context?: RequestContext): SuggestionDetail;
  rate(id: string, body: unknown, context?: RequestContext): SuggestionDetail;
  bulkAssign(body: unknown, context?: RequestContext): BulkAssignResult;
  uploadAttachment(bytes: Uint8Array, context?: RequestContext): Attachment;

  listTopics(query: unknown, context?: RequestContext): Page<Topic>;
  getTopic(id: string, context?: RequestContext): Topic;
  createTopic(body: unknown, context?: RequestContext): Topic;
  closeTopic(id: string, context?: RequestContext): Topic;
  vote(topicId: string, body: unknown, context?: RequestContext): VoteResult;
  listComments(topicId: string, query: unknown, context?: RequestContext): Page<Comment>;
  createComment(topicId: string, body: unknown, context?: RequestContext): Comment;

  stats(query: unknown, context?: RequestContext): Stats;

  /** Runs the scheduled job once at `now()`: urges overdue items, closes unrated replies. Returns how many actions it took. */
  runSystemJobs(): number;
  /** The stored record, access key included; for tests and stories, not sent by any handler. */
  record(id: string): StoredSuggestion | undefined;
  /** Every stored record, newest last. */
  records(): StoredSuggestion[];
  /** Another staff token, e.g. a department that only a story needs. */
  addToken(token: string, actor: Actor): void;
  /** Back to the seed, as at creation but at the current `now()`. */
  reset(): void;
}

function seed(state: MockState, kind: 'demo' | 'empty', demo: DemoOptions | undefined): void {
  state.categories = structuredClone(demoCategories);
  state.departments = structuredClone(demoDepartments);
  state.workstations = structuredClone(demoWorkstations);
  state.members = structuredClone(demoMembers);
  state.tokens = demoTokenActors();
  state.suggestions = new Map();
  state.attachments = new Map();
  state.topics = new Map();
  state.votes = new Map();
  state.comments = new Map();
  state.idempotency = createIdempotency();
  if (kind === 'empty') return;
  const data = buildDemoData(state.now(), demo);
  for (const record of data.suggestions) state.suggestions.set(record.suggestion.id, record);
  for (const { counts: _counts, state: _state, ...topic } of data.topics) state.topics.set(topic.id, topic);
  for (const { voterToken, ...vote } of data.votes) {
    const votes = state.votes.get(vote.topicId) ?? new Map();
    votes.set(voterToken, { ...vote, voterToken });
    state.votes.set(vote.topicId, votes);
  }
  for (const comment of data.comments) state.comments.set(comment.topicId, [...(state.comments.get(comment.topicId) ?? []), comment]);
}

export function createMockStore(options: MockStoreOptions = {}): MockStore {
  const now = options.now ?? (() => new Date().toISOString());
  const kind = options.seed ?? 'demo';
  const state: MockState = {
    now,
    categories: [],
    departments: [],
    workstations: [],
    members: [],
    tokens: new Map(),
    suggestions: new Map(),
    attachments: new Map(),
    topics: new Map(),
    votes: new Map(),
    comments: new Map(),
    idempotency: createIdempotency(),
  };
  seed(state, kind, options.demo);

  const label = (grouping: StatsGrouping, key: string): string => statsGroupLabel(grouping, key, state);

  return {
    now,
    categories: () => structuredClone(state.categories),
    departments: () => structuredClone(state.departments),
    workstations: () => structuredClone(state.workstations),
    members: () => structuredClone(state.members),

    createSuggestion: (body, context = {}) => suggestions.createSuggestion(state, body, context),
    getSuggestion: (id, context = {}) => suggestions.getSuggestion(state, id, context),
    listSuggestions: (query, context = {}) => suggestions.listSuggestions(state, query, context),
    act: (id, body, context = {}) => suggestions.act(state, id, body, context),
    rate: (id, body, context = {}) => suggestions.rate(state, id, body, context),
    bulkAssign: (body, context = {}) => suggestions.bulkAssign(state, body, context),
    uploadAttachment: (bytes, context = {}) => suggestions.uploadAttachment(state, bytes, context),

    listTopics: (query, context = {}) => topics.listTopics(state, query, context),
    getTopic: (id) => topics.getTopic(state, id),
    createTopic: (body, context = {}) => topics.createTopic(state, body, context),
    closeTopic: (id, context = {}) => topics.closeTopic(state, id, context),
    vote: (topicId, body, context = {}) => topics.vote(state, topicId, body, context),
    listComments: (topicId, query, context = {}) => topics.listComments(state, topicId, query, context),
    createComment: (topicId, body, context = {}) => topics.createComment(state, topicId, body, context),

    stats(query, context = {}) {
      staffActor(state.tokens, context);
      const q = parseInput(StatsQuerySchema, query, localeOf(context));
      return computeStats({ records: state.suggestions.values(), groupBy: q.groupBy, from: q.from, to: q.to, now: now(), label });
    },

    runSystemJobs() {
      const at = now();
      let taken = 0;
      for (const record of state.suggestions.values()) {
        for (const action of systemActions(record.suggestion, at)) {
          const result = apply(record.suggestion, action, systemActor, at);
          if (!result.ok) continue;
          record.suggestion = result.suggestion;
          record.events.push(result.event);
          taken++;
        }
      }
      return taken;
    },
    record: (id) => state.suggestions.get(id),
    records: () => [...state.suggestions.values()],
    addToken: (token, actor) => void state.tokens.set(token, actor),
    reset: () => seed(state, kind, options.demo),
  };
}
