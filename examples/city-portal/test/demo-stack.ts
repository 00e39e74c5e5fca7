// `npm start` as a user runs it (scripts/start.mjs: the reference server on a fresh
// embedded database with the demo data, serving the portal), on a free port, and a
// Chromium that collects every Content-Security-Policy violation the pages report.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minHumanFillMs } from '@jianyi/core';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

const repository = fileURLToPath(new URL('../../..', import.meta.url));

/** Where a test saves a PNG to look at: screenshots/NAME.png in the repository. */
export function screenshot(name: string): string {
  mkdirSync(join(repository, 'screenshots'), { recursive: true });
  return join(repository, 'screenshots', `${name}.png`);
}

export interface DemoStack {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts the demo stack; the build is the one `npm test` has just made. */
export async function startDemoStack(): Promise<DemoStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jianyi-portal-'));
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: repository,
    env: { ...process.env, JIANYI_PORT: '0', JIANYI_DATA_DIR: dataDir, JIANYI_START_SKIP_BUILD: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up in 60 s:\n${output}`)), 60_000);
    child.stdout!.on('data', () => {
      const found = /Portal\s+(http:\/\/\S+?)\/\s/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every violation report from any page of the context, as `directive blocked-uri sample`. */
export async function launchWatchedBrowser(): Promise<{ browser: Browser; context: (options?: Parameters<Browser['newContext']>[0]) => Promise<BrowserContext>; violations: string[] }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const violations: string[] = [];
  return {
    browser,
    violations,
    async context(options) {
      const context = await browser.newContext(options);
      await context.exposeFunction('__reportViolation', (text: string) => violations.push(text));
      // Init scripts run before the page's own and are not subject to its CSP.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(
            `${location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
          );
        });
      });
      return context;
    },
  };
}

/**
 * The end of `<jy-suggestion-form>` as a citizen fills it: name and phone with consent,
 * sent no faster than a person (faster is taken for a bot and silently dropped). Returns
 * the tracking code and access key the success view shows.
 */
export async function submitWithContact(page: Page, form: Locator, contact: { name: string; phone: string }) {
  await form.getByLabel('姓名').fill(contact.name);
  await form.getByLabel('手机号码').fill(contact.phone);
  await form.getByLabel('我同意办理单位使用以上联系方式与我联系').check();
  await page.waitForTimeout(minHumanFillMs);
  await form.getByRole('button', { name: '提交建议' }).click();
  await form.getByText('提交成功').waitFor();
  const code = (await form.locator('[part="tracking-code"]').textContent())!.trim();
  const key = (await form.locator('[part="access-key"]').textContent())!.trim();
  return { code, key };
}
