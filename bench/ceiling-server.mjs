// The ceiling: a bare Hono route on the same @hono/node-server the API uses, answering a
// small JSON body. Nothing the API does per request can be faster than this.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/ceiling', (c) => c.json({ ok: true, id: 'JY0000000001', status: 'submitted' }));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`ceiling listening on http://127.0.0.1:${info.port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
