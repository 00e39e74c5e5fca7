// A portal page for the browser tests: the script-tag bundle and whatever page the test
// sets, served on loopback, and Debian's Chromium to open it.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const cdn = fileURLToPath(new URL('../../../packages/elements/dist/cdn/', import.meta.url));

export interface Portal {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The page server and a browser to open it with; `close` ends both. */
export async function startPortal(page: () => string): Promise<Portal> {
  const { url, server } = await servePortal(page);
  const browser = await launchChromium();
  return {
    url,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Serves `/jianyi.js` with the parts it fetches later (`/shared/…`, `/locales/…`), as a
 * portal serves the bundle's folder, and at every other path the HTML `page()` returns at that moment.
 */
async function servePortal(page: () => string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const script = /^\/(?:(?:shared|locales)\/[\w.-]+\.js|jianyi\.js)$/.test(request.url ?? '') && `${cdn}${request.url!.slice(1)}`;
    if (script && existsSync(script)) return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(script));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
