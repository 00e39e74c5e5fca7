/**
 * Hot topics over the in-memory state: state from core's `topicState` and the store
 * clock, choices checked with core's `voteProblem`, one vote per voter token.
 */
import { generateAccessKey, generateId } from '../../ids.js';
import { topicFromInput, topicState, voteProblem } from '../../lifecycle/topic.js';
import type { Page } from '../../model/page.js';
import { CommentQuerySchema, PageQuerySchema } from '../../model/suggestion-detail.js';
import { CommentInputSchema, TopicInputSchema, VoteInputSchema, type Comment, type Topic, type VoteResult } from '../../model/topic.js';
import { maskPersonalText } from '../../privacy/mask.js';
import type { DemoComment, DemoTopicDefinition } from '../demo/topics.js';
import { topicCounts } from '../topic-counts.js';
import { credentialOf, requireRole, staffActor, type RequestContext } from './access.js';
import { pageOf } from './paging.js';
import { localeOf, parseInput } from './parse.js';
import { fieldProblem, MockProblem, notFound } from './problem.js';
import type { MockState } from './state.js';

export function withCounts(state: MockState, topic: DemoTopicDefinition): Topic {
  return {
    ...structuredClone(topic),
    state: topicState(topic, state.now()),
    counts: topicCounts(topic, state.votes.get(topic.id)?.values() ?? [], state.comments.get(topic.id) ?? []),
  };
}

function find(state: MockState, id: string): DemoTopicDefinition {
  const topic = state.topics.get(id);
  if (!topic) throw notFound();
  return topic;
}

/** Votes and comments are taken only while the topic is open by the store's clock. */
function requireOpen(state: MockState, topic: DemoTopicDefinition): void {
  const now = topicState(topic, state.now());
  if (now === 'closed') throw new MockProblem(409, 'topic_closed', 'topicClosed');
  if (now === 'upcoming') throw new MockProblem(409, 'topic_not_open', 'topicNotOpen');
}

/** Comments are public: a phone number typed into one is masked like any public text. */
function publicComment({ voterToken: _voter, ...comment }: DemoComment): Comment {
  return { ...comment, body: maskPersonalText(comment.body) };
}

export function listTopics(state: MockState, query: unknown, context: RequestContext): Page<Topic> {
  const locale = localeOf(context);
  const q = parseInput(PageQuerySchema, query, locale);
  const page = pageOf([...state.topics.values()], (topic) => ({ at: topic.createdAt, id: topic.id }), q, locale);
  return { items: page.items.map((topic) => withCounts(state, topic)), nextCursor: page.nextCursor };
}

export function getTopic(state: MockState, id: string): Topic {
  return withCounts(state, find(state, id));
}

/** Admin: a new topic; aspects and poll options get ids `a1…`, `o1…` in the order given. */
export function createTopic(state: MockState, body: unknown, context: RequestContext): Topic {
  const locale = localeOf(context);
  requireRole(state.tokens, context, ['admin']);
  return state.idempotency.run(`create-topic|${credentialOf(context)}`, context.idempotencyKey, body, () => {
    const input = parseInput(TopicInputSchema, body, locale);
    if (input.workstationId && !state.workstations.some((ws) => ws.id === input.workstationId)) {
      throw fieldProblem('workstationId', 'unknownReference', locale);
    }
    const topic: DemoTopicDefinition = topicFromInput(input, generateId('topic'), state.now());
    state.topics.set(topic.id, topic);
    return withCounts(state, topic);
  });
}

/** Admin: closes now; closing a closed topic changes nothing. */
export function closeTopic(state: MockState, id: string, context: RequestContext): Topic {
  requireRole(state.tokens, context, ['admin']);
  const topic = find(state, id);
  const now = state.now();
  if (topicState(topic, now) !== 'closed') {
    topic.closesAt = now;
    if (Date.parse(topic.opensAt) > Date.parse(now)) topic.opensAt = now;
  }
  return withCounts(state, topic);
}

/**
 * One vote per voter token and topic. A caller without a token gets a new one; a repeat
 * answers the earlier vote with `counted: false`.
 */
export function vote(state: MockState, topicId: string, body: unknown, context: RequestContext): VoteResult {
  const locale = localeOf(context);
  const topic = find(state, topicId);
  return state.idempotency.run(`vote|${topicId}|${context.voterToken ?? ''}`, context.idempotencyKey, body, () => {
    requireOpen(state, topic);
    const input = parseInput(VoteInputSchema, body, locale);
    const problem = voteProblem(topic, input.optionIds);
    if (problem) throw fieldProblem('optionIds', problem.messageKey, locale, problem.params);
    const voterToken = context.voterToken || generateAccessKey();
    const votes = state.votes.get(topicId) ?? new Map();
    state.votes.set(topicId, votes);
    const earlier = votes.get(voterToken);
    const counted = earlier === undefined;
    const cast = earlier ?? { topicId, voterToken, optionIds: input.optionIds, at: state.now() };
    votes.set(voterToken, cast);
    return {
      vote: { topicId, optionIds: [...cast.optionIds], at: cast.at },
      counted,
      voterToken,
      topic: withCounts(state, topic),
    };
  });
}

export function listComments(state: MockState, topicId: string, query: unknown, context: RequestContext): Page<Comment> {
  const locale = localeOf(context);
  find(state, topicId);
  const q = parseInput(CommentQuerySchema, query, locale);
  const comments = (state.comments.get(topicId) ?? []).filter((comment) => !q.aspectId || comment.aspectId === q.aspectId);
  const page = pageOf(comments, (comment) => ({ at: comment.createdAt, id: comment.id }), q, locale);
  return { items: page.items.map(publicComment), nextCursor: page.nextCursor };
}

export function createComment(state: MockState, topicId: string, body: unknown, context: RequestContext): Comment {
  const locale = localeOf(context);
  const topic = find(state, topicId);
  // No token is needed to comment, but a wrong one is refused so a misconfigured client notices.
  staffActor(state.tokens, context);
  return state.idempotency.run(`comment|${topicId}|${context.voterToken ?? ''}`, context.idempotencyKey, body, () => {
    requireOpen(state, topic);
    const input = parseInput(CommentInputSchema, body, locale);
    if (input.aspectId && !topic.aspects.some((aspect) => aspect.id === input.aspectId)) throw fieldProblem('aspectId', 'choice', locale);
    const comment: DemoComment = {
      id: generateId('c'),
      topicId,
      ...(input.aspectId && { aspectId: input.aspectId }),
      body: input.body,
      authorName: input.authorName || '网友',
      createdAt: state.now(),
      // Without a voter token the comment still counts as one more participant.
      voterToken: context.voterToken || generateAccessKey(),
    };
    const list = state.comments.get(topicId) ?? [];
    list.push(comment);
    state.comments.set(topicId, list);
    return publicComment(comment);
  });
}
