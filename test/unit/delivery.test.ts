/** How pulled diagnostics are answered (delivery.ts), with the server's parts stood in for. */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken, Connection, Diagnostic, DocumentDiagnosticParams, DocumentDiagnosticReport, TextDocuments } from 'vscode-languageserver';
import { pullDelivery } from '../../server/src/delivery';

const diagnostic = (message: string): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message });
const NEVER: CancellationToken = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };

suite('pulled diagnostics', () => {
  test('a brief closed while its pull waits is not remembered: reopened, its saved list answers first again', async () => {
    const SAVED = [diagnostic('saved in an earlier session')];
    const uri = 'file:///w/brief.case';
    const open = new Map<string, TextDocument>();
    let answer: ((p: DocumentDiagnosticParams, t: CancellationToken) => Promise<DocumentDiagnosticReport>) | undefined;
    let onWait: (() => void) | undefined;
    let onDiagnose: (() => void) | undefined;
    const connection = { languages: { diagnostics: { on: (h: typeof answer) => void (answer = h), refresh: () => undefined } } } as unknown as Connection;
    const delivery = pullDelivery({
      connection,
      documents: { get: (u: string) => open.get(u), all: () => [...open.values()] } as unknown as TextDocuments<TextDocument>,
      diagnose: async (doc) => {
        onDiagnose?.();
        return [diagnostic(`analysed v${doc.version}`)];
      },
      saved: async (doc) => (doc.version === 1 ? SAVED : undefined),
      flushed: async () => undefined,
      timing: async () => {
        onWait?.();
        return { trigger: 'onType', delay: 20 };
      },
      log: () => undefined,
    }, true);
    const pull = (previousResultId?: string) => answer!({ textDocument: { uri }, previousResultId }, NEVER);

    open.set(uri, TextDocument.create(uri, 'casefacts', 1, 'provider P { role caching }'));
    const first = await pull();
    assert.deepStrictEqual(first.kind === 'full' && first.items, SAVED, 'opened: the saved list first');
    open.set(uri, TextDocument.create(uri, 'casefacts', 2, 'provider P { role caching } '));
    delivery.typed(open.get(uri)!, 2);
    // the editor closes the brief while this pull waits out the delay
    onWait = () => {
      onWait = undefined;
      open.delete(uri);
      delivery.closed(uri);
    };
    assert.deepStrictEqual(await pull(first.kind === 'full' ? first.resultId : undefined), { kind: 'full', items: [] });
    open.set(uri, TextDocument.create(uri, 'casefacts', 1, 'provider P { role caching }'));
    const reopened = await pull();
    assert.deepStrictEqual(reopened.kind === 'full' && reopened.items, SAVED, 'reopened: the saved list first, as at any opening');
    // closed while the brief is being analysed for a pull: the same (first the analysis that
    // follows a saved list's answer runs, after this turn)
    await new Promise((resolve) => setTimeout(resolve, 0));
    open.set(uri, TextDocument.create(uri, 'casefacts', 2, 'provider P { role caching } '));
    delivery.typed(open.get(uri)!, 2);
    const close = () => {
      open.delete(uri);
      delivery.closed(uri);
    };
    onDiagnose = () => {
      onDiagnose = undefined;
      close();
    };
    assert.deepStrictEqual(await pull(reopened.kind === 'full' ? reopened.resultId : undefined), { kind: 'full', items: [] });
    open.set(uri, TextDocument.create(uri, 'casefacts', 1, 'provider P { role caching }'));
    const again = await pull();
    assert.deepStrictEqual(again.kind === 'full' && again.items, SAVED, 'reopened after a close during the analysis');
  });
});
