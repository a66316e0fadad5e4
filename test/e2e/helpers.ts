// Helpers for the extension-host suites (test/e2e/*.test.ts). They run inside VS Code's
// extension host, against the workspace test/e2e/workspace opened by the runner.
// Keep them small and generic; a suite for a new feature should need only these.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'casefacts.casefacts';
export const LANGUAGE_ID = 'casefacts';
/** The `source` the language server puts on its diagnostics. */
export const DIAGNOSTIC_SOURCE = 'casefacts';
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The workspace folder the runner opened (test/e2e/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (the runner opens test/e2e/workspace)');
  return folder.uri;
}

/** A fixture of test/e2e/workspace by its relative path. */
export function fixtureUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

/** The extension under test, activated. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this extension host`);
  if (!ext.isActive) {await ext.activate();}
  return ext;
}

/** Opens a workspace fixture (or any URI) in an editor and returns both. */
export async function openDoc(
  fixture: string | vscode.Uri,
): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const uri = typeof fixture === 'string' ? fixtureUri(fixture) : fixture;
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** Opens an untitled document with the given content and language. */
export async function openUntitled(
  content: string,
  language = LANGUAGE_ID,
): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument({ content, language });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Waits, event-driven (vscode.languages.onDidChangeDiagnostics, no fixed sleeps), until
 * the diagnostics of `uri` satisfy `accept` (by default: at least one from the server).
 * Resolves with those diagnostics; rejects after `timeoutMs` with what it last saw.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (d: vscode.Diagnostic[]) => boolean = (d) => d.some(isOurs),
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diags = vscode.languages.getDiagnostics(uri);
      if (accept(diags)) {
        finish();
        resolve(diags);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) {check();}
    });
    const timer = setTimeout(() => {
      finish();
      const seen = vscode.languages.getDiagnostics(uri).map(describeDiagnostic);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics of ${path.basename(uri.path)}; have: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    function finish(): void {
      clearTimeout(timer);
      sub.dispose();
    }
    check();
  });
}

/** Diagnostics that the CaseFacts server produced. */
export function isOurs(d: vscode.Diagnostic): boolean {
  return d.source === DIAGNOSTIC_SOURCE;
}

/** A diagnostic's code as a string (LSP codes may come as `{ value, target }`). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) {return undefined;}
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function codesOf(diags: readonly vscode.Diagnostic[]): string[] {
  return diags.filter(isOurs).map((d) => codeOf(d) ?? '').sort();
}

export function describeDiagnostic(d: vscode.Diagnostic): string {
  const sev = ['error', 'warning', 'info', 'hint'][d.severity] ?? String(d.severity);
  return `${d.range.start.line + 1}:${d.range.start.character + 1} ${sev} ${d.source ?? ''}(${codeOf(d) ?? ''}) ${d.message}`;
}

/** Polls `probe` until it returns a truthy value (for state that has no event). */
export async function waitFor<T>(
  probe: () => T | Promise<T>,
  what: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  intervalMs = 50,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (last) {return last as NonNullable<T>;}
    if (Date.now() > deadline) {throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);}
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The position of the `nth` (0-based) occurrence of `needle` in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0, delta = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${nth}) not found in ${path.basename(doc.uri.path)}`);
  }
  return doc.positionAt(at + delta);
}

// ---- thin wrappers over VS Code's provider commands, for the feature suites ----

export async function hoverAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export async function completionsAt(doc: vscode.TextDocument, pos: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, trigger);
  return list?.items ?? [];
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export async function codeActionsAt(doc: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, kind)) ?? [];
}

export async function documentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
}

export async function renameAt(doc: vscode.TextDocument, pos: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit | undefined> {
  return vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, pos, newName);
}

export async function formattingEdits(doc: vscode.TextDocument, options: vscode.FormattingOptions = { tabSize: 2, insertSpaces: true }): Promise<vscode.TextEdit[]> {
  return (await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, options)) ?? [];
}

export async function definitionsAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<(vscode.Location | vscode.LocationLink)[]> {
  return (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos)) ?? [];
}

/** The document's code lenses; the first `resolveCount` are resolved, as the editor does for the lenses in view. */
export async function codeLenses(doc: vscode.TextDocument, resolveCount?: number): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, resolveCount)) ?? [];
}

/** Applies text edits to the document and returns its new text. */
export async function applyEdits(doc: vscode.TextDocument, edits: readonly vscode.TextEdit[]): Promise<string> {
  const we = new vscode.WorkspaceEdit();
  we.set(doc.uri, [...edits]);
  assert.ok(await vscode.workspace.applyEdit(we), 'workspace edit was not applied');
  return doc.getText();
}

/** Reverts a document to its saved content (so a test that typed leaves no trace). */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) {return;}
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** Applies a workspace edit (a quick fix's, a rename's) as the editor does, and fails if it was refused. */
export async function applyWorkspaceEdit(edit: vscode.WorkspaceEdit | undefined): Promise<void> {
  assert.ok(edit, 'no workspace edit to apply');
  assert.ok(await vscode.workspace.applyEdit(edit), 'workspace edit was not applied');
}

/**
 * Writes `content` to `scratch/<name>` in the workspace copy and opens it: for tests that
 * type, fix, rename or format without touching the shared fixtures. Use a new name per test.
 */
export async function openScratch(
  name: string,
  content: string,
): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const uri = fixtureUri(`scratch/${name}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return openDoc(uri);
}

/** The text of a workspace fixture as it is on disk. */
export async function fixtureText(relative: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(relative)));
}

/** The CaseFacts diagnostics of a document with the given code. */
export function withCode(diags: readonly vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return diags.filter((d) => isOurs(d) && codeOf(d) === code);
}

/** Sets `caseFacts.locale` in the workspace settings (undefined removes it). */
export async function setLocale(locale: 'auto' | 'en' | 'zh-CN' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('caseFacts').update('locale', locale, vscode.ConfigurationTarget.Workspace);
}

/**
 * The set-up every feature suite shares: the extension active and English messages before
 * the suite; the locale setting removed and the editors closed after it.
 */
export function inEnglish(): void {
  suiteSetup(async () => {
    await activateExtension();
    await setLocale('en');
  });
  suiteTeardown(async () => {
    await setLocale(undefined);
    await closeAllEditors();
  });
}
