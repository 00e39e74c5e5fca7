import * as core from '@jianyi/core';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Hono } from 'hono';
import type * as v from 'valibot';
import type { AppEnv } from '../context.js';

/**
 * The OpenAPI 3.1 document, generated from core's schemas: the same objects that check
 * requests here and responses in the client, so the document cannot drift from either.
 */
const schemas: Record<string, v.GenericSchema> = {
  SuggestionInput: core.SuggestionInputSchema,
  Suggestion: core.SuggestionSchema,
  PublicSuggestion: core.PublicSuggestionSchema,
  SuggestionDetail: core.SuggestionDetailSchema,
  CreatedSuggestion: core.CreatedSuggestionSchema,
  SuggestionPage: core.PageSchema(core.ListedSuggestionSchema),
  Action: core.ActionSchema,
  RatingInput: core.RatingInputSchema,
  BulkAssignInput: core.BulkAssignInputSchema,
  Attachment: core.AttachmentSchema,
  Topic: core.TopicSchema,
  TopicPage: core.PageSchema(core.TopicSchema),
  TopicInput: core.TopicInputSchema,
  VoteInput: core.VoteInputSchema,
  VoteResult: core.VoteResultSchema,
  Comment: core.CommentSchema,
  CommentPage: core.PageSchema(core.CommentSchema),
  CommentInput: core.CommentInputSchema,
  Category: core.CategorySchema,
  Department: core.DepartmentSchema,
  Workstation: core.WorkstationSchema,
  Stats: core.StatsSchema,
  Problem: core.ProblemSchema,
};

function jsonSchema(schema: v.GenericSchema): object {
  // Checks and transforms have no JSON Schema form; the types and limits that do are kept.
  const { $schema: _, ...rest } = toJsonSchema(schema, { target: 'draft-2020-12', errorMode: 'ignore', typeMode: 'input' }) as Record<string, unknown>;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } });
/** Reads answered from the server's cache carry an ETag; sending it back gets 304 while unchanged. */
const revalidated = (name: string, description: string) => ({
  '200': { ...json(name, description), headers: { ETag: { description: 'Tag of these exact bytes (answers without a staff token)', schema: { type: 'string' } } } },
  '304': { description: 'Unchanged since the ETag sent in If-None-Match' },
});
const ifNoneMatch = { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The ETag of an earlier answer' };
const problems = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { description: problemText[status] ?? 'Error', content: { 'application/problem+json': { schema: ref('Problem') } } }]));
const problemText: Record<number, string> = {
  400: 'Malformed request (not JSON, bad cursor)',
  401: 'Missing, unknown or disabled token',
  403: 'Not allowed for this caller',
  404: 'Not found',
  409: 'Not possible in the current state; `allowedActions` lists what is',
  413: 'Too large',
  415: 'Not an image',
  422: 'Invalid input; `errors` holds one message per field',
  429: 'Too many requests; see Retry-After',
};
const body = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const idempotencyKey = { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 200 } };
const accessKey = { name: 'X-Access-Key', in: 'header', required: false, schema: { type: 'string' }, description: 'The submitter’s access key' };
const voterToken = { name: 'X-Voter-Token', in: 'header', required: false, schema: { type: 'string' } };
const pageParams = ['cursor', 'limit'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } }));
const filterParams = ['status', 'categoryId', 'departmentId', 'channel', 'workstationId', 'topicId', 'q', 'from', 'to', 'overdue'].map((name) => ({
  name,
  in: 'query',
  required: false,
  schema: { type: 'string' },
}));

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jianyi API',
      version: '0.1.0',
      description: 'The people’s-suggestion closed loop: submit, accept, assign, handle, reply, rate; hot topics with polls and comments.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, jsonSchema(schema)])),
      securitySchemes: { staffToken: { type: 'http', scheme: 'bearer' } },
    },
    paths: {
      '/v1/suggestions': {
        post: {
          summary: 'Submit a suggestion',
          parameters: [idempotencyKey],
          requestBody: body('SuggestionInput'),
          responses: {
            '201': json('CreatedSuggestion', 'Created; keep accessKey'),
            ...problems(400, 413, 422, 429),
            '403': { ...problems(403)['403'], description: 'externalRef sent by a caller that is not an integration or staff' },
            '409': {
              ...problems(409)['409'],
              description: 'The same Idempotency-Key is still being worked on (`idempotency_in_progress`), or the externalRef was imported before (`duplicate_external_ref`, with `existingId`)',
            },
          },
        },
        get: {
          summary: 'List suggestions (masked for the public)',
          parameters: [...filterParams, ...pageParams],
          responses: { '200': json('SuggestionPage', 'One page'), ...problems(400, 422) },
        },
      },
      '/v1/suggestions/bulk-assign': {
        post: {
          summary: 'Assign many suggestions to one department',
          security: [{ staffToken: [] }],
          parameters: [idempotencyKey],
          requestBody: body('BulkAssignInput'),
          responses: { '200': { description: 'Per-item results' }, ...problems(401, 403, 422) },
        },
      },
      '/v1/suggestions/{id}': {
        get: {
          summary: 'A suggestion by tracking code: full with access key or staff token, public otherwise',
          parameters: [idParam, accessKey, ifNoneMatch],
          responses: { ...revalidated('SuggestionDetail', 'The suggestion and its timeline'), ...problems(403, 404, 429) },
        },
      },
      '/v1/suggestions/{id}/actions': {
        post: {
          summary: 'Take a lifecycle action',
          parameters: [idParam, accessKey, idempotencyKey],
          requestBody: body('Action'),
          responses: { '200': json('SuggestionDetail', 'The suggestion after the action'), ...problems(401, 403, 404, 409, 422) },
        },
      },
      '/v1/suggestions/{id}/rating': {
        post: {
          summary: 'The submitter rates the reply',
          parameters: [idParam, accessKey, idempotencyKey],
          requestBody: body('RatingInput'),
          responses: { '200': json('SuggestionDetail', 'Closed or under review'), ...problems(401, 403, 404, 409, 422) },
        },
      },
      '/v1/suggestions/{id}/events': {
        get: {
          summary: 'The timeline as Server-Sent Events (event `timeline`, id = seq)',
          parameters: [idParam, accessKey],
          responses: { '200': { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...problems(404) },
        },
      },
      '/v1/attachments': {
        post: {
          summary: 'Upload one photo (JPEG, PNG, WebP, GIF; ≤ 5 MB) as the raw body',
          requestBody: { required: true, content: { 'image/*': { schema: { type: 'string', contentMediaType: 'image/*' } } } },
          responses: { '201': json('Attachment', 'Stored'), ...problems(413, 415, 429) },
        },
      },
      '/v1/topics': {
        get: { summary: 'Hot topics, newest first', parameters: pageParams, responses: { '200': json('TopicPage', 'One page') } },
        post: {
          summary: 'Open a hot topic (admin)',
          security: [{ staffToken: [] }],
          parameters: [idempotencyKey],
          requestBody: body('TopicInput'),
          responses: { '201': json('Topic', 'Created'), ...problems(401, 403, 422) },
        },
      },
      '/v1/topics/{id}': { get: { summary: 'A topic with its counts', parameters: [idParam, ifNoneMatch], responses: { ...revalidated('Topic', 'The topic'), ...problems(404) } } },
      '/v1/topics/{id}/close': {
        post: { summary: 'Close a topic now (admin)', security: [{ staffToken: [] }], parameters: [idParam], responses: { '200': json('Topic', 'Closed'), ...problems(401, 403, 404) } },
      },
      '/v1/topics/{id}/votes': {
        post: {
          summary: 'Vote once per voter; a repeat returns the earlier vote',
          parameters: [idParam, voterToken, idempotencyKey],
          requestBody: body('VoteInput'),
          responses: { '201': json('VoteResult', 'Counted'), '200': json('VoteResult', 'Voted before'), ...problems(404, 409, 422, 429) },
        },
      },
      '/v1/topics/{id}/comments': {
        get: {
          summary: 'Comments, newest first',
          parameters: [idParam, { name: 'aspectId', in: 'query', required: false, schema: { type: 'string' } }, ...pageParams],
          responses: { '200': json('CommentPage', 'One page'), ...problems(404) },
        },
        post: {
          summary: 'Comment on an open topic',
          parameters: [idParam, voterToken, idempotencyKey],
          requestBody: body('CommentInput'),
          responses: { '201': json('Comment', 'Published'), ...problems(404, 409, 422, 429) },
        },
      },
      '/v1/categories': { get: { summary: 'Categories with handling days', responses: { '200': { description: 'All', content: { 'application/json': { schema: { type: 'array', items: ref('Category') } } } } } } },
      '/v1/departments': { get: { summary: 'Departments', responses: { '200': { description: 'All', content: { 'application/json': { schema: { type: 'array', items: ref('Department') } } } } } } },
      '/v1/workstations': { get: { summary: 'Workstations with their QR links', responses: { '200': { description: 'All', content: { 'application/json': { schema: { type: 'array', items: ref('Workstation') } } } } } } },
      '/v1/stats': {
        get: {
          summary: 'Received, accepted, closed, solve and satisfaction rates, reply days, overdue',
          parameters: ['groupBy', 'from', 'to'].map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
          responses: { '200': json('Stats', 'Statistics'), ...problems(422) },
        },
      },
      '/v1/members/me/recommendations': {
        get: { summary: 'Open suggestions matched to the member (智慧推荐)', security: [{ staffToken: [] }], responses: { '200': { description: 'Recommendations' }, ...problems(401, 403) } },
      },
    },
  };
}

export const openApiRoutes = new Hono<AppEnv>();
let cached: string | undefined;
openApiRoutes.get('/openapi.json', (c) => {
  cached ??= JSON.stringify(openApiDocument());
  return c.body(cached, 200, { 'content-type': 'application/json; charset=utf-8' });
});
