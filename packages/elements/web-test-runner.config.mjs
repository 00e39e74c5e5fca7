// Widget tests in Debian's Chromium (no browser download), with the API mocked by msw's
// service worker, served from node_modules instead of being committed.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));
const mswWorker = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');

export default {
  rootDir: root,
  files: [`${root}${process.env.JIANYI_WTR_FILES ?? 'packages/elements/src/**/*.test.ts'}`],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: `${root}tsconfig.json`, target: 'es2022' }),
    {
      // executeServerCommand('screenshot', { name, width }) from a test: a PNG of the page
      // at that width in screenshots/, to look at what citizens will see.
      name: 'screenshot',
      async executeCommand({ command, payload, session }) {
        if (command !== 'screenshot') return undefined;
        const page = session.browser.getPage(session.id);
        const { name, width = 390, height = 844, fullPage = true } = payload;
        await page.setViewportSize({ width, height });
        await page.evaluate(() => document.fonts.ready);
        mkdirSync(`${root}screenshots`, { recursive: true });
        await page.screenshot({ path: `${root}screenshots/${name}-${width}.png`, fullPage });
        return true;
      },
    },
    {
      name: 'msw-worker',
      serve(context) {
        if (context.path === '/mockServiceWorker.js') return { body: mswWorker, type: 'js' };
        return undefined;
      },
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  ],
};
