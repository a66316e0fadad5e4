// Formatting (vscode.executeFormatDocumentProvider) and code lenses
// (vscode.executeCodeLensProvider) as VS Code asks for them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyEdits, codeLenses, fixtureText, formattingEdits, inEnglish, openDoc, openScratch, positionOf, waitFor, waitForDiagnostics } from './helpers';

suite('Formatting and code lenses in VS Code', () => {
  inEnglish();

  test('Format Document aligns the values of a block; formatting again changes nothing', async () => {
    const { doc } = await openScratch('format.case', 'provider Q "x" {\nrole caching\n  knowledge   specific\n      notice regulator\n}\n');
    await waitForDiagnostics(doc.uri, () => true);
    const edits = await formattingEdits(doc);
    assert.ok(edits.length > 0, 'no formatting edits');
    try {
      const text = await applyEdits(doc, edits);
      assert.strictEqual(text, 'provider Q "x" {\n  role      caching\n  knowledge specific\n  notice    regulator\n}\n');
      assert.deepStrictEqual(await formattingEdits(doc), []);
    } finally {
      await doc.save();
    }
  });

  test('formatting the spec example only closes the gaps before its trailing comments', async () => {
    const { doc } = await openScratch('format-qvod.case', await fixtureText('qvod.case'));
    await waitForDiagnostics(doc.uri);
    const before = doc.getText();
    const edits = await formattingEdits(doc);
    // the values are aligned already; the comments keep one space before them
    assert.ok(edits.every((e) => e.newText === '' && /^ +$/.test(doc.getText(e.range))), 'an edit changes more than spaces');
    try {
      const after = await applyEdits(doc, edits);
      assert.strictEqual(after.replace(/\s+/g, ''), before.replace(/\s+/g, ''));
      assert.match(after, /^ {2}role {11}caching, search # caching \+ positioning/m);
      assert.match(after, /^ {2}knowledge {6}specific # it knew/m);
      assert.deepStrictEqual(await formattingEdits(doc), []);
    } finally {
      await doc.save();
    }
  });

  test('code lenses above the provider: its conclusions ("Criminal: …") and its decisive facts', async () => {
    const { doc } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri);
    const lenses = await codeLenses(doc, 10);
    assert.deepStrictEqual(lenses.map((l) => l.range.start.line), [positionOf(doc, 'provider Qvod').line, positionOf(doc, 'provider Qvod').line]);
    assert.strictEqual(lenses[0].command?.title, 'Criminal: ○ none · Civil: ● exposed');
    assert.deepStrictEqual([lenses[0].command?.command, lenses[0].command?.arguments], ['caseFacts.showReport', [doc.uri.toString(), 'Qvod']]);
    assert.match(lenses[1].command?.title ?? '', /^Decisive facts: \d+$/);
    assert.strictEqual(lenses[1].command?.command, 'caseFacts.showWhatIf');
  });

  test('a Markdown brief: the lens sits on its provider inside the ```case block', async () => {
    const { doc } = await openDoc('brief.md');
    await waitForDiagnostics(doc.uri);
    const lenses = await codeLenses(doc, 10);
    assert.strictEqual(lenses.length, 2);
    assert.strictEqual(lenses[0].range.start.line, positionOf(doc, 'provider 快播').line);
    assert.match(lenses[0].command?.title ?? '', /^Criminal: ◐ possible — art363 \(accomplice of Uploaders\)/);
  });

  test('caseFacts.codeLens.enabled = false removes the lenses', async () => {
    const { doc } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri);
    const config = vscode.workspace.getConfiguration('caseFacts');
    await config.update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      // the server learns the setting by notification; no event tells when it has
      await waitForLenses(doc, 0);
    } finally {
      await config.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForLenses(doc, 2);
  });
});

/** Waits until the document has `count` code lenses (polling: no event says the server read a setting). */
async function waitForLenses(doc: vscode.TextDocument, count: number): Promise<void> {
  await waitFor(async () => (await codeLenses(doc)).length === count, `${count} code lenses`, 20_000, 100);
}
