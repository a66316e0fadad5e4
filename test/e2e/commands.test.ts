// The commands the extension contributes, run as the command palette runs them:
// every one is registered; the report opens for a Markdown brief; Copy Report as
// Markdown puts the table on the clipboard; Restart Server clears the diagnostics
// and the new server publishes them again.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { checksum, userCacheDir } from '../../server/src/node/cacheFile';
import { closeAllEditors, codesOf, EXTENSION_ID, inEnglish, isOurs, openDoc, waitFor, waitForDiagnostics } from './helpers';

const reportTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
  .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('caseFacts.report'));

suite('Commands in VS Code', () => {
  inEnglish();

  test('every command in the manifest is registered once the extension is active', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = (ext.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
    assert.deepStrictEqual([...contributed].sort(), [
      'caseFacts.copyReportMarkdown', 'caseFacts.openRuleDoc', 'caseFacts.restartServer', 'caseFacts.saveReportHtml',
      'caseFacts.showReport', 'caseFacts.showWhatIf',
    ]);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(contributed.filter((c) => !registered.has(c)), []);
  });

  test('Show Liability Report on a Markdown brief opens the report', async () => {
    await closeAllEditors();
    const { doc } = await openDoc('brief.md');
    await waitForDiagnostics(doc.uri);
    await vscode.commands.executeCommand('caseFacts.showReport');
    const [tab] = await waitFor(() => (reportTabs().length > 0 ? reportTabs() : undefined), 'the report tab');
    await waitFor(() => tab.label.length > 0 && tab.label !== 'CaseFacts: ', 'the report title');
    await vscode.window.tabGroups.close(tab);
  });

  test('Copy Report as Markdown on a brief: the clipboard holds its provider table', async () => {
    const { doc } = await openDoc('brief.md');
    await waitForDiagnostics(doc.uri);
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('caseFacts.copyReportMarkdown');
    const copied = await waitFor(async () => (await vscode.env.clipboard.readText()) || undefined, 'the clipboard');
    assert.match(copied, /^## Liability report: brief\.md/);
    assert.match(copied, /\| Provider \| Roles \| Criminal \|/);
    assert.match(copied, /\| 快播 \(深圳快播公司\) \| caching, search \| ◐ possible \|/);
  });

  test('Restart Server: the diagnostics are cleared, then published again by the new server', async () => {
    const { doc } = await openDoc('qvod.case');
    const before = codesOf(await waitForDiagnostics(doc.uri));
    const cleared = waitForDiagnostics(doc.uri, (ds) => !ds.some(isOurs));
    await vscode.commands.executeCommand('caseFacts.restartServer');
    await cleared;
    const after = await waitForDiagnostics(doc.uri, (ds) => ds.some(isOurs));
    assert.deepStrictEqual(codesOf(after), before);
    // and the new server answers requests
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('caseFacts.copyReportMarkdown');
    assert.match(await waitFor(async () => (await vscode.env.clipboard.readText()) || undefined, 'the clipboard'), /\| Provider \|/);
  });

  test('a brief reopened by a new server: the list saved by the last one is found, and what the new one finds replaces it', async () => {
    const { doc } = await openDoc('qvod.case');
    const analysed = (await waitForDiagnostics(doc.uri)).filter(isOurs).map((d) => d.message).sort();
    // the server saves the brief's list when it exits
    const cleared = waitForDiagnostics(doc.uri, (ds) => !ds.some(isOurs));
    await vscode.commands.executeCommand('caseFacts.restartServer');
    await cleared;
    await waitForDiagnostics(doc.uri, (ds) => ds.some(isOurs));
    // the saved list of this very text (its header names the uri and the text's checksum)
    const dir = userCacheDir('diagnostics');
    assert.ok(dir, 'a cache directory');
    const made = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8').split('\n')[1] ?? 'null') as unknown[] | null;
    const file = await waitFor(() => fs.readdirSync(dir).map((f) => path.join(dir, f)).find((f) => {
      const key = f.endsWith('.diagnostics') ? made(f) : null;
      return key?.[1] === doc.uri.toString() && key[5] === checksum(doc.getText());
    }), 'the saved list of qvod.case');
    // marked, as if the last server had concluded otherwise, and dated long ago
    const bytes = fs.readFileSync(file);
    const keyEnd = bytes.indexOf(10, bytes.indexOf(10) + 1) + 1;
    const list = JSON.parse(bytes.subarray(bytes.indexOf(10, keyEnd) + 1).toString('utf8')) as { message: string }[];
    list[0].message = `SAVED LAST TIME: ${list[0].message}`;
    const data = Buffer.from(JSON.stringify(list), 'utf8');
    fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, keyEnd), Buffer.from(`${checksum(data)}\n`), data]));
    fs.utimesSync(file, 1000, 1000);
    await vscode.commands.executeCommand('caseFacts.restartServer');
    // the new server found it (a file used is dated anew) and did not write it again
    await waitFor(() => fs.statSync(file).mtimeMs > 1000 * 1000 || undefined, 'the saved list used');
    assert.match(fs.readFileSync(file, 'utf8'), /SAVED LAST TIME: /);
    // and the editor ends with what the new server found, not the saved list
    const final = await waitForDiagnostics(doc.uri, (ds) => ds.some(isOurs) && !ds.some((d) => d.message.startsWith('SAVED LAST TIME: ')));
    assert.deepStrictEqual(final.filter(isOurs).map((d) => d.message).sort(), analysed);
  });
});
