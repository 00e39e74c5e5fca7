import { internalNoteRoles, toPublicEvent, withoutInternalNotes, type SuggestionEvent } from '@jianyi/core';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { viewerOf } from '../auth/viewer.js';
import type { AppEnv } from '../context.js';
import { notFound } from '../http/problem.js';
import { eventsOf, findSuggestion } from '../store/suggestions.js';

const pollMs = 1000;
const heartbeatMs = 15_000;
/**
 * Streams end after a while (proxies and load balancers drop long ones anyway); an `end`
 * event says so first, and EventSource reconnects with Last-Event-ID and misses nothing.
 */
const maxStreamMs = Number(process.env.JIANYI_STREAM_MAX_MS) || 10 * 60_000;

/**
 * A suggestion's timeline as Server-Sent Events. New events are read from the database,
 * not from this process's memory, so a change made through any server process reaches
 * every watcher.
 */
export async function streamTimeline(c: Context<AppEnv>) {
  const services = c.get('services');
  const actor = c.get('actor');
  const id = c.req.param('id') ?? '';
  const stored = await findSuggestion(services.database.db, id);
  if (!stored) throw notFound();
  const accessKey = c.req.header('x-access-key') ?? c.req.query('accessKey');
  const viewer = viewerOf(actor, stored.suggestion, stored.accessKeyHash, accessKey);
  let lastSeq = Number(c.req.header('last-event-id') ?? c.req.query('after') ?? 0) || 0;

  const shown = (event: SuggestionEvent) =>
    !viewer.full ? toPublicEvent(event) : internalNoteRoles.has(viewer.acting.role) ? event : withoutInternalNotes(stored.suggestion, [event]).events[0];

  return streamSSE(c, async (stream) => {
    const started = Date.now();
    let lastBeat = Date.now();
    let open = true;
    stream.onAbort(() => {
      open = false;
    });
    while (open && Date.now() - started < maxStreamMs) {
      for (const event of await eventsOf(services.database.db, id, lastSeq)) {
        await stream.writeSSE({
          id: String(event.seq),
          event: 'timeline',
          data: JSON.stringify(shown(event)),
        });
        lastSeq = event.seq;
      }
      if (Date.now() - lastBeat > heartbeatMs) {
        await stream.write(': keep-alive\n\n');
        lastBeat = Date.now();
      }
      await stream.sleep(pollMs);
    }
    if (open) await stream.writeSSE({ event: 'end', data: '{}', retry: 1000 });
  });
}
