// UI suite: the packaged casefacts.vsix installed into a fresh code-server, driven in
// headless Chromium as a person would use it: Quick Open, squiggles, hover, Problems,
// completion. Screenshots of every step go to test-output/ui/.
//
// Run through test/ui/run.mjs (checks prerequisites, prints the closing line), or
// directly: npx mocha --no-config --ui tdd --timeout 180000 test/ui/ui.test.mjs
//
// Env: CASEFACTS_VSIX (default <repo>/casefacts.vsix), CASEFACTS_UI_KEEP=1 keeps the temp dir.
//
// TODO(exact texts): as the server's rules and hovers land, replace the generic checks
// marked TODO below with the exact codes and messages (see docs/rules/ and
// /work/shared/spec/doctrine.md), e.g. the hover on `omission` naming
// omission-dissemination, and Problems listing tech-neutrality / safe-harbor-scope.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  REPO, makeTempRoot, startCodeServer, launchChromium, codeServerCli, workbenchUrl,
} from '../../scripts/code-server/lib.mjs';

const VSIX = path.resolve(process.env.CASEFACTS_VSIX || path.join(REPO, 'casefacts.vsix'));
const FIXTURES = path.join(REPO, 'test', 'e2e', 'workspace');
const SHOTS = path.join(REPO, 'test-output', 'ui');
const EXTENSION_ID = 'casefacts.casefacts';
const SQUIGGLE = '.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info';

/** What the steps found, written to test-output/ui/report.json for humans and later hooks. */
const report = {};

suite('CaseFacts in code-server (packaged .vsix)', function () {
  this.timeout(180_000);
  let root, server, context, page, workspace;
  const consoleLines = [];
  let shot = 0;

  async function screenshot(name) {
    const file = path.join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    return file;
  }

  suiteSetup(async function () {
    assert.ok(fs.existsSync(VSIX), `${VSIX} not found: run \`npm run package\` first`);
    fs.rmSync(SHOTS, { recursive: true, force: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    root = makeTempRoot('casefacts-ui-');
    // a copy of the fixtures, so that typing in the editor never touches the repository
    workspace = path.join(root, 'workspace');
    fs.cpSync(FIXTURES, workspace, { recursive: true });

    const out = await codeServerCli(root, ['--install-extension', VSIX]);
    report.install = out.trim();
    const listed = await codeServerCli(root, ['--list-extensions', '--show-versions']);
    assert.match(listed, new RegExp(`^${EXTENSION_ID.replace('.', '\\.')}@`, 'm'), `the .vsix did not install:\n${out}\n${listed}`);
    report.installed = listed.trim();

    server = await startCodeServer(root);
    context = await launchChromium(root);
    page = context.pages()[0] ?? await context.newPage();
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.stack || e}`));
  });

  teardown(async function () {
    (report.timesMs ??= {})[this.currentTest.title] = this.currentTest.duration;
    if (this.currentTest?.state === 'failed' && page) {
      await page.screenshot({ path: path.join(SHOTS, `failed-${this.currentTest.title.replace(/\W+/g, '-')}.png`) }).catch(() => {});
    }
  });

  suiteTeardown(async function () {
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.writeFileSync(path.join(SHOTS, 'report.json'), JSON.stringify(report, null, 2));
    fs.writeFileSync(path.join(SHOTS, 'browser-console.log'), consoleLines.join('\n'));
    if (server) fs.writeFileSync(path.join(SHOTS, 'code-server.log'), server.log());
    await context?.close().catch(() => {});
    await server?.stop();
    if (root && process.env.CASEFACTS_UI_KEEP !== '1') fs.rmSync(root, { recursive: true, force: true });
  });

  test('the workbench loads the workspace', async () => {
    await page.goto(workbenchUrl(server, workspace));
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // the explorer shows the fixtures once the remote file system is up
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    await screenshot('workbench');
  });

  test('Quick Open (Ctrl+P) opens qvod.case', async () => {
    // focus the workbench (an empty editor area) so that the keybinding reaches it
    await page.mouse.click(800, 500);
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 20_000 });
    await input.fill('qvod.case');
    await page.waitForSelector('.quick-input-widget .monaco-list-row', { timeout: 20_000 });
    await screenshot('quick-open');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.tabs-container .tab[aria-label*="qvod.case"]', { timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('.editor-instance .view-lines')?.textContent?.includes('provider'), null, { timeout: 20_000 });
    // the status bar names the language mode the extension contributes
    const mode = await page.locator('[id="status.editor.mode"]').innerText({ timeout: 20_000 });
    report.languageMode = mode;
    assert.match(mode, /case/i, `language mode in the status bar: ${mode}`);
    await screenshot('qvod-open');
  });

  test('the server draws a squiggle, and the status bar counts problems', async () => {
    await page.waitForSelector(SQUIGGLE, { timeout: 90_000 });
    const counts = {
      error: await page.locator('.monaco-editor .squiggly-error').count(),
      warning: await page.locator('.monaco-editor .squiggly-warning').count(),
      info: await page.locator('.monaco-editor .squiggly-info').count(),
    };
    report.squiggles = counts;
    const problems = await page.locator('[id="status.problems"]').getAttribute('aria-label', { timeout: 10_000 }).catch(() => null);
    report.statusProblems = problems;
    assert.ok(counts.error + counts.warning + counts.info > 0);
    // TODO(exact texts): the spec example has only doctrine warnings, no errors:
    // assert.equal(counts.error, 0); assert.ok(counts.warning >= 5);
    await screenshot('squiggles');
  });

  test('hovering a squiggle shows the diagnostic', async () => {
    const squiggle = page.locator(SQUIGGLE).first();
    const box = await squiggle.boundingBox();
    assert.ok(box, 'squiggle has no box');
    // squiggles sit under the text layer: move the mouse to their middle, on the text
    await page.mouse.move(box.x + Math.max(2, box.width / 2), box.y + box.height / 2 - 4);
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    await hover.waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForFunction(() => (document.querySelector('.monaco-hover:not(.hidden)')?.textContent ?? '').trim().length > 0, null, { timeout: 20_000 });
    const text = (await hover.innerText()).trim();
    report.hover = text;
    assert.ok(text.length > 0, 'empty hover');
    // TODO(exact texts): the first squiggle of qvod.case is the doctrine warning on the
    // charge line; assert its code and message once the rules land, e.g.
    // assert.match(text, /omission-dissemination/);
    await screenshot('hover');
    await page.keyboard.press('Escape');
  });

  test('the Problems panel (Ctrl+Shift+M) lists casefacts diagnostics', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20_000 });
    // wait until the rows under the file's row are rendered
    await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length > 1, null, { timeout: 20_000 });
    const rows = await page.$$eval('.markers-panel .monaco-list-row', (els) =>
      els.map((e) => `${e.getAttribute('aria-label') ?? ''} | ${e.textContent ?? ''}`));
    report.problems = rows;
    assert.ok(rows.some((r) => /casefacts/i.test(r)), `no Problems row mentions casefacts:\n${rows.join('\n')}`);
    // TODO(exact texts): assert the codes, e.g. rows.some(r => /tech-neutrality/.test(r))
    await screenshot('problems');
  });

  test('completion (Ctrl+Space) on a new line offers items and inserts the chosen one', async () => {
    // back to the editor, to the end of the file, on a new empty line
    await page.locator('.editor-instance .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    const rowSel = '.editor-widget.suggest-widget.visible .monaco-list-row';
    await page.waitForSelector(rowSel, { timeout: 30_000 });
    const labels = await page.$$eval(`${rowSel} .label-name`, (els) => els.map((e) => e.textContent ?? ''));
    report.completions = labels;
    assert.ok(labels.length > 0, 'no completion items');
    await screenshot('completion');
    // TODO(exact texts): pick a block keyword by name once completion lands, e.g. type
    // 'prov' before Ctrl+Space and expect 'provider'; for now take the first item.
    const picked = labels[0];
    // the cursor was at column 1 of an empty line; after accepting, the status bar's
    // cursor position moves (a plain item: same line, later column; a snippet: anywhere)
    const where = page.locator('[id="status.editor.selection"]');
    const before = (await where.innerText()).trim();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (b) => (document.querySelector('[id="status.editor.selection"]')?.textContent ?? '').trim() !== b,
      before, { timeout: 10_000 });
    report.cursorBeforeAfter = [before, (await where.innerText()).trim()];
    // and the picked label's first word now appears on a rendered line
    const firstWord = picked.split(/\s+/)[0];
    const lines = await page.$$eval('.editor-instance .view-line', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(lines.some((l) => l.includes(firstWord)), `"${firstWord}" not in the editor after accepting`);
    report.picked = picked;
    await screenshot('completion-picked');
  });
});
