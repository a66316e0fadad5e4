/**
 * The report's webview page in Chromium, with VS Code's `acquireVsCodeApi`
 * stood in for: updates patch the page in place (no reload, the same nodes
 * stay), clicks become checked messages, and a hostile brief runs nothing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import { webviewHtml } from '../../client/src/report/webviewHtml';
import { levelLabel } from '../../server/src/service/report/labels';
import type { ReportResponse } from '../../server/src/service/report/protocol';
import { DOCS_BASE_URL } from '../../server/src/service/rules/meta';
import { js, useBrowser, screenshotPath, settle, tempPage, Browser } from './chromium';
import { bundleOf, FLAGS, HOSTILE, PAYLOADS, QVOD } from './fixtures';

interface Posted {
  type: string;
  line?: number;
  column?: number;
  command?: string;
  url?: string;
}

/** What VS Code gives a webview: postMessage and state, recorded for the test. */
const VSCODE_STUB = `
  window.__posted = [];
  window.__state = undefined;
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => { window.__posted.push(JSON.parse(JSON.stringify(m))); },
    getState: () => window.__state,
    setState: (s) => { window.__state = s; },
  });`;

const PAGE = webviewHtml({ cspSource: "'self'", nonce: 'dGVzdC1ub25jZQ', lang: 'en', title: 'CaseFacts' });

async function openWebview(browser: Browser): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(VSCODE_STUB);
  await page.goto(tempPage('webview.html', PAGE), { waitUntil: 'load' });
  await page.waitForFunction("window.__posted.some((m) => m.type === 'ready')");
  return { page, dialogs };
}

/** Sends an update as the extension would, and waits until the page shows its title. */
async function update(page: Page, r: ReportResponse): Promise<void> {
  await page.evaluate(({ view, lang, title }) => {
    (globalThis as unknown as { postMessage(m: unknown, o: string): void }).postMessage({ type: 'update', view, lang, title }, '*');
  }, { view: r.view, lang: r.lang, title: r.labels.title });
  await page.waitForFunction((title) => (globalThis as unknown as { document: { title: string } }).document.title === title, r.labels.title);
}

const posted = (page: Page) => js<Posted[]>(page, 'window.__posted');

suite('report webview in Chromium', function () {
  this.timeout(60000);
  const browser = useBrowser();

  test('an update patches the page in place: the same table, a new level', async () => {
    const { page } = await openWebview(browser());
    const text = fs.readFileSync(QVOD, 'utf8');
    await update(page, bundleOf(QVOD, 'en', text, 1));
    assert.strictEqual(await page.textContent('table.summary tbody tr td:nth-child(3)'), levelLabel('none', 'en'));
    // Expando properties, not attributes: the patch rightly drops attributes the tree does not have.
    await js(page, "document.querySelector('table.summary').__kept = 'table'; document.querySelector('svg.diagram g.node.provider').__kept = 'node'");
    await update(page, { ...bundleOf(QVOD, 'en', text.replace(/targeted\s+no/, 'targeted yes'), 2), labels: { ...bundleOf(QVOD).labels, title: 'v2' } });
    assert.strictEqual(await page.textContent('table.summary tbody tr td:nth-child(3)'), levelLabel('liable', 'en'));
    assert.strictEqual(await js<string>(page, "document.querySelector('table.summary').__kept"), 'table', 'the table was rebuilt, not patched');
    assert.strictEqual(await js<string>(page, "document.querySelector('svg.diagram g.node.provider').__kept"), 'node', 'the diagram node was rebuilt');
    assert.match((await page.textContent('svg.diagram g.node.provider')) ?? '', /Criminal: ● liable/);
    assert.strictEqual(await js<number>(page, "document.querySelectorAll('section.report').length"), 1);
    // The state is kept for when the panel is hidden and shown again.
    assert.strictEqual(await js<string>(page, 'window.__state.title'), 'v2');
  });

  test('an update naming a provider (the conclusion lens) scrolls its section to the top, once', async () => {
    const { page } = await openWebview(browser());
    const more = Array.from({ length: 8 }, (_, i) => `provider P${i} {\n  role access\n  knowledge none\n}\n`).join('');
    const r = bundleOf(QVOD, 'en', `${fs.readFileSync(QVOD, 'utf8')}\n${more}`, 1);
    const send = (focus?: string) => page.evaluate(({ view, lang, title, focus }) => {
      (globalThis as unknown as { postMessage(m: unknown, o: string): void }).postMessage({ type: 'update', view, lang, title, focus }, '*');
    }, { view: r.view, lang: r.lang, title: r.labels.title, focus });
    const top = (id: string) => js<number>(page, `document.querySelector('section.provider[data-key="provider:${id}"]').getBoundingClientRect().top`);
    await send('P6');
    await page.waitForFunction(() => (globalThis as unknown as { scrollY: number }).scrollY > 0);
    await settle(page);
    assert.ok(Math.abs(await top('P6')) < 2, `P6's section is at ${await top('P6')}`);
    // an update without one leaves the page where the reader is
    await js(page, 'window.scrollTo(0, 40)');
    await send();
    await settle(page);
    assert.strictEqual(await js<number>(page, 'window.scrollY'), 40);
    // a name that is no provider's scrolls nowhere
    await send('</section><b>');
    await settle(page);
    assert.strictEqual(await js<number>(page, 'window.scrollY'), 40);
  });

  test('clicks reveal lines, run the exports and ask for rule docs; the page itself navigates nowhere', async () => {
    const { page } = await openWebview(browser());
    await update(page, bundleOf(QVOD));
    const url = page.url();
    await page.click('table.summary tbody th a.reveal');
    await page.click('li.finding a.reveal[data-line="23"] >> nth=0');
    await page.click('svg.diagram g.node.offender');
    await page.focus('svg.diagram g.node.provider');
    await page.keyboard.press('Enter');
    // the two commands are a named group, not a navigation landmark
    assert.strictEqual(await js<number>(page, "document.querySelectorAll('nav').length"), 0);
    assert.strictEqual(await js<number>(page, "document.querySelectorAll('[role=group][aria-label=\"Report actions\"] > button').length"), 2);
    await page.click('button[data-command="copyMarkdown"]');
    await page.click('button[data-command="saveHtml"]');
    await page.click('a.rule >> nth=0');
    const messages = (await posted(page)).filter((m) => m.type !== 'ready');
    assert.deepStrictEqual(messages.slice(0, 4).map((m) => [m.type, m.line]), [['reveal', 7], ['reveal', 23], ['reveal', 18], ['reveal', 7]]);
    assert.ok(messages[1].column! >= 1, 'a finding reveals its column');
    assert.deepStrictEqual(messages.slice(4, 6).map((m) => m.command), ['copyMarkdown', 'saveHtml']);
    assert.strictEqual(messages[6].type, 'openDoc');
    assert.ok(messages[6].url!.startsWith(DOCS_BASE_URL) && messages[6].url!.endsWith('.md'), messages[6].url);
    assert.strictEqual(page.url(), url, 'the page navigated');
  });

  test('the CSP lets only our nonce script run', async () => {
    const { page } = await openWebview(browser());
    await js(page, "const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.appendChild(s)");
    await settle(page);
    assert.strictEqual(await js<string>(page, 'typeof window.__inline'), 'undefined', 'an inline script without the nonce ran');
  });

  test('a hostile brief: nothing runs, nothing is injected, every payload shows as text', async () => {
    const { page, dialogs } = await openWebview(browser());
    await update(page, bundleOf(HOSTILE));
    await update(page, bundleOf(HOSTILE, 'zh-CN'));
    await settle(page);
    assert.deepStrictEqual(dialogs, []);
    assert.strictEqual(await js<number>(page, "document.querySelectorAll('script').length"), 1, 'a script beyond ours');
    assert.strictEqual(await js<number>(page, "document.querySelectorAll('img, iframe, object, embed, foreignObject, form, base').length"), 0);
    assert.deepStrictEqual(await js<string[]>(page,
      "Array.from(document.querySelectorAll('main *')).flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value)).map((a) => e.localName + ' ' + a.name))"), []);
    for (const flag of FLAGS) {
      assert.strictEqual(await js<string>(page, `typeof window.${flag}`), 'undefined', `${flag} was set`);
    }
    const text = (await page.textContent('main')) ?? '';
    for (const p of PAYLOADS) {
      assert.ok(text.includes(p), `not shown literally: ${p}`);
    }
    assert.strictEqual(await js<string>(page, 'document.documentElement.lang'), 'zh-CN');
  });

  test('links to lines follow VS Code\'s "Underline Links" (accessibility.underlineLinks)', async () => {
    const { page } = await openWebview(browser());
    await update(page, bundleOf(QVOD));
    const decoration = () => js<string>(page, "getComputedStyle(document.querySelector('a.reveal')).textDecorationLine");
    // VS Code sets --text-link-decoration on the webview's <html>: none, or underline when asked
    await js(page, "document.documentElement.style.setProperty('--text-link-decoration', 'none')");
    assert.strictEqual(await decoration(), 'none');
    await js(page, "document.documentElement.style.setProperty('--text-link-decoration', 'underline')");
    assert.strictEqual(await decoration(), 'underline', 'the reader asked for underlined links');
  });

  test('a narrow panel in a high-contrast theme: no sideways scroll, contrast borders, the theme\'s focus ring', async () => {
    const { page } = await openWebview(browser());
    await page.setViewportSize({ width: 320, height: 700 });
    await js(page, `(() => { const s = document.documentElement.style; const vars = {
      '--vscode-editor-foreground': '#ffffff', '--vscode-editor-background': '#000000', '--vscode-contrastBorder': '#6fc3df',
      '--vscode-contrastActiveBorder': '#f38518', '--vscode-focusBorder': '#f38518', '--vscode-textLink-foreground': '#21a6ff',
      '--vscode-editorError-foreground': '#f48771', '--vscode-descriptionForeground': '#ffffffb3' };
      for (const k in vars) s.setProperty(k, vars[k]); document.body.classList.add('vscode-high-contrast'); })()`);
    await update(page, bundleOf(QVOD));
    assert.strictEqual(await js<number>(page, 'document.documentElement.scrollWidth'), 320, 'the panel scrolls sideways');
    assert.strictEqual(await js<string>(page, "getComputedStyle(document.querySelector('table.summary td')).borderTopColor"), 'rgb(111, 195, 223)');
    // no colour but the theme's text colour for levels: the shape and the word carry them
    assert.strictEqual(await js<string>(page, "getComputedStyle(document.querySelector('.level-exposed .icon')).color"), 'rgb(255, 255, 255)');
    await page.focus('svg.diagram g.node.provider');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    assert.strictEqual(await js<string>(page, "(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineColor; })()"), 'solid rgb(243, 133, 24)');
  });

  test('a dark theme: the page takes VS Code\'s colours (screenshot)', async () => {
    const { page } = await openWebview(browser());
    // VS Code sets these on the webview's <html>; CSSOM is allowed under the CSP.
    await js(page, `(() => { const s = document.documentElement.style; const vars = {
      '--vscode-editor-foreground': '#d4d4d4', '--vscode-editor-background': '#1e1e1e', '--vscode-descriptionForeground': '#a0a0a0',
      '--vscode-editorWidget-border': '#5a5a5a', '--vscode-editorWidget-background': '#252526', '--vscode-textCodeBlock-background': '#2d2d2d',
      '--vscode-textLink-foreground': '#3794ff', '--vscode-editorError-foreground': '#f14c4c', '--vscode-editorWarning-foreground': '#cca700',
      '--vscode-terminal-ansiGreen': '#23d18b', '--vscode-focusBorder': '#007fd4', '--vscode-button-foreground': '#ffffff',
      '--vscode-button-background': '#0e639c', '--vscode-button-secondaryForeground': '#ffffff', '--vscode-button-secondaryBackground': '#3a3d41',
      '--vscode-font-family': 'system-ui, sans-serif', '--vscode-font-size': '13px' };
      for (const k in vars) s.setProperty(k, vars[k]); document.body.classList.add('vscode-dark'); })()`);
    await update(page, bundleOf(QVOD));
    assert.strictEqual(await js<string>(page, 'getComputedStyle(document.body).backgroundColor'), 'rgb(30, 30, 30)');
    await page.screenshot({ path: screenshotPath('webview-qvod-dark.png'), fullPage: true });
  });
});
