// Completion through vscode.executeCompletionItemProvider: after `role ` every role in
// both languages; the spelling inserted follows the language the user types; keys inside
// a brief's ```case block; nothing in its prose.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension, applyWorkspaceEdit, closeAllEditors, codesOf, completionsAt, labelOf, openDoc,
  openScratch, positionOf, revert, waitForDiagnostics,
} from './helpers';

const ROLES = [
  'access · 接入', 'transmission · 传输', 'caching · 缓存', 'storage · 存储', 'search · 搜索', 'link · 链接',
  'advertising · 广告推广', 'payment · 支付结算', 'technical · 技术支持', 'content · 内容', 'platform · 平台',
  'software · 访问软件',
];

/** The text an item inserts (the client turns the server's textEdit into insertText + range). */
function inserted(item: vscode.CompletionItem): string {
  const t = item.insertText ?? labelOf(item);
  return typeof t === 'string' ? t : t.value;
}

function sorted(items: vscode.CompletionItem[]): vscode.CompletionItem[] {
  return [...items].sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
}

suite('Completion in VS Code', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAllEditors);

  test('after `role ` it offers every role, labelled in both languages, inserting the English word', async () => {
    const { doc } = await openScratch('complete-role.case', 'provider Host "a host" {\n  role \n}\n');
    await waitForDiagnostics(doc.uri, () => true);
    const items = sorted(await completionsAt(doc, new vscode.Position(1, 7), ' '));
    assert.deepStrictEqual(items.map(labelOf), ROLES);
    const caching = items.find((i) => labelOf(i) === 'caching · 缓存')!;
    assert.strictEqual(inserted(caching), 'caching');
    assert.strictEqual(caching.kind, vscode.CompletionItemKind.EnumMember);
  });

  test('typing `缓` after `role ` offers caching · 缓存, which inserts 缓存 and is valid', async () => {
    const { doc } = await openScratch('complete-zh.case', 'provider Host "a host" {\n  role 缓\n}\n');
    await waitForDiagnostics(doc.uri, () => true);
    const items = await completionsAt(doc, new vscode.Position(1, 8));
    const caching = items.find((i) => labelOf(i) === 'caching · 缓存');
    assert.ok(caching, `no caching · 缓存 in ${items.map(labelOf).join(', ')}`);
    assert.strictEqual(inserted(caching), '缓存');
    assert.strictEqual(caching.filterText, '缓存');
    // accept it as the editor does: replace the typed prefix with the inserted text
    const range = caching.range instanceof vscode.Range ? caching.range : caching.range!.replacing;
    assert.strictEqual(doc.getText(range), '缓');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, range, inserted(caching));
    try {
      await applyWorkspaceEdit(edit);
      assert.strictEqual(doc.lineAt(1).text, '  role 缓存');
      await waitForDiagnostics(doc.uri, (ds) => !codesOf(ds).includes('unknown-value'));
    } finally {
      await doc.save();
    }
  });

  test('a Chinese block inserts Chinese values after the full-width colon', async () => {
    const { doc } = await openScratch('complete-zh-block.case', '服务商 快播 ｛\n  类型：\n｝\n');
    await waitForDiagnostics(doc.uri, () => true);
    const items = await completionsAt(doc, new vscode.Position(1, 5), '：');
    const caching = items.find((i) => labelOf(i) === 'caching · 缓存');
    assert.ok(caching, `no caching · 缓存 in ${items.map(labelOf).join(', ')}`);
    assert.strictEqual(inserted(caching), '缓存');
  });

  test('a Markdown brief: keys not yet written inside its ```case block, nothing in the prose', async () => {
    const { doc } = await openDoc('brief.md');
    await waitForDiagnostics(doc.uri);
    // at the end of the line `  移除：拒绝`: a new key on the next line
    const end = doc.lineAt(positionOf(doc, '移除：拒绝').line).range.end;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, end, '\n  ');
    try {
      await applyWorkspaceEdit(edit);
      const keys = (await completionsAt(doc, new vscode.Position(end.line + 1, 2))).map(labelOf);
      assert.ok(keys.includes('industry-rules · 行业规定'), `keys: ${keys.join(', ')}`);
      assert.ok(!keys.some((k) => k.startsWith('role ·') || k.startsWith('knowledge ·')), `written keys offered again: ${keys.join(', ')}`);
      const prose = await completionsAt(doc, positionOf(doc, 'The provider ran', 0, 4));
      assert.ok(!prose.some((i) => labelOf(i).includes(' · ')), `completion in prose: ${prose.map(labelOf).join(', ')}`);
    } finally {
      await revert(doc);
    }
  });
});
