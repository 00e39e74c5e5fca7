import type { ActionInput, BulkAssignInput, BulkAssignResult } from '../../model/action.js';
import type { Attachment } from '../../model/attachment.js';
import type { Page } from '../../model/page.js';
import type { RatingInput } from '../../model/rating.js';
import type { CreatedSuggestion, SuggestionDetail, SuggestionQuery } from '../../model/suggestion-detail.js';
import type { PublicSuggestion, Suggestion, SuggestionInput } from '../../model/suggestion.js';
import { post } from '../calls.js';
import { paginate } from '../paginate.js';
import { clientError } from '../errors.js';
import type { CallOptions, Transport, WriteOptions } from '../transport.js';

export interface SubmitterOptions extends WriteOptions {
  /** The access key returned by `create`, when the client was not made with it. */
  accessKey?: string;
}

export interface UploadOptions extends CallOptions {
  /** Called as bytes go out: `loaded` of `total`. */
  onProgress?: (loaded: number, total: number) => void;
}

const code = (id: string) => `suggestions/${encodeURIComponent(id)}`;
const accessHeader = (options: SubmitterOptions) => ({ 'x-access-key': options.accessKey });

export function suggestionsResource(transport: Transport) {
  const list = (searchParams: SuggestionQuery = {}, options: CallOptions = {}) =>
    transport.request<Page<Suggestion | PublicSuggestion>>('suggestions', { searchParams, ...options });

  return {
    /** Submits a suggestion; keep `accessKey` from the answer to follow and rate it. */
    create: (input: SuggestionInput, options: WriteOptions = {}) =>
      post<CreatedSuggestion>(transport, 'suggestions', 'suggestion', input, options),

    /** By tracking code: the full view with an access key or staff token, the masked public view otherwise. */
    get: (id: string, options: SubmitterOptions = {}) =>
      transport.request<SuggestionDetail>(code(id), { headers: accessHeader(options), signal: options.signal }),

    /** One page; pass `nextCursor` back as `cursor`. */
    list,

    /** Every matching suggestion, page after page, as an async iterator. */
    iterate: (input: SuggestionQuery = {}, options: CallOptions = {}) => paginate((cursor) => list({ ...input, ...(cursor && { cursor }) }, options)),

    /**
     * Takes a lifecycle action (`{type: 'assign', departmentId}` …); a refused one throws with
     * `allowedActions`. Staff input is checked by the server (a 422 with `fieldErrors`, in
     * the client's language); a staff form can check first with `fieldErrorsFor(ActionSchema, …)`.
     */
    act: (id: string, action: ActionInput, options: SubmitterOptions = {}) =>
      post<SuggestionDetail>(transport, `${code(id)}/actions`, undefined, action, options, accessHeader(options)),

    /** The submitter's rating of the reply, once. */
    rate: (id: string, rating: RatingInput, options: SubmitterOptions = {}) =>
      post<SuggestionDetail>(transport, `${code(id)}/rating`, 'rating', rating, options, accessHeader(options)),

    /** Assigns many suggestions to one department at once; each one succeeds or fails on its own. */
    bulkAssign: (input: BulkAssignInput, options: WriteOptions = {}) =>
      post<BulkAssignResult>(transport, 'suggestions/bulk-assign', undefined, input, options),

    /**
     * Uploads one photo before `create`; pass the returned ids as `attachmentIds`. Not
     * retried: a repeat would store the photo twice.
     */
    async uploadAttachment(file: Blob, options: UploadOptions = {}): Promise<Attachment> {
      if (typeof XMLHttpRequest === 'function' && !transport.options.fetch) {
        // Fetched with the first photo: a page where nobody adds one never downloads it.
        const xhr = await import('../upload-xhr.js').catch((cause: unknown) => {
          throw clientError('network_error', transport.locale, { cause });
        });
        return xhr.uploadWithXhr(transport, file, options);
      }
      // Without XMLHttpRequest (Node), progress is counted as fetch reads the body.
      return transport.request<Attachment>('attachments', { method: 'post', body: file, signal: options.signal, onUploadProgress: options.onProgress });
    },
  };
}
