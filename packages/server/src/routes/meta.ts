import { isOverdue, statsGroupLabel, StatsQuerySchema, toPublic, type Suggestion } from '@jianyi/core';
import { Hono } from 'hono';
import { requireRole } from '../auth/actor.js';
import type { AppEnv } from '../context.js';
import { parse } from '../http/input.js';
import { forbidden, localeOf } from '../http/problem.js';
import { findRecord, listRecords } from '../store/records.js';
import { computeStats } from '../store/stats.js';
import { listSuggestions } from '../store/suggestions.js';

export const metaRoutes = new Hono<AppEnv>();

metaRoutes.get('/categories', async (c) => c.json(await listRecords(c.get('services').database.db, 'categories')));
metaRoutes.get('/departments', async (c) => c.json(await listRecords(c.get('services').database.db, 'departments')));
metaRoutes.get('/workstations', async (c) => c.json(await listRecords(c.get('services').database.db, 'workstations')));

metaRoutes.get('/stats', async (c) => {
  const query = parse(c, StatsQuerySchema, c.req.query());
  const { db, dialect } = c.get('services').database;
  const [categories, departments] = await Promise.all([listRecords(db, 'categories'), listRecords(db, 'departments')]);
  const locale = localeOf(c);
  const stats = await computeStats(db, dialect, {
    ...query,
    now: c.get('services').now().toISOString(),
    labels: (grouping, key) => statsGroupLabel(grouping, key, { categories, departments }, locale),
  });
  return c.json(stats);
});

/**
 * 智慧推荐: open suggestions a member could take up, matched by the member's expertise
 * categories and region; claimed ones and overdue ones first by age.
 */
metaRoutes.get('/members/me/recommendations', requireRole('member'), async (c) => {
  const actor = c.get('actor');
  const services = c.get('services');
  const { db } = services.database;
  const member = actor.memberId ? await findRecord(db, 'members', actor.memberId) : undefined;
  if (!member) throw forbidden();
  const now = services.now().toISOString();
  const picks: { suggestion: Suggestion; score: number; reasons: string[] }[] = [];
  for (const categoryId of member.expertise) {
    const page = await listSuggestions(db, { status: 'accepted', categoryId, limit: 50 }, { now });
    for (const suggestion of page.items) {
      if (suggestion.claimedBy) continue;
      const reasons = ['expertise'];
      if (suggestion.location?.address.includes(member.region)) reasons.push('region');
      if (isOverdue(suggestion, now)) reasons.push('overdue');
      picks.push({ suggestion, score: reasons.length, reasons });
    }
  }
  picks.sort((a, b) => b.score - a.score || a.suggestion.createdAt.localeCompare(b.suggestion.createdAt));
  return c.json({ items: picks.slice(0, 20).map(({ suggestion, reasons }) => ({ suggestion: toPublic(suggestion), reasons })) });
});
