/**
 * A huge brief's requests are answered by the worker that holds its tree, not on the main
 * thread (server/src/features/route.ts, validateWorker.ts): the answers are the ones the
 * main thread gives, and a request about another brief does not wait behind the huge one.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Hover, SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver-protocol';
import { ROOT, TestClient } from '../helpers/lspClient';
import { bigBrief } from './bigBrief';

const QVOD = fs.readFileSync(path.join(ROOT, 'examples', '01-qvod.case'), 'utf8');
const BRIEF = fs.readFileSync(path.join(ROOT, 'examples', 'qvod-brief.md'), 'utf8');

/** Every request an editor makes about one brief, at places spread over it, and their answers. */
async function askAll(client: TestClient, uri: string, text: string): Promise<unknown[]> {
  const textDocument = { uri };
  const lines = text.split('\n');
  const answers: unknown[] = [];
  // an error answer (a refused rename) is an answer too
  const ask = async (method: string, params: object) =>
    answers.push([method, params, await client.request(method, { textDocument, ...params }).catch((e: { code?: number; message?: string }) => ({ error: [e.code, e.message] }))]);
  // a word start on every third line, and the end of the line
  for (let line = 0; line < lines.length; line += 3) {
    const word = /[^\s{}，,]/.exec(lines[line]);
    for (const character of word ? [word.index, lines[line].length] : [0]) {
      const position = { line, character };
      await ask('textDocument/hover', { position });
      await ask('textDocument/completion', { position });
      await ask('textDocument/definition', { position });
      await ask('textDocument/references', { position, context: { includeDeclaration: true } });
      await ask('textDocument/prepareRename', { position });
      await ask('textDocument/rename', { position, newName: 'Renamed' });
      await ask('textDocument/documentHighlight', { position });
    }
  }
  await ask('textDocument/selectionRange', { positions: lines.map((l, line) => ({ line, character: l.length >> 1 })) });
  await ask('textDocument/documentSymbol', {});
  await ask('textDocument/foldingRange', {});
  await ask('textDocument/formatting', { options: { tabSize: 2, insertSpaces: true } });
  await ask('textDocument/rangeFormatting', { range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } }, options: { tabSize: 2, insertSpaces: true } });
  await ask('textDocument/semanticTokens/range', { range: { start: { line: 2, character: 0 }, end: { line: 20, character: 0 } } });
  const diagnostics = await client.request<{ items?: unknown[] } | null>('textDocument/diagnostic', { textDocument }).catch(() => null);
  await ask('textDocument/codeAction', { range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }, context: { diagnostics: diagnostics?.items ?? [] } });
  const lenses = await client.request<{ range: object; data?: unknown; command?: { command: string; arguments?: unknown[] } }[]>('textDocument/codeLens', { textDocument });
  answers.push(['codeLens', lenses]);
  for (const lens of lenses) {
    answers.push(['codeLens/resolve', await client.request('codeLens/resolve', lens)]);
  }
  // a conclusion lens run in an editor other than VS Code: the server shows the conclusion
  const conclusions = lenses.flatMap((l) => (l.command?.command === 'casefacts.server.showConclusion' ? [l.command] : []));
  assert.ok(conclusions.length > 0, 'conclusion lenses');
  for (const command of conclusions) {
    const before = client.shown.length;
    answers.push(['executeCommand', await client.request('workspace/executeCommand', command), client.shown.slice(before)]);
  }
  // the workspace's symbols: every brief open, the huge one's from its worker
  for (const query of ['', 'qv', '快播', 'zzz']) {
    answers.push(['workspace/symbol', query, await client.request('workspace/symbol', { query })]);
  }
  // the liability report, whole and its page alone
  answers.push(['caseFacts/report', await client.request('caseFacts/report', { uri })]);
  answers.push(['caseFacts/report page', await client.request('caseFacts/report', { uri, pageOnly: true })]);
  // tokens: their data (result ids are each thread's own)
  const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument });
  answers.push(['semanticTokens/full', tokens.data]);
  return answers;
}

suite('robustness: a huge brief\'s requests, answered by its worker', function () {
  this.timeout(300_000);

  test('the same answers as the main thread gives, for a .case file and a Markdown brief, and after an edit', async () => {
    const here = await TestClient.start();
    // every brief over 100 characters goes to a worker
    const there = await TestClient.start({ env: { CASEFACTS_WORKER_THRESHOLD: '100' } });
    try {
      for (const [name, text] of [['qvod.case', QVOD], ['brief.md', BRIEF]]) {
        const uri = `file:///w/${name}`;
        const expected = await here.open(uri, text);
        assert.deepStrictEqual(await there.open(uri, text), expected, `${name}: diagnostics`);
        assert.deepStrictEqual(await askAll(there, uri, text), await askAll(here, uri, text), `${name}: requests`);
        // an edit (a provider renamed on its header line): the worker follows it
        const at = text.indexOf('Qvod');
        const line = text.slice(0, at).split('\n').length - 1;
        const character = at - text.lastIndexOf('\n', at - 1) - 1;
        const change = [{ range: { start: { line, character }, end: { line, character: character + 4 } }, text: 'Kuaibo' }];
        const edited = text.slice(0, at) + 'Kuaibo' + text.slice(at + 4);
        const before = await there.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
        assert.deepStrictEqual(await there.change(uri, change), await here.change(uri, change), `${name}: diagnostics after the edit`);
        const delta = await there.request<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: before.resultId });
        // a delta against the worker's last tokens, not the whole list again (in the Markdown brief the
        // first `Qvod` is in the prose: no token changes)
        assert.ok(Array.isArray(delta.edits) && (name.endsWith('.md') || delta.edits.length > 0), JSON.stringify(delta).slice(0, 200));
        assert.deepStrictEqual(await askAll(there, uri, edited), await askAll(here, uri, edited), `${name}: requests after the edit`);
      }
      assert.deepStrictEqual(there.logged.filter((m) => m.message.includes('worker')), [], 'the worker answered every request itself');
    } finally {
      await here.stop();
      await there.stop();
    }
  });

  test('a request about another brief is answered while the huge brief\'s waits on its worker', async () => {
    const client = await TestClient.start();
    try {
      const huge = 'file:///w/huge.case';
      const small = 'file:///w/small.case';
      const text = bigBrief(1_100_000);
      assert.ok(text.length > 1_000_000, 'above the worker threshold');
      await client.open(small, QVOD);
      await client.open(huge, text);
      const key = { line: text.split('\n').findIndex((l) => /^\s+role\s/.test(l)), character: 3 };
      const order: string[] = [];
      // Before each race the huge brief is sent again whole (the same text, a new version): its
      // worker must read it afresh before it can answer, for hundreds of milliseconds, so the
      // order of the answers says whether the other brief's waited behind it, whatever the
      // machine's speed (a worker that happens to be idle can answer as fast as the main thread).
      const busy = () => client.changeNoWait(huge, [{ text }]);
      await busy();
      // on the main thread the huge brief's first hover would parse all of it before anything else
      const [bigHover, smallHover] = await Promise.all([
        client.request<Hover>('textDocument/hover', { textDocument: { uri: huge }, position: key }).then((h) => (order.push('huge'), h)),
        client.request<Hover>('textDocument/hover', { textDocument: { uri: small }, position: { line: QVOD.split('\n').findIndex((l) => /^\s+role\s/.test(l)), character: 3 } }).then((h) => (order.push('small'), h)),
      ]);
      assert.deepStrictEqual(order, ['small', 'huge']);
      assert.ok(bigHover && smallHover);
      assert.deepStrictEqual(bigHover.contents, smallHover.contents, 'the same explanation of `role`');
      // and the liability report's page (the panel asks for it on every change)
      order.length = 0;
      await busy();
      const [page] = await Promise.all([
        client.request<{ title?: string } | null>('caseFacts/report', { uri: huge, pageOnly: true }).then((p) => (order.push('huge report'), p)),
        client.request<Hover>('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 0 } }).then(() => order.push('small')),
      ]);
      assert.deepStrictEqual(order, ['small', 'huge report']);
      assert.ok(page && JSON.stringify(page).includes('Qvod_0'), 'the report of the huge brief');
      // "go to symbol in workspace" spans both briefs: the huge one's symbols come from its worker
      order.length = 0;
      await busy();
      const smallHoverAgain = () =>
        client.request<Hover>('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 0 } }).then(() => order.push('small'));
      const [symbols] = await Promise.all([
        client.request<{ name: string; location: { uri: string } }[]>('workspace/symbol', { query: 'Qvod_0' }).then((s) => (order.push('symbols'), s)),
        smallHoverAgain(),
      ]);
      assert.deepStrictEqual(order, ['small', 'symbols']);
      // the one substring match first, then the looser ones (`Qvod_70`: its letters in order), in the brief's order
      assert.deepStrictEqual(symbols.slice(0, 2).map((s) => `${s.name} ${s.location.uri}`), [`Qvod_0 ${huge}`, `Qvod_70 ${huge}`]);
      // a conclusion lens's command (in an editor other than VS Code): shown from the worker's answer
      const lens = (await client.request<{ command?: { command: string; arguments: { provider: string }[] } }[]>('textDocument/codeLens', { textDocument: { uri: huge } }))
        .find((l) => l.command?.command === 'casefacts.server.showConclusion' && l.command.arguments[0].provider === 'Qvod_7');
      assert.ok(lens?.command, 'a conclusion lens for Qvod_7');
      order.length = 0;
      await busy();
      const shown = client.shown.length;
      await Promise.all([client.request('workspace/executeCommand', lens.command).then(() => order.push('command')), smallHoverAgain()]);
      assert.deepStrictEqual(order, ['small', 'command']);
      assert.deepStrictEqual(client.shown.slice(shown).map((m) => m.message.split('\n')[0].slice(0, 7)), ['Qvod_7:']);
      assert.deepStrictEqual(client.logged.filter((m) => m.message.includes('worker')), [], 'the worker answered every request itself');
    } finally {
      await client.stop();
    }
  });
});
