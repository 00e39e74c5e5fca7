import type { Page } from '../../model/page.js';
import type { CommentQuery, PageQuery } from '../../model/suggestion-detail.js';
import type { Comment, CommentInput, Topic, TopicInput, VoteInput, VoteResult } from '../../model/topic.js';
import { generateIdempotencyKey } from '../../ids.js';
import { post } from '../calls.js';
import { paginate } from '../paginate.js';
import type { CallOptions, Transport, WriteOptions } from '../transport.js';

const topic = (topicId: string) => `topics/${encodeURIComponent(topicId)}`;

export interface VoteOptions extends WriteOptions {
  /** The voter token kept from an earlier vote (localStorage in a browser); comments send it too. */
  voterToken?: string;
}

export function topicsResource(transport: Transport) {
  // The server issues a voter token at the first vote; later votes of this client send it.
  let voterToken = transport.options.voterToken;
  const voter = (options: VoteOptions) => ({ 'x-voter-token': options.voterToken ?? voterToken });

  const comments = (topicId: string, searchParams: CommentQuery = {}, options: CallOptions = {}) =>
    transport.request<Page<Comment>>(`${topic(topicId)}/comments`, { searchParams, ...options });

  return {
    list: (searchParams: PageQuery = {}, options: CallOptions = {}) => transport.request<Page<Topic>>('topics', { searchParams, ...options }),

    /** A topic with its vote counts and whether it is open now. */
    get: (topicId: string, options: CallOptions = {}) => transport.request<Topic>(topic(topicId), options),

    /**
     * One vote per voter per topic: a repeat returns the earlier vote with `counted: false`.
     * Keep `voterToken` from the answer.
     */
    async vote(topicId: string, input: VoteInput, options: VoteOptions = {}) {
      const result = await post<VoteResult>(transport, `${topic(topicId)}/votes`, 'vote', input, options, voter(options));
      voterToken = result.voterToken;
      return result;
    },

    /** One page of comments, newest first, optionally of one aspect. */
    comments,

    iterateComments: (topicId: string, input: CommentQuery = {}, options: CallOptions = {}) =>
      paginate((cursor) => comments(topicId, { ...input, ...(cursor && { cursor }) }, options)),

    comment: (topicId: string, input: CommentInput, options: VoteOptions = {}) =>
      post<Comment>(transport, `${topic(topicId)}/comments`, 'comment', input, options, voter(options)),

    /** Admin: opens a new hot topic; checked by the server, like staff actions. */
    create: (input: TopicInput, options: WriteOptions = {}) => post<Topic>(transport, 'topics', undefined, input, options),

    /** Admin: closes a topic now; it stays readable with its results. */
    close: (topicId: string, options: CallOptions = {}) =>
      transport.request<Topic>(`${topic(topicId)}/close`, { method: 'post', idempotencyKey: generateIdempotencyKey(), ...options }),
  };
}
