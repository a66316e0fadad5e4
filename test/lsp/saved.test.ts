/**
 * Reopening a brief in a new server: the diagnostics saved by the last one are shown
 * first, while the brief is analysed; what the analysis finds replaces them, pushed or
 * pulled. A saved list is tampered with here to tell the two apart.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic, FullDocumentDiagnosticReport, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { checksum } from '../../server/src/node/cacheFile';
import { ROOT, TestClient } from '../helpers/lspClient';

const QVOD = fs.readFileSync(path.join(ROOT, 'examples', '01-qvod.case'), 'utf8');
const MARK = 'SAVED LAST TIME: ';

suite('saved diagnostics, reopened in a new server', function () {
  this.timeout(30000);
  let cacheDir: string;
  const saved = () => {
    const dir = path.join(cacheDir, 'diagnostics');
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.diagnostics')).map((f) => path.join(dir, f)) : [];
  };

  /** Rewrites the one saved list with its first message marked, under its own header: as if the last server had concluded otherwise. */
  function tamper(): void {
    const [file] = saved();
    const bytes = fs.readFileSync(file);
    let at = 0;
    for (let i = 0; i < 2; i++) {
      at = bytes.indexOf(10, at) + 1; // after the magic line, then the key line
    }
    const list = JSON.parse(bytes.subarray(bytes.indexOf(10, at) + 1).toString('utf8')) as Diagnostic[];
    list[0].message = MARK + list[0].message;
    const data = Buffer.from(JSON.stringify(list), 'utf8');
    fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from(`${checksum(data)}\n`), data]));
  }

  /** Opens the brief in a first server, which saves its list when it exits. */
  async function firstSession(uri: string, pull: boolean): Promise<Diagnostic[]> {
    const first = await TestClient.start({ cacheDir, pull });
    try {
      if (pull) {
        await first.openOnly(uri, QVOD);
        return (await first.pull(uri) as FullDocumentDiagnosticReport).items;
      }
      return await first.open(uri, QVOD);
    } finally {
      await first.stop();
    }
  }

  setup(() => {
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-saved-lsp-'));
  });
  teardown(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  test('pushed: the saved list first, then the analysed list in its place', async () => {
    const uri = 'file:///w/saved-qvod.case';
    const analysed = await firstSession(uri, false);
    assert.ok(analysed.length > 3, 'the Qvod brief has diagnostics');
    assert.strictEqual(saved().length, 1, 'saved when the server exited');
    tamper();
    const client = await TestClient.start({ cacheDir });
    try {
      const twice = new Promise<PublishDiagnosticsParams>((resolve) => {
        const check = () => (client.published.filter((p) => p.uri === uri).length >= 2 ? resolve(client.published.filter((p) => p.uri === uri)[1]) : setTimeout(check, 5));
        check();
      });
      await client.openOnly(uri, QVOD);
      const fixed = await twice;
      const [shown] = client.published.filter((p) => p.uri === uri);
      assert.strictEqual(shown.version, 1);
      assert.strictEqual(shown.diagnostics[0].message, MARK + analysed[0].message, 'the saved list, shown first');
      assert.deepStrictEqual(shown.diagnostics.slice(1), analysed.slice(1));
      assert.strictEqual(fixed.version, 1);
      assert.deepStrictEqual(fixed.diagnostics, analysed, 'then what the analysis found');
    } finally {
      await client.stop();
    }
  });

  test('pulled: the saved list answers the first pull; the editor is asked to pull again and gets the analysed list', async () => {
    const uri = 'file:///w/saved-pull.case';
    const analysed = await firstSession(uri, true);
    tamper();
    const client = await TestClient.start({ cacheDir, pull: true });
    try {
      const refreshed = client.nextRefresh();
      await client.openOnly(uri, QVOD);
      const first = await client.pull(uri) as FullDocumentDiagnosticReport;
      assert.strictEqual(first.kind, 'full');
      assert.strictEqual(first.items[0].message, MARK + analysed[0].message, 'the saved list');
      await refreshed;
      const second = await client.pull(uri, first.resultId) as FullDocumentDiagnosticReport;
      assert.strictEqual(second.kind, 'full');
      assert.notStrictEqual(second.resultId, first.resultId);
      assert.deepStrictEqual(second.items, analysed);
    } finally {
      await client.stop();
    }
  });

  test('pulled: a saved list that was right keeps its result id: the next pull is "unchanged"', async () => {
    const uri = 'file:///w/saved-same.case';
    const analysed = await firstSession(uri, true);
    const client = await TestClient.start({ cacheDir, pull: true });
    try {
      await client.openOnly(uri, QVOD);
      const first = await client.pull(uri) as FullDocumentDiagnosticReport;
      assert.deepStrictEqual(first.items, analysed);
      // after the analysis, whether or not it ran before this pull
      assert.deepStrictEqual(await client.pull(uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
      assert.strictEqual(client.refreshes, 0, 'no refresh: the editor holds the right list');
    } finally {
      await client.stop();
    }
  });

  test('remembering turned off during a session: the list pending from before it is not written either', async () => {
    const uri = 'file:///w/saved-turned-off.case';
    const client = await TestClient.start({ cacheDir });
    try {
      await client.open(uri, QVOD);
      client.settings = { validate: { delay: 0, remember: false } };
      const again = client.nextDiagnostics(uri, 1);
      await client.notify('workspace/didChangeConfiguration', { settings: { caseFacts: client.settings } });
      await again; // validated anew under the new settings
    } finally {
      await client.stop();
    }
    assert.deepStrictEqual(saved(), []);
  });

  test('with caseFacts.validate.remember off nothing is saved', async () => {
    const client = await TestClient.start({ cacheDir, settings: { validate: { delay: 0, remember: false } } });
    try {
      await client.open('file:///w/saved-off.case', QVOD);
    } finally {
      await client.stop();
    }
    assert.deepStrictEqual(saved(), []);
  });
  test('a cache directory that cannot be made saves nothing and does not stop the server', async () => {
    // under /proc every new directory fails ENOENT (node's own recursive mkdir spun there
    // for ever); elsewhere, a dangling symlink (a disk not mounted)
    let gone = '/proc/casefacts-nope/cache';
    if (process.platform !== 'linux') {
      gone = path.join(cacheDir, 'unmounted');
      fs.symlinkSync(path.join(cacheDir, 'no-such-disk'), gone);
    }
    const uri = 'file:///w/saved-unmounted.case';
    const client = await TestClient.start({ cacheDir: gone });
    try {
      const diagnostics = await client.open(uri, QVOD);
      assert.ok(diagnostics.length > 0);
      await new Promise((r) => setTimeout(r, 2500)); // the brief quiet long enough for its list to be written
      const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as { name: string }[];
      assert.ok(symbols.some((s) => s.name.includes('Qvod')), 'still answering after trying to save');
    } finally {
      await client.stop();
    }
    assert.strictEqual(client.proc.exitCode, 0, 'exited on "exit", not killed');
  });
});
