import {
  ActionSchema,
  BulkAssignInputSchema,
  generateAccessKey,
  generateTrackingCode,
  looksAutomated,
  message,
  RatingInputSchema,
  submit,
  suggestionDetail,
  toPublic,
  SuggestionInputSchema,
  SuggestionQuerySchema,
  type Action,
  type Actor,
} from '@jianyi/core';
import { Hono, type Context } from 'hono';
import { hashSecret } from '../auth/secrets.js';
import { checkAccessKey, fullListRoles, publishedStatuses, viewerOf } from '../auth/viewer.js';
import { submitterActor, type AppEnv } from '../context.js';
import { idempotent } from '../http/idempotent.js';
import { parse, readJson } from '../http/input.js';
import { forbidden, localeOf, notFound, ProblemError } from '../http/problem.js';
import { rateLimit } from '../http/rate-limit.js';
import { trackerKey } from '../http/cached-reads.js';
import { sendCached } from '../http/response-cache.js';
import { decodeCursor } from '../store/cursor.js';
import { isUniqueViolation } from '../store/database.js';
import { findRecord } from '../store/records.js';
import { eventsOf, findByExternalRef, findSuggestion, insertSuggestion, listSuggestions } from '../store/suggestions.js';
import { transition } from '../store/transition.js';
import { streamTimeline } from './timeline-stream.js';

export const suggestionRoutes = new Hono<AppEnv>();

/** Who may give a suggestion the case number it has elsewhere (`externalRef`). */
const externalRefRoles = new Set<string>(['integrator', 'dispatcher', 'admin']);

suggestionRoutes.post('/suggestions', rateLimit('create'), async (c) => {
  const { value: input, raw } = await readJson(c, SuggestionInputSchema);
  const services = c.get('services');
  const actor = c.get('actor');
  const locale = localeOf(c);
  const unknown = (field: string) =>
    new ProblemError(422, 'validation_failed', 'validationFailed', { errors: [{ field, message: message('unknownReference', locale) }] });
  // A citizen could otherwise take a hotline case number first and have the real case merged away.
  if (input.externalRef && !externalRefRoles.has(actor.role)) {
    throw new ProblemError(403, 'forbidden', 'externalRefNotAllowed', { errors: [{ field: 'externalRef', message: message('externalRefNotAllowed', locale) }] });
  }
  const alreadyImported = (id: string) => new ProblemError(409, 'duplicate_external_ref', 'duplicateExternalRef', { existingId: id, params: { id } });

  return idempotent(c, raw, async (trx) => {
    if (input.externalRef) {
      const existing = await findByExternalRef(trx, input.channel, input.externalRef);
      if (existing) throw alreadyImported(existing);
    }
    const category = await findRecord(trx, 'categories', input.categoryId);
    if (!category) throw unknown('categoryId');
    if (input.workstationId && !(await findRecord(trx, 'workstations', input.workstationId))) throw unknown('workstationId');
    if (input.topicId && !(await trx.selectFrom('topics').select('id').where('id', '=', input.topicId).executeTakeFirst())) throw unknown('topicId');
    const attachments = [];
    for (const [index, id] of input.attachmentIds.entries()) {
      const row = await trx.selectFrom('attachments').select(['id', 'mime', 'size', 'width', 'height']).where('id', '=', id).executeTakeFirst();
      if (!row) throw unknown(`attachmentIds.${index}`);
      attachments.push({
        id: row.id,
        url: `/v1/attachments/${row.id}`,
        mime: row.mime as 'image/jpeg',
        size: Number(row.size),
        ...(row.width !== null && { width: Number(row.width) }),
        ...(row.height !== null && { height: Number(row.height) }),
      });
    }
    const submitter: Actor = actor.role === 'public' ? { role: 'public', displayName: '市民' } : actor;
    const { suggestion, event } = submit(input, {
      id: generateTrackingCode(),
      actor: submitter,
      now: services.now().toISOString(),
      handlingDays: category.handlingDays,
      attachments,
      policy: services.policy,
    });
    const accessKey = generateAccessKey();
    // A bot gets the same answer as a person, so it learns nothing to work around; only a person's suggestion is kept.
    if (looksAutomated(input)) services.log(`dropped an automated submission (${input.website ? 'honeypot filled' : `sent ${input.fillMs} ms after showing the form`})`);
    else {
      try {
        await insertSuggestion(trx, suggestion, hashSecret(accessKey), [event]);
      } catch (error) {
        // Two imports of one case at the same moment: the unique index lets one through.
        const existing = input.externalRef && isUniqueViolation(error) && (await findByExternalRef(services.database.db, input.channel, input.externalRef));
        if (existing) throw alreadyImported(existing);
        throw error;
      }
    }
    const detail = suggestionDetail(suggestion, [event], { full: true, acting: submitterActor });
    return { status: 201, body: { ...detail, accessKey } };
  });
});

suggestionRoutes.get('/suggestions', async (c) => {
  const query = parse(c, SuggestionQuerySchema, c.req.query());
  if (query.cursor && !decodeCursor(query.cursor)) throw new ProblemError(422, 'validation_failed', 'validationFailed', { errors: [{ field: 'cursor', message: message('invalidType', localeOf(c)) }] });
  const services = c.get('services');
  const actor = c.get('actor');
  const full = fullListRoles.has(actor.role) || actor.role === 'department';
  const page = await listSuggestions(
    services.database.db,
    { ...query, limit: query.limit ?? 20 },
    {
      now: services.now().toISOString(),
      ...(!full && { statuses: publishedStatuses }),
      ...(actor.role === 'department' && actor.departmentId && { departmentId: actor.departmentId }),
    },
  );
  if (full) return c.json(page);
  return c.json({ ...page, items: page.items.map(toPublic) });
});

suggestionRoutes.post('/suggestions/bulk-assign', async (c) => {
  const actor = c.get('actor');
  const services = c.get('services');
  if (actor.role !== 'dispatcher') throw actor.role === 'public' ? new ProblemError(401, 'unauthenticated', 'unauthorized') : forbidden();
  const { value: input, raw } = await readJson(c, BulkAssignInputSchema);
  const locale = localeOf(c);
  return idempotent(c, raw, async (trx) => {
    const results = [];
    for (const id of input.ids) {
      const action: Action = {
        type: 'assign',
        departmentId: input.departmentId,
        coDepartmentIds: input.coDepartmentIds,
        ...(input.dueAt && { dueAt: input.dueAt }),
        ...(input.note && { note: input.note }),
      };
      try {
        await transition(trx, id, action, actor, services.now().toISOString(), locale);
        results.push({ id, ok: true });
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        // One bad item must not undo the others: report it and go on.
        if (error.code === 'validation_failed' && error.extra.errors?.[0]?.field === 'departmentId') throw error;
        results.push({ id, ok: false, code: error.code, detail: message(error.titleKey, locale, error.extra.params) });
      }
    }
    return { status: 200, body: { results } };
  });
});

suggestionRoutes.get('/suggestions/:id', rateLimit('lookup'), async (c) => {
  const services = c.get('services');
  const actor = c.get('actor');
  const id = c.req.param('id');
  const accessKey = c.req.header('x-access-key');
  if (actor.role !== 'public') {
    // What staff see depends on who they are: built afresh each time.
    const stored = await findSuggestion(services.database.db, id);
    if (!stored) throw notFound();
    const viewer = viewerOf(actor, stored.suggestion, stored.accessKeyHash, accessKey);
    return c.json(suggestionDetail(stored.suggestion, await eventsOf(services.database.db, id), viewer));
  }
  // Without a token there are two answers: the public view, and with the right access key
  // the submitter's. The key is checked on every request, cached answer or not.
  const key = trackerKey(id, !!accessKey);
  const nowMs = services.now().getTime();
  const cached = services.cache.get(key, 'suggestions', nowMs);
  if (cached) {
    if (accessKey) checkAccessKey(accessKey, cached.accessKeyHash ?? '');
    return sendCached(c, cached);
  }
  const version = services.cache.version('suggestions');
  const stored = await findSuggestion(services.database.db, id);
  if (!stored) throw notFound();
  const viewer = viewerOf(actor, stored.suggestion, stored.accessKeyHash, accessKey);
  const body = JSON.stringify(suggestionDetail(stored.suggestion, await eventsOf(services.database.db, id), viewer));
  return sendCached(c, services.cache.put(key, version, body, { builtAt: nowMs, private: viewer.full, accessKeyHash: stored.accessKeyHash }));
});

suggestionRoutes.get('/suggestions/:id/events', rateLimit('lookup'), (c) => streamTimeline(c));

async function act(c: Context<AppEnv>, action: Action, raw: string, onlySubmitter: boolean) {
  const services = c.get('services');
  const actor = c.get('actor');
  const id = c.req.param('id') ?? '';
  const locale = localeOf(c);
  const stored = await findSuggestion(services.database.db, id);
  if (!stored) throw notFound();
  const viewer = viewerOf(actor, stored.suggestion, stored.accessKeyHash, c.req.header('x-access-key'));
  if (onlySubmitter && viewer.acting.role !== 'submitter') throw forbidden();
  // Without a token or key nobody may act; say 401 so a client knows to sign in.
  if (viewer.acting.role === 'public') throw new ProblemError(401, 'unauthenticated', 'unauthorized');
  return idempotent(c, raw, async (trx) => {
    const { suggestion } = await transition(trx, id, action, viewer.acting, services.now().toISOString(), locale);
    return { status: 200, body: suggestionDetail(suggestion, await eventsOf(trx, id), viewer) };
  });
}

suggestionRoutes.post('/suggestions/:id/actions', async (c) => {
  const { value: action, raw } = await readJson(c, ActionSchema);
  return act(c, action, raw, action.type === 'rate');
});

suggestionRoutes.post('/suggestions/:id/rating', async (c) => {
  const { value: rating, raw } = await readJson(c, RatingInputSchema);
  return act(c, { type: 'rate', rating }, raw, true);
});
