// Serves the page the render benchmark opens, as a portal on its own origin would: the
// page at / and the script-tag bundle at /cdn/jianyi.js. When the demo portal is served by
// the API server itself, point `portalUrl` in render.mjs at it instead.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const files = {
  '/': { path: fileURLToPath(new URL('./portal/index.html', import.meta.url)), type: 'text/html; charset=utf-8' },
  '/cdn/jianyi.js': { path: fileURLToPath(new URL('../packages/elements/dist/cdn/jianyi.js', import.meta.url)), type: 'text/javascript; charset=utf-8' },
};

export async function startPortal() {
  const server = createServer(async (request, response) => {
    const file = files[new URL(request.url, 'http://x').pathname];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(await readFile(file.path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}
