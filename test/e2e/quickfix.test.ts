// Quick fixes through vscode.executeCodeActionProvider, applied with
// vscode.workspace.applyEdit as the light bulb does; the diagnostics are re-published
// after the edit and the fixed one is gone.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyWorkspaceEdit, codeActionsAt, codesOf, fixtureText, inEnglish, openScratch, waitForDiagnostics, withCode } from './helpers';

function titles(actions: readonly vscode.CodeAction[]): string {
  return actions.map((a) => a.title).join(' | ');
}

suite('Quick fixes in VS Code', () => {
  inEnglish();

  test('`role cachng`: "Change to `caching`" is the preferred fix; applied, unknown-value is gone', async () => {
    const { doc } = await openScratch('fix-cachng.case', 'provider Host "a host" {\n  role cachng\n}\n');
    const before = await waitForDiagnostics(doc.uri, (ds) => codesOf(ds).includes('unknown-value'));
    const [unknown] = withCode(before, 'unknown-value');
    assert.strictEqual(doc.getText(unknown.range), 'cachng');
    const actions = await codeActionsAt(doc, unknown.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `no preferred fix among: ${titles(actions)}`);
    assert.strictEqual(fix.title, 'Change to `caching`');
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind ${fix.kind?.value}`);
    try {
      await applyWorkspaceEdit(fix.edit);
      assert.strictEqual(doc.lineAt(1).text, '  role caching');
      const after = await waitForDiagnostics(doc.uri, (ds) => !codesOf(ds).includes('unknown-value'));
      assert.deepStrictEqual(withCode(after, 'unknown-value'), []);
    } finally {
      await doc.save();
    }
  });

  test('typo.case: both typos fixed by their quick fixes leave no error', async () => {
    const { doc } = await openScratch('fix-typo.case', await fixtureText('typo.case'));
    let diags = await waitForDiagnostics(doc.uri, (ds) => codesOf(ds).length === 2);
    try {
      for (const [code, word] of [['unknown-value', 'storage'], ['unknown-key', 'knowledge']]) {
        const [d] = withCode(diags, code);
        const fix = (await codeActionsAt(doc, d.range, vscode.CodeActionKind.QuickFix.value)).find((a) => a.title === `Change to \`${word}\``);
        assert.ok(fix, `no "Change to \`${word}\`" for ${code}`);
        await applyWorkspaceEdit(fix.edit);
        diags = await waitForDiagnostics(doc.uri, (ds) => !codesOf(ds).includes(code));
      }
      assert.deepStrictEqual(codesOf(diags), []);
      assert.match(doc.getText(), /role\s+storage\n\s+knowledge\s+none/);
    } finally {
      await doc.save();
    }
  });

  test('a doctrine warning can be silenced for its line, and the warning goes away', async () => {
    const { doc } = await openScratch('fix-disable.case', await fixtureText('qvod.case'));
    const before = await waitForDiagnostics(doc.uri, (ds) => codesOf(ds).includes('omission-dissemination'));
    const [omission] = withCode(before, 'omission-dissemination');
    const actions = await codeActionsAt(doc, omission.range, vscode.CodeActionKind.QuickFix.value);
    const disable = actions.find((a) => a.title === 'Disable omission-dissemination for this line');
    assert.ok(disable, `no disable action among: ${titles(actions)}`);
    try {
      await applyWorkspaceEdit(disable.edit);
      const after = await waitForDiagnostics(doc.uri, (ds) => !codesOf(ds).includes('omission-dissemination'));
      // only that rule on that line: the other warnings stay
      assert.ok(codesOf(after).includes('tech-neutrality'), codesOf(after).join(', '));
      assert.ok(codesOf(after).includes('notice-takedown-not-criminal'), codesOf(after).join(', '));
    } finally {
      await doc.save();
    }
  });
});
