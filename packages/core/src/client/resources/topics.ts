import * as v from 'valibot';
import { PageSchema } from '../../model/page.js';
import { CommentQuerySchema, PageQuerySchema, type CommentQuery, type PageQuery } from '../../model/suggestion-detail.js';
import {
  CommentInputSchema,
  CommentSchema,
  TopicInputSchema,
  TopicSchema,
  VoteInputSchema,
  VoteResultSchema,
  type CommentInput,
  type TopicInput,
  type VoteInput,
} from '../../model/topic.js';
import { generateIdempotencyKey } from '../../ids.js';
import { paginate } from '../paginate.js';
import type { CallOptions, Transport } from '../transport.js';
import { validateInput } from '../validate.js';
import type { WriteOptions } from './suggestions.js';

const TopicPageSchema = PageSchema(TopicSchema);
const CommentPageSchema = PageSchema(CommentSchema);
const id = (topicId: string) => encodeURIComponent(topicId);

export interface VoteOptions extends WriteOptions {
  /** The voter token kept from an earlier vote (localStorage in a browser); comments send it too. */
  voterToken?: string;
}

export function topicsResource(transport: Transport) {
  const { locale } = transport;
  // The server issues a voter token at the first vote; later votes of this client send it.
  let voterToken = transport.options.voterToken;

  async function comments(topicId: string, query: CommentQuery = {}, options: CallOptions = {}) {
    const valid = await validateInput(CommentQuerySchema, query, locale);
    return transport.request(CommentPageSchema, `topics/${id(topicId)}/comments`, { searchParams: valid, ...options });
  }

  return {
    async list(query: PageQuery = {}, options: CallOptions = {}) {
      const valid = await validateInput(PageQuerySchema, query, locale);
      return transport.request(TopicPageSchema, 'topics', { searchParams: valid, ...options });
    },

    /** A topic with its vote counts and whether it is open now. */
    async get(topicId: string, options: CallOptions = {}) {
      return transport.request(TopicSchema, `topics/${id(topicId)}`, options);
    },

    /**
     * One vote per voter per topic: a repeat returns the earlier vote with `counted: false`.
     * Keep `voterToken` from the answer.
     */
    async vote(topicId: string, input: VoteInput, options: VoteOptions = {}) {
      const valid = await validateInput(VoteInputSchema, input, locale);
      const token = options.voterToken ?? voterToken;
      const result = await transport.request(VoteResultSchema, `topics/${id(topicId)}/votes`, {
        method: 'post',
        json: valid,
        headers: { 'x-voter-token': token },
        idempotencyKey: options.idempotencyKey ?? generateIdempotencyKey(),
        ...(options.signal && { signal: options.signal }),
      });
      voterToken = result.voterToken;
      return result;
    },

    /** One page of comments, newest first, optionally of one aspect. */
    comments,

    iterateComments(topicId: string, query: CommentQuery = {}, options: CallOptions = {}) {
      return paginate((cursor) => comments(topicId, { ...query, ...(cursor && { cursor }) }, options));
    },

    async comment(topicId: string, input: CommentInput, options: VoteOptions = {}) {
      const valid = await validateInput(CommentInputSchema, input, locale);
      return transport.request(CommentSchema, `topics/${id(topicId)}/comments`, {
        method: 'post',
        json: valid,
        headers: { 'x-voter-token': options.voterToken ?? voterToken },
        idempotencyKey: options.idempotencyKey ?? generateIdempotencyKey(),
        ...(options.signal && { signal: options.signal }),
      });
    },

    /** Admin: opens a new hot topic. */
    async create(input: TopicInput, options: WriteOptions = {}) {
      const valid = await validateInput(TopicInputSchema, input, locale);
      return transport.request(TopicSchema, 'topics', {
        method: 'post',
        json: valid,
        idempotencyKey: options.idempotencyKey ?? generateIdempotencyKey(),
        ...(options.signal && { signal: options.signal }),
      });
    },

    /** Admin: closes a topic now; it stays readable with its results. */
    async close(topicId: string, options: CallOptions = {}) {
      return transport.request(TopicSchema, `topics/${id(topicId)}/close`, {
        method: 'post',
        idempotencyKey: generateIdempotencyKey(),
        ...options,
      });
    },
  };
}

export type VoteResultOutput = v.InferOutput<typeof VoteResultSchema>;
