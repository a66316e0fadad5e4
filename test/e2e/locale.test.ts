// The locale switch: caseFacts.locale = zh-CN in the workspace settings re-publishes the
// diagnostics in Chinese, and hovers, lenses and the report follow; removing it brings
// English back.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension, closeAllEditors, codeLenses, hoverAt, openDoc, positionOf, setLocale, waitFor,
  waitForDiagnostics, withCode,
} from './helpers';

const omissionSays = (pattern: RegExp) => (ds: vscode.Diagnostic[]) =>
  withCode(ds, 'omission-dissemination').some((d) => pattern.test(d.message));

suite('Locale switch in VS Code', () => {
  suiteSetup(activateExtension);
  suiteTeardown(async () => {
    await setLocale(undefined);
    await closeAllEditors();
  });

  test('caseFacts.locale = zh-CN: diagnostics, hover, lenses and report in Chinese; removed: English again', async () => {
    await setLocale('en');
    const { doc } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri, omissionSays(/^Dissemination by omission/));
    try {
      await setLocale('zh-CN');
      const zh = await waitForDiagnostics(doc.uri, omissionSays(/不作为/));
      const [omission] = withCode(zh, 'omission-dissemination');
      assert.match(omission.message, /^以不作为方式传播：论文认为/);
      assert.match(omission.message, /罪刑法定/);
      assert.strictEqual(doc.getText(omission.range), 'omission');
      assert.match(withCode(zh, 'tech-neutrality')[0].message, /技术提供者/);

      assert.match(await hoverAt(doc, positionOf(doc, 'caching', 0, 2)), /\*\*caching · 缓存\*\* — “类型”的取值/);
      const lenses = await waitFor(async () => {
        const l = await codeLenses(doc);
        return l.length > 0 && /[\u4e00-\u9fff]/.test(l[0].command?.title ?? '') ? l : undefined;
      }, 'Chinese code lenses');
      assert.doesNotMatch(lenses[0].command?.title ?? '', /Criminal/);

      await vscode.env.clipboard.writeText('');
      await vscode.commands.executeCommand('caseFacts.copyReportMarkdown');
      const copied = await waitFor(async () => (await vscode.env.clipboard.readText()) || undefined, 'the clipboard');
      assert.match(copied, /^## 责任分析报告：快播案/);
      assert.match(copied, /\| 服务商 \|/);
    } finally {
      await setLocale(undefined);
    }
    const en = await waitForDiagnostics(doc.uri, omissionSays(/^Dissemination by omission/));
    assert.ok(!en.some((d) => /不作为方式/.test(d.message)), 'Chinese messages remain after restoring the locale');
    assert.match(await hoverAt(doc, positionOf(doc, 'caching', 0, 2)), /\*\*caching · 缓存\*\* — value of `role`/);
  });
});
