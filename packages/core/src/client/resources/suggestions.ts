import { ActionSchema, BulkAssignInputSchema, BulkAssignResultSchema, type ActionInput, type BulkAssignInput } from '../../model/action.js';
import { AttachmentSchema, type Attachment } from '../../model/attachment.js';
import { PageSchema } from '../../model/page.js';
import { RatingInputSchema, type RatingInput } from '../../model/rating.js';
import {
  CreatedSuggestionSchema,
  ListedSuggestionSchema,
  SuggestionDetailSchema,
  SuggestionQuerySchema,
  type SuggestionQuery,
} from '../../model/suggestion-detail.js';
import { SuggestionInputSchema, type SuggestionInput } from '../../model/suggestion.js';
import { generateIdempotencyKey } from '../../ids.js';
import { paginate } from '../paginate.js';
import { uploadWithXhr } from '../upload-xhr.js';
import type { CallOptions, Transport } from '../transport.js';
import { validateInput } from '../validate.js';

export interface WriteOptions extends CallOptions {
  /**
   * Reuse a key kept from an earlier attempt (say, in a saved draft) so that a retry
   * after a reload cannot create a second record. One is generated when absent.
   */
  idempotencyKey?: string;
}

export interface SubmitterOptions extends WriteOptions {
  /** The access key returned by `create`, when the client was not made with it. */
  accessKey?: string;
}

export interface UploadOptions extends CallOptions {
  /** Called as bytes go out: `loaded` of `total`. */
  onProgress?: (loaded: number, total: number) => void;
}

const ListPageSchema = PageSchema(ListedSuggestionSchema);


const code = (id: string) => encodeURIComponent(id);
const accessHeader = (options: SubmitterOptions) => (options.accessKey ? { 'x-access-key': options.accessKey } : {});

export function suggestionsResource(transport: Transport) {
  const { locale } = transport;

  async function list(query: SuggestionQuery = {}, options: CallOptions = {}) {
    const valid = await validateInput(SuggestionQuerySchema, query, locale);
    return transport.request(ListPageSchema, 'suggestions', { searchParams: valid, ...options });
  }

  return {
    /** Submits a suggestion; keep `accessKey` from the answer to follow and rate it. */
    async create(input: SuggestionInput, options: WriteOptions = {}) {
      const valid = await validateInput(SuggestionInputSchema, input, locale);
      return transport.request(CreatedSuggestionSchema, 'suggestions', {
        method: 'post',
        json: valid,
        idempotencyKey: options.idempotencyKey ?? generateIdempotencyKey(),
        ...(options.signal && { signal: options.signal }),
      });
    },

    /** By tracking code: the full view with an access key or staff token, the masked public view otherwise. */
    async get(id: string, options: SubmitterOptions = {}) {
      return transport.request(SuggestionDetailSchema, `suggestions/${code(id)}`, {
        headers: accessHeader(options),
        ...(options.signal && { signal: options.signal }),
      });
    },

    /** One page; pass `nextCursor` back as `cursor`. */
    list,

    /** Every matching suggestion, page after page, as an async iterator. */
    iterate(query: SuggestionQuery = {}, options: CallOptions = {}) {
      return paginate((cursor) => list({ ...query, ...(cursor && { cursor }) }, options));
    },

    /** Takes a lifecycle action (`{type: 'assign', departmentId}` …); a refused one throws with `allowedActions`. */
    async act(id: string, action: ActionInput, options: SubmitterOptions = {}) {
      const valid = await validateInput(ActionSchema, action, locale);
      return transport.request(SuggestionDetailSchema, `suggestions/${code(id)}/actions`, {
        method: 'post',
        json: valid,
        headers: accessHeader(options),
        idempotencyKey: options.idempotencyKey ?? generateIdempotencyKey(),
        ...(options.signal && { signal: options.signal }),
      });
    },

    /** The submitter's rating of the reply, once. */
    async rate(id: string, rating: RatingInput, options: SubmitterOptions = {}) {
      const valid = await validateInput(RatingInputSchema, rating, locale);
      return transport.request(SuggestionDetailSchema, `suggestions/${code(id)}/rating`, {
        method: 'post',
        json: valid,
        headers: accessHeader(options),
        idempotencyKey: options.idempotencyKey ?? generateIdempotencyKey(),
        ...(options.signal && { signal: options.signal }),
      });
    },

    /** Assigns many suggestions to one department at once; each one succeeds or fails on its own. */
    async bulkAssign(input: BulkAssignInput, options: WriteOptions = {}) {
      const valid = await validateInput(BulkAssignInputSchema, input, locale);
      return transport.request(BulkAssignResultSchema, 'suggestions/bulk-assign', {
        method: 'post',
        json: valid,
        idempotencyKey: options.idempotencyKey ?? generateIdempotencyKey(),
        ...(options.signal && { signal: options.signal }),
      });
    },

    /**
     * Uploads one photo before `create`; pass the returned ids as `attachmentIds`. Not
     * retried: a repeat would store the photo twice.
     */
    async uploadAttachment(file: Blob, options: UploadOptions = {}): Promise<Attachment> {
      const { onProgress, signal } = options;
      if (typeof XMLHttpRequest === 'function' && !transport.options.fetch) {
        return uploadWithXhr(transport, file, options);
      }
      // Without XMLHttpRequest (Node), progress is counted as fetch reads the body.
      return transport.request(AttachmentSchema, 'attachments', {
        method: 'post',
        body: file,
        ...(signal && { signal }),
        ...(onProgress && { onUploadProgress: onProgress }),
      });
    },
  };
}
