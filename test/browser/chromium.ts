/**
 * Debian's Chromium under playwright-core, in a fresh profile, with nothing
 * phoning home. A machine without it fails the suite loudly, unless
 * CASEFACTS_SKIP_BROWSER=1 says to skip on purpose.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../helpers/lspClient';

export const CHROMIUM = process.env.CASEFACTS_CHROMIUM ?? '/usr/bin/chromium';
export const OUTPUT = path.join(ROOT, 'test-output', 'browser');

/** Whether the suite should run; throws when Chromium is missing and skipping was not asked for. */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) {
    return true;
  }
  if (process.env.CASEFACTS_SKIP_BROWSER === '1') {
    return false;
  }
  throw new Error(`Chromium is not installed at ${CHROMIUM}: install it (apt-get install -y chromium) or set CASEFACTS_SKIP_BROWSER=1 to skip the browser tests on purpose.`);
}

export interface Browser {
  readonly context: BrowserContext;
  readonly profile: string;
  close(): Promise<void>;
}

export async function launch(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1100, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  return {
    context,
    profile,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Writes a page to a temp file and returns its file:// URL. */
export function tempPage(name: string, html: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-page-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, html);
  return `file://${file}`;
}

/** Evaluates an expression in the page (a string: the project compiles without the DOM library). */
export function js<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/** Lets pending tasks (image errors, load handlers) run: two animation frames and a task. */
export function settle(page: Page): Promise<unknown> {
  return page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))');
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(OUTPUT, { recursive: true });
  return path.join(OUTPUT, name);
}

/**
 * One Chromium for a suite: launched before its tests (or the suite skipped,
 * when CASEFACTS_SKIP_BROWSER=1 and there is none), closed after them.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  suiteSetup(async function () {
    if (!browserAvailable()) {
      this.skip();
    }
    browser = await launch();
  });
  suiteTeardown(async () => {
    await browser?.close();
  });
  return () => browser!;
}
