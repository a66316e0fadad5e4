// .casefacts.json in VS Code: the extension names its JSON schema (package.json
// jsonValidation, made by scripts/gen-schema.ts from the rule table), so VS Code's own JSON
// support completes rule ids and levels and marks what the server would ignore.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { completionsAt, describeDiagnostic, labelOf, openDoc, positionOf, waitForDiagnostics, workspaceRoot } from './helpers';

suite('.casefacts.json in VS Code', () => {
  const dir = vscode.Uri.joinPath(workspaceRoot(), 'config-check');
  const uri = vscode.Uri.joinPath(dir, '.casefacts.json');

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
  });

  test('an unknown rule, a wrong level and a wrong locale are marked; rule ids and levels are completed', async () => {
    await vscode.workspace.fs.writeFile(uri, Buffer.from('{\n  "rules": {\n    "no-such-rule": "off",\n    "omission-dissemination": "loud",\n    "verdict-divergence": "info"\n  },\n  "locale": "fr"\n}\n'));
    const { doc } = await openDoc(uri);
    // VS Code's JSON support checks the file against the schema (our server does not read it as a brief)
    const diags = await waitForDiagnostics(uri, (d) => d.length >= 3);
    const at = (word: string) => diags.filter((d) => doc.getText(d.range).includes(word));
    assert.strictEqual(diags.length, 3, diags.map(describeDiagnostic).join('\n'));
    assert.match(at('no-such-rule')[0]?.message ?? '', /not allowed/, diags.map(describeDiagnostic).join('\n'));
    assert.match(at('loud')[0]?.message ?? '', /"off", "info", "warning", "error"/);
    assert.match(at('fr')[0]?.message ?? '', /"en", "zh-CN"/);
    // a rule id, with what it is about, where a key of "rules" goes
    const keys = await completionsAt(doc, positionOf(doc, '"no-such-rule"'));
    const rule = keys.find((c) => labelOf(c) === 'no-general-monitoring');
    assert.ok(rule, keys.map(labelOf).join(', '));
    const docs = rule.documentation;
    assert.match(typeof docs === 'string' ? docs : docs?.value ?? '', /no general duty to monitor/);
    // the levels where a level goes
    const levels = (await completionsAt(doc, positionOf(doc, '"loud"', 0, 1))).map(labelOf);
    for (const level of ['"off"', '"info"', '"warning"', '"error"']) {
      assert.ok(levels.includes(level), `${level} among ${levels.join(', ')}`);
    }
  });
});
