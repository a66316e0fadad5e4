/**
 * The standalone HTML report (`analyze --format html`, "Save Report as HTML")
 * in a real Chromium: the Qvod report reads as it should, and a hostile brief
 * runs nothing — neither under the page's CSP nor, as a second line of
 * defence, with the CSP taken out — while its text shows literally.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import { levelLabel } from '../../server/src/service/report/labels';
import { js, launch, useBrowser, screenshotPath, settle, tempPage, Browser } from './chromium';
import { bundleOf, FLAGS, HOSTILE, PAYLOADS, QVOD } from './fixtures';

/** Opens a page and records every dialog it tries to show. */
async function open(browser: Browser, url: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  return { page, dialogs };
}

/** Proves that nothing of the brief became markup or ran. */
async function assertInert(page: Page, dialogs: readonly string[]): Promise<void> {
  assert.deepStrictEqual(dialogs, [], 'a payload opened a dialog');
  assert.strictEqual(await js<number>(page, "document.querySelectorAll('script, img, iframe, object, embed, foreignObject, form, input, base, meta[http-equiv=refresh]').length"), 0,
    'an element from the brief is in the page');
  assert.strictEqual(await js<number>(page, "document.querySelectorAll('svg').length"), 1, 'only our diagram is an svg');
  assert.deepStrictEqual(await js<string[]>(page,
    "Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value)).map((a) => e.localName + ' ' + a.name))"), [],
  'an element carries an event handler or a javascript: URL');
  for (const flag of FLAGS) {
    assert.strictEqual(await js<string>(page, `typeof window.${flag}`), 'undefined', `${flag} was set: a payload ran`);
  }
  const text = (await page.textContent('body')) ?? '';
  for (const p of PAYLOADS) {
    assert.ok(text.includes(p), `the payload is not shown literally: ${p}`);
  }
}

suite('standalone HTML report in Chromium', function () {
  this.timeout(60000);
  const browser = useBrowser();

  test('the Qvod report: the table, the diagram and the findings read as they should', async () => {
    const { page, dialogs } = await open(browser(), tempPage('qvod.html', bundleOf(QVOD).html));
    assert.deepStrictEqual(dialogs, []);
    assert.strictEqual(await page.textContent('h1'), 'Liability report: 快播案');
    const row = await js<string[]>(page, "Array.from(document.querySelectorAll('table.summary tbody tr:first-child > *')).map((c) => c.textContent)");
    assert.deepStrictEqual(row, ['Qvod深圳快播公司', 'caching, search', levelLabel('none', 'en'), '—', '—', levelLabel('exposed', 'en')]);
    const nodes = await js<string[]>(page, "Array.from(document.querySelectorAll('svg.diagram g.node > title')).map((t) => t.textContent)");
    assert.strictEqual(nodes.length, 2);
    assert.ok(nodes[0].includes(`Criminal: ${levelLabel('none', 'en')}`), nodes[0]);
    assert.ok(await js<boolean>(page, "document.querySelector('svg.diagram g.edge') !== null"), 'no arrow from Qvod to Uploaders');
    const rules = await js<string[]>(page, "Array.from(document.querySelectorAll('a.rule code')).map((c) => c.textContent)");
    assert.ok(rules.includes('omission-dissemination') && rules.includes('in-dubio-pro-reo'), rules.join(', '));
    assert.ok(((await page.textContent('body')) ?? '').includes('Paper: I.(一); [11](P150)'));
    // each finding: the one-line headline, then the paper's argument with its sources
    const omission = await js<string[]>(page, "Array.from(document.querySelectorAll('li.finding')).filter((li) => li.querySelector('a.rule code')?.textContent === 'omission-dissemination').flatMap((li) => Array.from(li.querySelectorAll('p')).map((p) => p.className + ': ' + p.textContent))");
    assert.strictEqual(omission.length, 2, omission.join('\n'));
    assert.match(omission[0], /^message: Dissemination by omission: .* \(I\.\(一\)\)$/);
    assert.match(omission[1], /^explanation: .*Armin Kaufmann held that such punishment breaches the legality principle \(\[11\]\(P150\)\)/);
    // The diagram is drawn at its size: the SVG is laid out, not an empty box.
    const box = await page.locator('svg.diagram').boundingBox();
    assert.ok(box && box.width > 300 && box.height > 60, `diagram box ${JSON.stringify(box)}`);
    await page.screenshot({ path: screenshotPath('report-qvod.png'), fullPage: true });
  });

  test('the Qvod report in Chinese, dark', async () => {
    const dark = await launch({ colorScheme: 'dark' });
    try {
      const { page } = await open(dark, tempPage('qvod-zh.html', bundleOf(QVOD, 'zh-CN').html));
      assert.strictEqual(await page.textContent('h1'), '责任分析报告：快播案');
      assert.strictEqual(await js<string>(page, 'document.documentElement.lang'), 'zh-CN');
      // The page follows the reader's dark scheme.
      assert.strictEqual(await js<string>(page, 'getComputedStyle(document.body).backgroundColor'), 'rgb(30, 30, 30)');
      await page.screenshot({ path: screenshotPath('report-qvod-zh-dark.png'), fullPage: true });
    } finally {
      await dark.close();
    }
  });

  test('at 320 px (a phone, or 400 % zoom) the page does not scroll sideways: the table scrolls in its own region, long names wrap', async () => {
    const long = 'AVeryLongProviderNameWithoutAnySpacesThatGoesOnAndOnForeverAndEverMore';
    const text = fs.readFileSync(QVOD, 'utf8').replace('"深圳快播公司"', `"${long}"`).replace('"快播案"', `"${long}Case"`);
    const page = await browser().context.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(tempPage('qvod-narrow.html', bundleOf(QVOD, 'en', text).html), { waitUntil: 'load' });
    assert.strictEqual(await js<number>(page, 'document.documentElement.scrollWidth'), 320, 'the page scrolls sideways');
    const wide = await js<string[]>(page, "Array.from(document.querySelectorAll('main *')).filter((e) => !e.closest('.table-scroll, figure') && e.getBoundingClientRect().right > 321).map((e) => e.localName + '.' + e.getAttribute('class'))");
    assert.deepStrictEqual(wide, [], 'these stick out of the page');
    // the table keeps its columns and scrolls in a box the keyboard reaches, with a name and a focus ring
    const box = await js<{ role: string; label: string; tabindex: string; scrolls: boolean }>(page,
      "(() => { const d = document.querySelector('table.summary').parentElement; return { role: d.getAttribute('role'), label: d.getAttribute('aria-label'), tabindex: d.getAttribute('tabindex'), scrolls: d.scrollWidth > d.clientWidth }; })()");
    assert.deepStrictEqual(box, { role: 'region', label: 'Liability report', tabindex: '0', scrolls: true });
    await page.keyboard.press('Tab');
    assert.strictEqual(await js<string>(page, "document.activeElement.className + ' ' + getComputedStyle(document.activeElement).outlineStyle"), 'table-scroll solid');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction("document.querySelector('.table-scroll').scrollLeft > 0");
    await page.screenshot({ path: screenshotPath('report-qvod-320.png') });
    await page.close();
  });

  test('landmarks and headings: one main, h1 > h2 > h3 without a skip, the page and each report in its language', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const { page } = await open(browser(), tempPage(`qvod-${locale}-a11y.html`, bundleOf(QVOD, locale).html));
      assert.strictEqual(await js<number>(page, "document.querySelectorAll('main').length"), 1, 'no main landmark');
      assert.strictEqual(await js<boolean>(page, "document.querySelector('main').contains(document.querySelector('h1'))"), true);
      const levels = await js<number[]>(page, "Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map((h) => Number(h.localName[1]))");
      assert.strictEqual(levels[0], 1);
      levels.forEach((l, i) => assert.ok(i === 0 || l <= levels[i - 1] + 1, `h${levels[i - 1]} is followed by h${l}`));
      assert.strictEqual(await js<string>(page, 'document.documentElement.lang'), locale);
      assert.strictEqual(await js<string>(page, "document.querySelector('section.report').lang"), locale);
      // every level's shape is hidden from screen readers and followed by its word
      const shapes = await js<string[]>(page, "Array.from(document.querySelectorAll('.level')).map((l) => l.querySelector('.icon').getAttribute('aria-hidden') + ' ' + l.textContent.replace(l.querySelector('.icon').textContent, '').trim())");
      assert.ok(shapes.length > 0 && shapes.every((s) => /^true \S/.test(s)), shapes.join('\n'));
      await page.close();
    }
  });

  test('printed from a dark screen: dark text on white paper, the table and diagram whole', async () => {
    const dark = await launch({ colorScheme: 'dark' });
    try {
      const { page } = await open(dark, tempPage('qvod-print.html', bundleOf(QVOD).html));
      assert.strictEqual(await js<string>(page, 'getComputedStyle(document.body).color'), 'rgb(230, 230, 230)', 'the screen is dark');
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      assert.strictEqual(await js<string>(page, 'getComputedStyle(document.body).color'), 'rgb(27, 27, 27)', 'light text would vanish on white paper');
      assert.strictEqual(await js<string>(page, 'getComputedStyle(document.body).backgroundColor'), 'rgb(255, 255, 255)');
      assert.strictEqual(await js<string>(page, "getComputedStyle(document.querySelector('.level-none .icon')).color"), 'rgb(30, 107, 52)');
      assert.deepStrictEqual(await js<string[]>(page, "['.table-scroll', 'figure'].map((s) => getComputedStyle(document.querySelector(s)).overflowX)"), ['visible', 'visible'], 'a printout cannot scroll: a clipped table loses columns');
    } finally {
      await dark.close();
    }
  });

  test('the CSP allows our style sheet by its hash and no other style: not \'unsafe-inline\'', async () => {
    const html = bundleOf(QVOD).html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/]+=*';/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    // a style that slipped in (as markup would have to) is refused; ours still applies
    const injected = html.replace('<body>', '<body><style>body{background:rgb(255, 0, 0)}</style><p id="x" style="color:rgb(0, 255, 0)">x</p>');
    const { page } = await open(browser(), tempPage('qvod-csp.html', injected));
    assert.strictEqual(await js<string>(page, 'getComputedStyle(document.body).backgroundColor'), 'rgb(255, 255, 255)');
    assert.notStrictEqual(await js<string>(page, "getComputedStyle(document.getElementById('x')).color"), 'rgb(0, 255, 0)');
    assert.strictEqual(await js<string>(page, "getComputedStyle(document.querySelector('table.summary th')).borderTopStyle"), 'solid');
  });

  test('a hostile brief: nothing runs, nothing is injected, every payload shows as text', async () => {
    const html = bundleOf(HOSTILE).html;
    const { page, dialogs } = await open(browser(), tempPage('hostile.html', html));
    await assertInert(page, dialogs);
    await page.screenshot({ path: screenshotPath('report-hostile.png'), fullPage: true });
  });

  test('a hostile brief stays inert even with the CSP taken out: the escaping alone holds', async () => {
    const html = bundleOf(HOSTILE, 'zh-CN').html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    assert.ok(!html.includes('Content-Security-Policy'));
    const { page, dialogs } = await open(browser(), tempPage('hostile-nocsp.html', html));
    await assertInert(page, dialogs);
  });
});
