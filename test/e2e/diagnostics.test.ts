// Diagnostics as VS Code shows them: the doctrine's warnings on the spec example and on a
// Markdown brief (code, range, severity, message words), the errors of a typo, and a
// clean file staying clean while it is edited.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  applyWorkspaceEdit, closeAllEditors, codeOf, codesOf, describeDiagnostic, EXTENSION_ID, inEnglish, isOurs, openDoc, positionOf,
  waitFor, waitForDiagnostics, withCode,
} from './helpers';

const previewTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
  .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('markdown.preview'));

/** The one diagnostic with `code`, checked to cover exactly `word`. */
function onlyOn(doc: vscode.TextDocument, diags: readonly vscode.Diagnostic[], code: string, word: string): vscode.Diagnostic {
  const found = withCode(diags, code);
  assert.strictEqual(found.length, 1, `expected one ${code}; have:\n${diags.map(describeDiagnostic).join('\n')}`);
  assert.strictEqual(doc.getText(found[0].range), word, `${code} covers the wrong text: ${describeDiagnostic(found[0])}`);
  return found[0];
}

suite('Diagnostics in VS Code', () => {
  inEnglish();

  test('the spec example (qvod.case): the paper\'s eight warnings and the verdict note, nothing else', async () => {
    const { doc } = await openDoc('qvod.case');
    const diags = await waitForDiagnostics(doc.uri);
    assert.deepStrictEqual(codesOf(diags), [
      'accomplice-as-principal', 'evidence-authentication', 'in-dubio-pro-reo', 'neutral-help-principal-acts',
      'notice-takedown-not-criminal', 'omission-dissemination', 'safe-harbor-scope', 'tech-neutrality',
      'verdict-divergence',
    ]);
    assert.ok(!diags.filter(isOurs).some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'the spec example has no errors');
    assert.strictEqual(withCode(diags, 'verdict-divergence')[0].severity, vscode.DiagnosticSeverity.Information);
  });

  test('omission-dissemination sits on the mode word `omission`; its message is the headline citing the section', async () => {
    const { doc } = await openDoc('qvod.case');
    const diags = await waitForDiagnostics(doc.uri);
    const d = onlyOn(doc, diags, 'omission-dissemination', 'omission');
    assert.strictEqual(d.range.start.line, positionOf(doc, 'charge Qvod art363 omission').line);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /^Dissemination by omission: /);
    assert.match(d.message, /impure omission/);
    assert.match(d.message, /legality principle \(I\.\(一\)\)$/);
    // the argument and its sources are the hover's, not every publish's
    assert.doesNotMatch(d.message, /Armin Kaufmann|\[11\]/);
    // the code links to the rule's page, as the Problems panel shows it: through the
    // extension's command, which opens the page shipped with it (client/src/ruleDocs.ts)
    assert.ok(typeof d.code === 'object', `code: ${JSON.stringify(d.code)}`);
    assert.strictEqual(d.code.value, 'omission-dissemination');
    assert.strictEqual(d.code.target.scheme, 'command');
    assert.strictEqual(d.code.target.path, 'caseFacts.openRuleDoc');
    assert.deepStrictEqual(JSON.parse(d.code.target.query), ['omission-dissemination']);
  });

  test('a code link opens the rule\'s page shipped with the extension, in the Markdown preview', async () => {
    const { doc } = await openDoc('qvod.case');
    const d = withCode(await waitForDiagnostics(doc.uri), 'tech-neutrality')[0];
    assert.ok(d && typeof d.code === 'object', 'a tech-neutrality warning with a code link');
    await closeAllEditors();
    // as VS Code's opener runs a command link: the command, with the query's arguments
    await vscode.commands.executeCommand(d.code.target.path, ...(JSON.parse(d.code.target.query) as unknown[]));
    const tab = await waitFor(() => previewTabs().find((t) => t.label.includes('tech-neutrality.md')), 'the preview of tech-neutrality.md');
    assert.ok(tab.isActive, `the page is shown: ${tab.label}`);
    // the page is the extension's own copy: the preview's source is in its docs/rules
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'docs', 'rules', 'tech-neutrality.md')));
    // only a rule's id opens anything: a path in the link's place opens no page
    await closeAllEditors();
    await vscode.commands.executeCommand('caseFacts.openRuleDoc', '../../package');
    await vscode.commands.executeCommand('caseFacts.openRuleDoc', { id: 'tech-neutrality' });
    assert.deepStrictEqual(previewTabs().map((t) => t.label), []);
  });

  test('the other doctrine warnings sit on the words they answer', async () => {
    const { doc } = await openDoc('qvod.case');
    const diags = await waitForDiagnostics(doc.uri);
    assert.match(onlyOn(doc, diags, 'tech-neutrality', 'tech-user').message, /technology provider/);
    assert.match(onlyOn(doc, diags, 'safe-harbor-scope', 'legal-works-only').message, /about duties, not content/);
    assert.match(onlyOn(doc, diags, 'neutral-help-principal-acts', 'principal-act').message, /Neutral help/);
    assert.match(onlyOn(doc, diags, 'accomplice-as-principal', 'interpretation-2010-art4').message, /breaks legality/);
    assert.match(onlyOn(doc, diags, 'in-dubio-pro-reo', 'no').message, /In dubio pro reo/);
    assert.match(onlyOn(doc, diags, 'evidence-authentication', 'defective').message, /Defective authentication/);
    assert.match(onlyOn(doc, diags, 'verdict-divergence', 'convicted').message, /The court convicted Qvod of art363/);
  });

  test('a Markdown brief: the warning on `omission` inside its ```case block, none in the prose', async () => {
    const { doc } = await openDoc('brief.md');
    assert.strictEqual(doc.languageId, 'markdown');
    const diags = await waitForDiagnostics(doc.uri);
    assert.deepStrictEqual(codesOf(diags), ['omission-dissemination']);
    const d = onlyOn(doc, diags, 'omission-dissemination', 'omission');
    assert.strictEqual(d.range.start.line, positionOf(doc, 'charge 快播 art363 omission').line);
    assert.match(d.message, /Dissemination by omission/);
    const fence = doc.offsetAt(positionOf(doc, '```case'));
    const close = doc.offsetAt(positionOf(doc, '```\n'));
    assert.ok(doc.offsetAt(d.range.start) > fence && doc.offsetAt(d.range.end) < close, describeDiagnostic(d));
  });

  test('typos are errors on the misspelt word, with the word meant', async () => {
    const { doc } = await openDoc('typo.case');
    const diags = await waitForDiagnostics(doc.uri, (ds) => codesOf(ds).length === 2);
    assert.deepStrictEqual(codesOf(diags), ['unknown-key', 'unknown-value']);
    const value = onlyOn(doc, diags, 'unknown-value', 'storag');
    assert.strictEqual(value.severity, vscode.DiagnosticSeverity.Error);
    assert.match(value.message, /"storag" is not a valid value for role\. Did you mean `storage`\?/);
    const key = onlyOn(doc, diags, 'unknown-key', 'knowlege');
    assert.strictEqual(key.severity, vscode.DiagnosticSeverity.Error);
    assert.match(key.message, /Unknown key "knowlege" in a provider block\. Did you mean `knowledge`\?/);
  });

  test('diagnostics follow typing: a clean file gets an error and loses it again', async () => {
    const { doc } = await openDoc('clean.case');
    const at = positionOf(doc, 'storage');
    const word = new vscode.Range(at, at.translate(0, 'storage'.length));
    try {
      let edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, word, 'storag');
      await applyWorkspaceEdit(edit);
      const broken = await waitForDiagnostics(doc.uri, (ds) => codesOf(ds).includes('unknown-value'));
      assert.strictEqual(doc.getText(withCode(broken, 'unknown-value')[0].range), 'storag');
      edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(at, at.translate(0, 'storag'.length)), 'storage');
      await applyWorkspaceEdit(edit);
      const fixed = await waitForDiagnostics(doc.uri, (ds) => !ds.some(isOurs));
      assert.deepStrictEqual(fixed.filter(isOurs).map(codeOf), []);
    } finally {
      await doc.save();
    }
  });

  test('validate on save (pulled): saving a typo brings its error, saving the fix takes it away', async () => {
    const config = vscode.workspace.getConfiguration('caseFacts');
    await config.update('validate.trigger', 'onSave', vscode.ConfigurationTarget.Workspace);
    const { doc } = await openDoc('clean.case');
    const at = positionOf(doc, 'storage');
    try {
      await waitForDiagnostics(doc.uri, (ds) => !ds.some(isOurs));
      let edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(at, at.translate(0, 'storage'.length)), 'storag');
      await applyWorkspaceEdit(edit);
      // the server answers VS Code's pulls with the list of the last save, and asks it to pull again on save
      await doc.save();
      const broken = await waitForDiagnostics(doc.uri, (ds) => codesOf(ds).includes('unknown-value'));
      assert.strictEqual(doc.getText(withCode(broken, 'unknown-value')[0].range), 'storag');
      edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(at, at.translate(0, 'storag'.length)), 'storage');
      await applyWorkspaceEdit(edit);
      await doc.save();
      await waitForDiagnostics(doc.uri, (ds) => !ds.some(isOurs));
    } finally {
      if (!doc.getText().includes('storage')) {
        const fix = new vscode.WorkspaceEdit();
        fix.replace(doc.uri, new vscode.Range(at, at.translate(0, 'storag'.length)), 'storage');
        await applyWorkspaceEdit(fix);
      }
      await doc.save();
      await config.update('validate.trigger', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
