// The outline (vscode.executeDocumentSymbolProvider) and rename
// (vscode.executeDocumentRenameProvider) of providers, as VS Code runs them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyWorkspaceEdit, codeOf, codesOf, documentSymbols, fixtureText, inEnglish, openDoc, openScratch, positionOf, renameAt, waitForDiagnostics } from './helpers';

suite('Outline and rename in VS Code', () => {
  inEnglish();

  test('the outline of qvod.case: the case, the provider with its roles, the offender, the charge, the evidence', async () => {
    const { doc } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri);
    const symbols = await documentSymbols(doc);
    assert.deepStrictEqual(symbols.map((s) => [s.name, s.detail]), [
      ['快播案', '(2015)海刑初字第512号'],
      ['Qvod', '深圳快播公司 · caching, search'],
      ['Uploaders', '淫秽网站与上传者 · art363'],
      ['Qvod art363 omission', 'convicted'],
      ['evidence', ''],
    ]);
    const qvod = symbols[1];
    assert.strictEqual(qvod.kind, vscode.SymbolKind.Class);
    assert.strictEqual(doc.getText(qvod.selectionRange), 'Qvod');
    assert.deepStrictEqual(qvod.children.map((c) => c.name),
      ['role', 'knowledge', 'notice', 'takedown', 'industry-rules', 'targeted', 'participation', 'profit']);
    assert.ok(qvod.range.contains(qvod.children[7].range), 'the statements lie inside the provider');
  });

  test('the outline of a Markdown brief: its heading, and the blocks of its ```case block', async () => {
    const { doc } = await openDoc('brief.md');
    await waitForDiagnostics(doc.uri);
    const symbols = await documentSymbols(doc);
    // VS Code's Markdown outline (the heading) and CaseFacts' blocks, side by side
    assert.ok(symbols.some((s) => s.name === '# Brief: the Qvod case'), symbols.map((s) => s.name).join(', '));
    const ours = symbols.filter((s) => !s.name.startsWith('#'));
    assert.deepStrictEqual(ours.map((s) => s.name), ['快播', 'Uploaders', '快播 art363 omission']);
    const fence = positionOf(doc, '```case').line;
    const close = positionOf(doc, '```\n').line;
    assert.ok(ours.every((s) => s.range.start.line > fence && s.range.end.line < close), 'a block outside the case block');
    assert.strictEqual(doc.getText(ours[0].selectionRange), '快播');
  });

  test('renaming a provider id renames its declaration and every use, not the comment', async () => {
    const { doc } = await openScratch('rename.case', await fixtureText('qvod.case'));
    await waitForDiagnostics(doc.uri);
    const edit = await renameAt(doc, positionOf(doc, 'uses    Qvod', 0, 9), 'Kuaibo');
    assert.ok(edit, 'no rename edit');
    const edits = edit.get(doc.uri);
    assert.deepStrictEqual(edits.map((e) => `${e.range.start.line + 1}:${doc.getText(e.range)}→${e.newText}`).sort(), [
      `${positionOf(doc, 'provider Qvod').line + 1}:Qvod→Kuaibo`,
      `${positionOf(doc, 'uses    Qvod').line + 1}:Qvod→Kuaibo`,
      `${positionOf(doc, 'charge Qvod').line + 1}:Qvod→Kuaibo`,
    ].sort());
    try {
      await applyWorkspaceEdit(edit);
      const text = doc.getText();
      assert.strictEqual(text.match(/\bKuaibo\b/g)?.length, 3);
      assert.match(text, /# 快播案 \(the Qvod case\)/);
      assert.match(text, /provider Kuaibo "深圳快播公司"/);
      assert.match(text, /uses {4}Kuaibo/);
      assert.match(text, /charge Kuaibo art363 omission/);
      // the references still resolve: the doctrine still speaks of the renamed provider
      const after = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.message.includes('Kuaibo')));
      assert.ok(codesOf(after).includes('omission-dissemination'));
      assert.ok(!codesOf(after).some((c) => c.startsWith('unknown')), codesOf(after).join(', '));
    } finally {
      await doc.save();
    }
  });

  test('renaming a key is refused with the reason', async () => {
    const { doc } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri);
    await assert.rejects(
      Promise.resolve(renameAt(doc, positionOf(doc, 'knowledge ', 0, 2), 'awareness')),
      /`knowledge` is a key of the language and cannot be renamed/,
    );
  });

  test('highlights and expand selection, as VS Code asks for them (executeDocumentHighlights, executeSelectionRangeProvider)', async () => {
    const { doc } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, positionOf(doc, 'uses    Qvod', 0, 9));
    assert.deepStrictEqual(highlights.map((h) => `${h.range.start.line + 1}:${doc.getText(h.range)}:${h.kind === vscode.DocumentHighlightKind.Write ? 'W' : 'R'}`), ['7:Qvod:W', '20:Qvod:R', '23:Qvod:R']);
    const [selection] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', doc.uri, [positionOf(doc, 'caching', 0, 2)]);
    const steps: string[] = [];
    for (let r: vscode.SelectionRange | undefined = selection; r; r = r.parent) {
      steps.push(doc.getText(r.range).split('\n')[0].trim());
    }
    // VS Code merges ours with its word-based steps: ours are all there, in order
    const role = 'role           caching, search';
    const ours = ['caching', 'caching, search', role, `${role}      # caching + positioning (paper, part II)`, 'provider Qvod "深圳快播公司" {'];
    assert.deepStrictEqual(steps.filter((s) => ours.includes(s)).filter((s, i, all) => all.indexOf(s) === i), ours, steps.join(' | '));
  });

  test('an id no block declares: "Create provider" makes its block, and the reference resolves', async () => {
    const { doc } = await openScratch('create-block.case', 'offender Up {\n  offense art363\n  uses Host\n}\n');
    const diags = await waitForDiagnostics(doc.uri, (ds) => codesOf(ds).includes('undefined-reference'));
    const target = diags.find((d) => codeOf(d) === 'undefined-reference')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const create = actions.find((a) => a.title === 'Create provider `Host`');
    assert.ok(create, actions.map((a) => a.title).join(' | '));
    await applyWorkspaceEdit(create.edit);
    assert.strictEqual(doc.getText(), 'provider Host {\n}\n\noffender Up {\n  offense art363\n  uses Host\n}\n');
    const after = await waitForDiagnostics(doc.uri, (ds) => !codesOf(ds).includes('undefined-reference'));
    assert.ok(codesOf(after).includes('missing-role'), codesOf(after).join(', '));
    await doc.save();
  });
});
