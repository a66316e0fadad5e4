/** The bundled server over stdio: initialize, open, diagnostics, incremental edits, Markdown, close and reopen. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc';
import { ROOT, TestClient } from '../helpers/lspClient';

const QVOD = fs.readFileSync(path.join(ROOT, 'examples', '01-qvod.case'), 'utf8');
const BRIEF = fs.readFileSync(path.join(ROOT, 'examples', 'qvod-brief.md'), 'utf8');
const codesAt = (ds: { code?: string | number; range: { start: { line: number } } }[]) =>
  ds.map((d) => `${d.code}@${d.range.start.line + 1}`).sort();

suite('language server over stdio', function () {
  this.timeout(30000);
  let client: TestClient;
  setup(async () => {
    client = await TestClient.start();
  });
  teardown(async () => {
    await client.stop();
  });

  test('initialize advertises incremental sync and names itself', () => {
    const caps = client.initializeResult!.capabilities;
    assert.deepStrictEqual((caps.textDocumentSync as { change: number }).change, 2);
    assert.strictEqual(client.initializeResult!.serverInfo?.name, 'casefacts-language-server');
  });

  test('settings changes are registered for only where the client allows it (Eglot 1.9 warns otherwise)', async () => {
    // by the time a document's diagnostics arrive, the registrations after `initialized` are made
    await client.open('file:///reg/a.case', 'provider P {\n  role caching\n}\n');
    assert.ok(client.registered.includes('workspace/didChangeConfiguration'), client.registered.join(', '));
    const eglot = await TestClient.start({ dynamicConfiguration: false });
    try {
      await eglot.open('file:///reg/b.case', 'provider P {\n  rol caching\n}\n');
      assert.deepStrictEqual(eglot.registered.filter((m) => m === 'workspace/didChangeConfiguration'), []);
      // it still takes the client's own notification: the settings are asked again
      eglot.settings = { validate: { delay: 0 }, locale: 'zh-CN' };
      const again = eglot.nextDiagnostics('file:///reg/b.case');
      await eglot.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      assert.match((await again).diagnostics[0].message, /[\u4e00-\u9fff]/, 'published again, in the new locale');
    } finally {
      await eglot.stop();
    }
  });

  test('open → diagnostics with code, range, link and related facts', async () => {
    const ds = await client.open('file:///w/qvod.case', QVOD);
    assert.ok(codesAt(ds).includes('omission-dissemination@25'));
    const omission = ds.find((d) => d.code === 'omission-dissemination')!;
    assert.deepStrictEqual(omission.range, { start: { line: 24, character: 19 }, end: { line: 24, character: 27 } });
    assert.match(omission.codeDescription!.href, /docs\/rules\/omission-dissemination\.md$/);
    const monitoring = ds.find((d) => d.code === 'notice-takedown-not-criminal')!;
    assert.ok(monitoring.relatedInformation!.some((r) => r.location.range.start.line === 11), 'points at the notice line');
  });

  test('incremental edits: a typo appears and disappears', async () => {
    const uri = 'file:///w/edit.case';
    await client.open(uri, 'provider P {\n  role caching\n}\n');
    let ds = await client.change(uri, [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 10 } }, text: '' }]);
    assert.deepStrictEqual(codesAt(ds), ['unknown-value@2']);
    assert.match(ds[0].message, /"cahing" is not a valid value for role. Did you mean `caching`/);
    ds = await client.change(uri, [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 9 } }, text: 'c' }]);
    assert.deepStrictEqual(ds, []);
  });

  test('a validation delay beyond the setting\'s 5 s maximum (a workspace\'s settings) still brings the diagnostics, after 5 s', async () => {
    const slow = await TestClient.start({ settings: { validate: { delay: 1e9 } } });
    try {
      const uri = 'file:///w/slow.case';
      await slow.open(uri, 'provider P {\n  role caching\n}\n');
      const ds = await slow.change(uri, [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 10 } }, text: '' }]);
      assert.deepStrictEqual(codesAt(ds), ['unknown-value@2']);
      assert.doesNotMatch(slow.stderr, /TimeoutOverflowWarning/);
    } finally {
      await slow.stop();
    }
  });

  test('a Markdown brief: diagnostics on the Markdown lines', async () => {
    const ds = await client.open('file:///w/brief.md', BRIEF);
    assert.ok(codesAt(ds).includes('omission-dissemination@33'), codesAt(ds).join(' '));
    const plain = await client.open('file:///w/notes.md', '# Notes\n\nNo case blocks here: provider X {\n');
    assert.deepStrictEqual(plain, []);
  });

  test('close clears the diagnostics; reopen brings them back', async () => {
    const uri = 'file:///w/again.case';
    const first = await client.open(uri, 'provider P {\n  role cachng\n}\n');
    assert.strictEqual(first.length, 1);
    assert.deepStrictEqual(await client.close(uri), []);
    const again = await client.open(uri, 'provider P {\n  role cachng\n}\n');
    assert.deepStrictEqual(codesAt(again), codesAt(first));
  });

  test('an editor that uses no code links, data or related locations (Neovim 0.7, Eglot) is sent none; its quick fixes still work', async () => {
    const bare = await TestClient.start({ publishDiagnostics: { versionSupport: true } });
    try {
      const ds = await bare.open('file:///w/bare.case', QVOD);
      const full = await client.open('file:///w/full.case', QVOD);
      assert.deepStrictEqual(codesAt(ds), codesAt(full), 'the same findings');
      for (const d of ds) {
        assert.strictEqual(d.codeDescription, undefined, `${d.code} carries a code link`);
        assert.strictEqual(d.data, undefined, `${d.code} carries data`);
        assert.strictEqual(d.relatedInformation, undefined, `${d.code} carries related locations`);
      }
      assert.ok(JSON.stringify(ds).length < JSON.stringify(full).length * 0.7, 'a smaller list to parse');
      // a typo's quick fix, asked for with the diagnostic as the editor holds it (no data)
      const typo = await bare.open('file:///w/typo.case', 'provider P {\n  role cachng\n}\n');
      const actions = await bare.request<{ title: string; edit?: unknown }[]>('textDocument/codeAction', {
        textDocument: { uri: 'file:///w/typo.case' },
        range: typo[0].range,
        context: { diagnostics: typo },
      });
      assert.ok(actions.some((a) => /caching/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
    } finally {
      await bare.stop();
    }
  });

  test('locale: the display language, and caseFacts.locale overriding it', async () => {
    const zh = await TestClient.start({ locale: 'zh-cn' });
    try {
      const ds = await zh.open('file:///w/zh.case', 'provider P {\n  role cachng\n}\n');
      assert.match(ds[0].message, /不是“role”的有效取值/);
    } finally {
      await zh.stop();
    }
    const en = await TestClient.start({ locale: 'zh-cn', settings: { locale: 'en', validate: { delay: 0 } } });
    try {
      const ds = await en.open('file:///w/en.case', 'provider P {\n  role cachng\n}\n');
      assert.match(ds[0].message, /is not a valid value/);
    } finally {
      await en.stop();
    }
  });

  test('rules: the caseFacts.rules setting over .casefacts.json over the default', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-'));
    fs.writeFileSync(path.join(dir, '.casefacts.json'), JSON.stringify({ rules: { 'omission-dissemination': 'off', 'tech-neutrality': 'error' } }));
    const uri = pathToFileURL(path.join(dir, 'qvod.case')).href;
    const c = await TestClient.start({ rootUri: pathToFileURL(dir).href, settings: { validate: { delay: 0 }, rules: { 'tech-neutrality': 'info' } } });
    try {
      const ds = await c.open(uri, QVOD);
      assert.ok(!ds.some((d) => d.code === 'omission-dissemination'), '.casefacts.json turned it off');
      assert.strictEqual(ds.find((d) => d.code === 'tech-neutrality')!.severity, 3, 'the setting beats the file');
    } finally {
      await c.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  test('the language: caseFacts.locale, else (auto) the locale of .casefacts.json, else the display language — as README and the setting say', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-'));
    fs.mkdirSync(path.join(dir, 'zh'));
    fs.writeFileSync(path.join(dir, 'zh', '.casefacts.json'), JSON.stringify({ locale: 'zh-CN' }));
    const brief = 'provider P {\n  role cachng\n}\n';
    const message = async (settings: Record<string, unknown>, display: string, sub: string) => {
      const c = await TestClient.start({ rootUri: pathToFileURL(dir).href, locale: display, settings: { validate: { delay: 0 }, ...settings } });
      try {
        return (await c.open(pathToFileURL(path.join(dir, sub, 'a.case')).href, brief))[0].message;
      } finally {
        await c.stop();
      }
    };
    try {
      const zh = /^“cachng”/;
      const en = /^"cachng" is not a valid value/;
      assert.match(await message({ locale: 'auto' }, 'en', 'zh'), zh, 'auto: the file\'s locale over the display language');
      assert.match(await message({ locale: 'auto' }, 'zh-cn', '.'), zh, 'auto, no file: the display language');
      assert.match(await message({ locale: 'auto' }, 'en', '.'), en);
      assert.match(await message({ locale: 'en' }, 'zh-cn', 'zh'), en, 'the setting over the file and the display language');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    assert.match(nls['config.locale'], /`auto` takes the `locale` of the brief's `\.casefacts\.json`, else VS Code's display language/);
  });

  test('a broken .casefacts.json is shown to the user once, in the brief\'s language, and again once it changes and is still wrong', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-'));
    const config = path.join(dir, '.casefacts.json');
    fs.writeFileSync(config, '{ broken');
    const c = await TestClient.start({ rootUri: pathToFileURL(dir).href });
    try {
      await c.open(pathToFileURL(path.join(dir, 'a.case')).href, 'provider P { role caching }\n');
      await c.open(pathToFileURL(path.join(dir, 'b.case')).href, 'provider Q { role caching }\n');
      assert.deepStrictEqual(c.shown.map((m) => m.type), [2], 'one warning for two briefs');
      assert.match(c.shown[0].message, new RegExp(`^CaseFacts ignores what is wrong in ${config.replace(/[.\\/]/g, '\\$&')}: not valid JSON`));
      // changed, and still wrong in another way: said again
      fs.writeFileSync(config, JSON.stringify({ rules: { nope: 'off' }, locale: 'zh-CN' }));
      const again = c.nextDiagnostics(pathToFileURL(path.join(dir, 'a.case')).href);
      await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
      await again;
      assert.strictEqual(c.shown.length, 2);
      assert.strictEqual(c.shown[1].message, `CaseFacts 已忽略 ${config} 中有误之处：未知规则“nope”`);
    } finally {
      await c.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a settings change asks an editor that can for its code lenses again (their words follow the locale)', async () => {
    const c = await TestClient.start({ codeLensRefresh: true });
    const plain = await TestClient.start();
    try {
      for (const client of [c, plain]) {
        await client.open('file:///lens/a.case', QVOD);
        client.settings = { locale: 'zh-CN', validate: { delay: 0 } };
        const again = client.nextDiagnostics('file:///lens/a.case');
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { caseFacts: client.settings } });
        await again;
      }
      assert.strictEqual(c.lensRefreshes, 1);
      assert.strictEqual(plain.lensRefreshes, 0, 'not asked of an editor that did not say it can');
    } finally {
      await c.stop();
      await plain.stop();
    }
  });
  test('an editor without Markdown gets plain hovers and documentation, and without the symbol tree a flat outline', async () => {
    const c = await TestClient.start({
      locale: 'zh-CN',
      textDocument: {
        hover: { contentFormat: ['plaintext'] },
        completion: { completionItem: { documentationFormat: ['plaintext'] } },
        documentSymbol: { hierarchicalDocumentSymbolSupport: false },
      },
    });
    try {
      const uri = 'file:///plain/a.case';
      await c.open(uri, QVOD);
      const line = QVOD.split('\n').findIndex((l) => /^\s*role\s+caching/.test(l));
      const hover = (await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: QVOD.split('\n')[line].indexOf('caching') + 2 } })) as { contents: { kind: string; value: string } };
      assert.strictEqual(hover.contents.kind, 'plaintext');
      assert.match(hover.contents.value, /caching · 缓存/);
      assert.doesNotMatch(hover.contents.value, /\*\*|`|\\\[|^#/m, 'no Markdown marks left');
      // the brief's own words, escaped for Markdown, read as written
      const named = 'file:///plain/named.case';
      await c.open(named, 'provider Q_1_ "a *b* [x](y) <i>z</i> & ~w~" {\n  role caching\n}\n');
      const title = (await c.connection.sendRequest('textDocument/hover', { textDocument: { uri: named }, position: { line: 0, character: 10 } })) as { contents: { value: string } };
      assert.ok(title.contents.value.startsWith('服务商 Q_1_ “a *b* [x](y) <i>z</i> & ~w~”'), title.contents.value);
      const completion = (await c.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: QVOD.split('\n')[line].indexOf('caching') } })) as { items: { label: string; documentation?: { kind: string; value: string } }[] } | { label: string }[];
      const items = Array.isArray(completion) ? completion : completion.items;
      const documented = items.filter((i) => 'documentation' in i && i.documentation) as { label: string; documentation: { kind: string; value: string } }[];
      assert.ok(documented.length > 0);
      assert.ok(documented.every((i) => i.documentation.kind === 'plaintext' && !/\*\*/.test(i.documentation.value)));
      const symbols = (await c.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { name: string; location?: { uri: string }; containerName?: string; children?: unknown }[];
      assert.ok(symbols.every((s) => s.location?.uri === uri && s.children === undefined), 'SymbolInformation, not DocumentSymbol');
      const qvod = symbols.find((s) => s.name.startsWith('Qvod'))!;
      assert.ok(symbols.some((s) => s.containerName === qvod.name), 'facts name their provider as container');
    } finally {
      await c.stop();
    }
  });
  test('requests the editor cancels while they wait behind a long one: RequestCancelled, not answered as if still wanted', async () => {
    const uri = 'file:///w/long.case';
    const long = `provider P {\n  role caching\n${'  notice none "x"\n'.repeat(50_000)}}\n`;
    await client.open(uri, long);
    // an edit the tree must be read again for: the outline asked next keeps the server busy
    await client.changeNoWait(uri, [{ text: long.replace('caching', 'search') }]);
    const outline = client.request('textDocument/documentSymbol', { textDocument: { uri } });
    const cancel = new CancellationTokenSource();
    const waiting = ['textDocument/hover', 'textDocument/semanticTokens/full', 'textDocument/codeLens'].map((method) =>
      client.connection.sendRequest(method, { textDocument: { uri }, position: { line: 1, character: 8 } }, cancel.token).then(
        () => 'answered',
        (e: ResponseError<unknown>) => e.code,
      ));
    cancel.cancel();
    assert.deepStrictEqual(await Promise.all(waiting), [-32800, -32800, -32800]);
    assert.ok(Array.isArray(await outline), 'the request not cancelled is answered');
  });

  test('the decisive-facts lens runs in any editor: the server shows the lines itself, unless the VS Code extension does', async () => {
    const uri = 'file:///lens/qvod.case';
    const lensOf = async (c: TestClient) => {
      await c.open(uri, QVOD);
      const lenses = (await c.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as { range: unknown; data?: unknown; command?: { command: string } }[];
      const unresolved = lenses.find((l) => !l.command)!;
      return (await c.connection.sendRequest('codeLens/resolve', unresolved)) as { command: { title: string; command: string; arguments: unknown[] } };
    };
    const other = await TestClient.start();
    const vscode = await TestClient.start({ initializationOptions: { displayLanguage: 'en', whatIfCommand: 'caseFacts.showWhatIf' } });
    try {
      assert.deepStrictEqual((other.initializeResult!.capabilities as { executeCommandProvider?: { commands: string[] } }).executeCommandProvider, { commands: ['casefacts.server.showWhatIf', 'casefacts.server.showConclusion'] });
      const lens = await lensOf(other);
      assert.strictEqual(lens.command.command, 'casefacts.server.showWhatIf');
      await other.connection.sendRequest('workspace/executeCommand', { command: lens.command.command, arguments: lens.command.arguments });
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.strictEqual(other.shown.length, 1);
      assert.strictEqual(other.shown[0].type, 3);
      assert.match(other.shown[0].message, /^Qvod: Criminal: [^\n]*\n(- if [^\n]*\n)*- if `industry-rules` were `violated`: criminal ● liable/);
      assert.strictEqual((await lensOf(vscode)).command.command, 'caseFacts.showWhatIf');
      // the conclusion lens: the reasons as a message; in VS Code, the report at the provider
      const conclusionOf = async (c: TestClient) =>
        ((await c.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as { command?: { command: string; arguments: unknown[] } }[])[0].command!;
      const conclusion = await conclusionOf(other);
      assert.strictEqual(conclusion.command, 'casefacts.server.showConclusion');
      await other.connection.sendRequest('workspace/executeCommand', { command: conclusion.command, arguments: conclusion.arguments });
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.strictEqual(other.shown.length, 2);
      assert.match(other.shown[1].message, /^Qvod: Criminal: ○ none · Civil: ● exposed\nCriminal: ○ none\n[^]*\nCivil & administrative: ● exposed\n {2}- /);
      assert.deepStrictEqual(await conclusionOf(vscode), { title: 'Criminal: ○ none · Civil: ● exposed', command: 'caseFacts.showReport', arguments: [uri, 'Qvod'] });
    } finally {
      await other.stop();
      await vscode.stop();
    }
  });
});
