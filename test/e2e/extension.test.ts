// The first extension-host suite: activation, language id, diagnostics arriving (pulled).
// Feature suites (hover, completion, quick fix, symbols, rename, formatting, commands)
// go in their own <feature>.test.ts files beside this one, using ./helpers.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  EXTENSION_ID, LANGUAGE_ID, activateExtension, closeAllEditors, codesOf, describeDiagnostic,
  isOurs, openDoc, waitForDiagnostics,
} from './helpers';

suite('CaseFacts extension in VS Code', () => {
  suiteTeardown(closeAllEditors);

  test('opening a .case file gives it the casefacts language and activates the extension', async () => {
    const { doc } = await openDoc('qvod.case');
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
    await waitForDiagnostics(doc.uri);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    assert.strictEqual(ext.isActive, true, `${EXTENSION_ID} is not active`);
  });

  test('the language server publishes diagnostics for the spec example', async () => {
    await activateExtension();
    const { doc } = await openDoc('qvod.case');
    const diags = (await waitForDiagnostics(doc.uri)).filter(isOurs);
    assert.ok(diags.length > 0, 'expected at least one CaseFacts diagnostic on qvod.case');
    for (const d of diags) {
      assert.ok(d.message.trim().length > 0, `empty message: ${describeDiagnostic(d)}`);
      assert.ok(doc.validateRange(d.range).isEqual(d.range), `range outside the document: ${describeDiagnostic(d)}`);
    }
    assert.ok(codesOf(diags).includes('omission-dissemination'), diags.map(describeDiagnostic).join('\n'));
  });

  test('VS Code pulls the diagnostics: the server offered pull diagnostics to its client', async () => {
    const ext = await activateExtension();
    const api = ext.exports as { client?: { initializeResult?: { capabilities: { diagnosticProvider?: { identifier?: string } } } } };
    assert.strictEqual(api.client?.initializeResult?.capabilities.diagnosticProvider?.identifier, 'casefacts');
  });

  test('a Markdown brief is markdown and gets diagnostics from its ```case block', async () => {
    const { doc } = await openDoc('brief.md');
    assert.strictEqual(doc.languageId, 'markdown');
    const diags = (await waitForDiagnostics(doc.uri)).filter(isOurs);
    const fence = doc.getText().indexOf('```case');
    for (const d of diags) {
      assert.ok(doc.offsetAt(d.range.start) > fence, `diagnostic before the case block: ${describeDiagnostic(d)}`);
    }
  });
});
