// The liability report in VS Code: the webview opens beside the brief without taking the
// focus, and the two exports give exactly what `casefacts analyze` prints.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findingsToDiagnostics, parseText } from '../../server/src/service/languageService';
import { renderHtml } from '../../server/src/service/report/html';
import { renderMarkdown } from '../../server/src/service/report/markdown';
import { buildReport } from '../../server/src/service/report/report';
import { activateExtension, closeAllEditors, codeLenses, openDoc, waitFor, waitForDiagnostics } from './helpers';

/** What `casefacts analyze --format markdown|html --locale en` prints for a document. */
function cliOutput(doc: vscode.TextDocument): { markdown: string; html: string } {
  const text = doc.getText();
  const uri = doc.uri.toString();
  const document = TextDocument.create(uri, 'casefacts', 1, text);
  const parsed = parseText(uri, 1, text, false);
  const report = buildReport(doc.uri.fsPath, parsed, document, findingsToDiagnostics(parsed, document, { locale: 'en' }), 'en');
  return { markdown: renderMarkdown([report]), html: renderHtml([report], 'en') };
}

const reportTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((tab) => ({ tab, group: g })))
  .filter(({ tab }) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('caseFacts.report'));

suite('Liability report in VS Code', () => {
  suiteSetup(async () => {
    await activateExtension();
    await vscode.workspace.getConfiguration('caseFacts').update('locale', 'en', vscode.ConfigurationTarget.Workspace);
  });
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('caseFacts').update('locale', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  test('Show Liability Report opens one webview beside the brief and leaves the focus in the editor', async () => {
    const { doc, editor } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri);
    await vscode.commands.executeCommand('caseFacts.showReport');
    const [{ tab, group }] = await waitFor(() => (reportTabs().length > 0 ? reportTabs() : undefined), 'the report tab');
    assert.notStrictEqual(group.viewColumn, editor.viewColumn, 'the report is not beside the brief');
    await waitFor(() => tab.label.includes('快播案'), 'the report title');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString(), 'the report took the focus');
    await vscode.commands.executeCommand('caseFacts.showReport');
    assert.strictEqual(reportTabs().length, 1, 'a second report opened instead of reusing the first');
  });

  test('the conclusion lens opens the report of its brief, whichever editor is active', async () => {
    await closeAllEditors();
    const { doc } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri);
    const [conclusion] = await codeLenses(doc, 10);
    // another document active: the lens still speaks of its own brief
    await openDoc('README.md');
    await vscode.commands.executeCommand(conclusion.command!.command, ...(conclusion.command!.arguments ?? []));
    const [{ tab }] = await waitFor(() => (reportTabs().length > 0 ? reportTabs() : undefined), 'the report tab');
    await waitFor(() => (tab.label.includes('快播案') ? true : undefined), `the report of qvod.case (${tab.label})`);
    await closeAllEditors();
  });

  test('Copy Report as Markdown puts exactly the CLI\'s Markdown on the clipboard', async () => {
    const { doc } = await openDoc('qvod.case');
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('caseFacts.copyReportMarkdown');
    const copied = await waitFor(async () => (await vscode.env.clipboard.readText()) || undefined, 'the clipboard');
    assert.strictEqual(copied, cliOutput(doc).markdown);
  });

  test('Save Report as HTML writes exactly the CLI\'s HTML where the user chose', async () => {
    const { doc } = await openDoc('qvod.case');
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-e2e-')), 'qvod.report.html'));
    const window = vscode.window as { showSaveDialog: typeof vscode.window.showSaveDialog };
    const original = window.showSaveDialog;
    let proposed: vscode.Uri | undefined;
    window.showSaveDialog = async (options) => {
      proposed = options?.defaultUri;
      return target;
    };
    try {
      await vscode.commands.executeCommand('caseFacts.saveReportHtml');
    } finally {
      window.showSaveDialog = original;
    }
    assert.strictEqual(proposed?.path, doc.uri.path.replace(/\.case$/, '.report.html'));
    assert.strictEqual(fs.readFileSync(target.fsPath, 'utf8'), cliOutput(doc).html);
  });

  test('a Markdown brief with ```casefacts blocks, as the server reads them, gets its report', async () => {
    await closeAllEditors();
    const md = '# Brief\n\n```casefacts\nprovider Qvod "深圳快播公司" {\n  role caching, search\n}\n```\n';
    const doc = await vscode.workspace.openTextDocument({ content: md, language: 'markdown' });
    await vscode.window.showTextDocument(doc, { preview: false });
    const window = vscode.window as { showInformationMessage: typeof vscode.window.showInformationMessage };
    const original = window.showInformationMessage;
    const shown: string[] = [];
    window.showInformationMessage = (async (message: string) => {
      shown.push(message);
      return undefined;
    }) as typeof vscode.window.showInformationMessage;
    try {
      await vscode.commands.executeCommand('caseFacts.showReport');
    } finally {
      window.showInformationMessage = original;
    }
    assert.deepStrictEqual(shown, [], 'the command said there is no brief');
    const [{ tab }] = await waitFor(() => (reportTabs().length > 0 ? reportTabs() : undefined), 'the report tab');
    await waitFor(() => (tab.label.startsWith('Liability report') ? true : undefined), `the report title (${tab.label})`);
    await closeAllEditors();
  });

  test('Save Report as HTML to a path with `$\'` in it: the message names that very path', async () => {
    const { doc } = await openDoc('qvod.case');
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-e2e-')), "qvod $' $& report.html"));
    const window = vscode.window as {
      showSaveDialog: typeof vscode.window.showSaveDialog;
      showInformationMessage: typeof vscode.window.showInformationMessage;
    };
    const originals = { save: window.showSaveDialog, info: window.showInformationMessage };
    const shown: string[] = [];
    window.showSaveDialog = async () => target;
    window.showInformationMessage = (async (message: string) => {
      shown.push(message);
      return undefined;
    }) as typeof vscode.window.showInformationMessage;
    try {
      await vscode.commands.executeCommand('caseFacts.saveReportHtml', doc.uri);
    } finally {
      window.showSaveDialog = originals.save;
      window.showInformationMessage = originals.info;
    }
    assert.strictEqual(fs.readFileSync(target.fsPath, 'utf8'), cliOutput(doc).html);
    assert.deepStrictEqual(shown, [`Saved the liability report to ${target.fsPath}.`]);
  });

  test('after a reload, the report comes back on the brief it showed; a state it cannot use closes the panel', async () => {
    await closeAllEditors();
    const ext = await activateExtension();
    const { reportSerializer } = ext.exports as { reportSerializer: vscode.WebviewPanelSerializer };
    const { doc } = await openDoc('qvod.case');
    const restoreFrom = async (state: unknown) => {
      const panel = vscode.window.createWebviewPanel('caseFacts.report', 'CaseFacts', vscode.ViewColumn.Beside, {});
      let disposed = false;
      panel.onDidDispose(() => (disposed = true));
      await reportSerializer.deserializeWebviewPanel(panel, state);
      return { panel, disposed: () => disposed };
    };
    // states it cannot use: nothing, a uri that is not a brief's, a brief that no longer exists
    for (const state of [undefined, { uri: 'command:workbench.action.quit' }, { uri: vscode.Uri.file('/no/such/brief.case').toString() }]) {
      const r = await restoreFrom(state);
      assert.ok(r.disposed(), `a panel restored from ${JSON.stringify(state)} was kept`);
    }
    await waitFor(() => (reportTabs().length === 0 ? true : undefined), 'no report tab left open');
    // what VS Code does on reload: a panel of our view type, and the state the page saved
    const restored = await restoreFrom({ uri: doc.uri.toString(), title: 'old' });
    assert.ok(!restored.disposed());
    await waitFor(() => (restored.panel.title.includes('快播案') ? true : undefined), 'the restored report\'s title');
    assert.strictEqual(restored.panel.webview.options.enableScripts, true, 'the restored page may run its script');
    assert.strictEqual(restored.panel.webview.options.enableCommandUris, false);
    // the command now reuses the restored panel, and a second restored panel is closed
    await vscode.commands.executeCommand('caseFacts.showReport');
    await waitFor(() => (reportTabs().length === 1 ? true : undefined), 'the restored report\'s tab');
    assert.ok((await restoreFrom({ uri: doc.uri.toString() })).disposed(), 'a second report was restored');
    assert.strictEqual(reportTabs().length, 1);
  });
});
