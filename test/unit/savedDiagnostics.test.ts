/** Saved diagnostics: found only for the very text, settings, uri, language and build they were made under. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver';
import { SavedDiagnostics, SavedKey } from '../../server/src/node/savedDiagnostics';
import { encodeMessage } from '../../server/src/node/publishEncoder';

const diagnostic = (line: number, message: string): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 5 } },
  severity: 2,
  code: 'no-general-monitoring',
  source: 'casefacts',
  message,
});

const LIST = [diagnostic(3, '存储服务商未接到通知：不负一般性监控义务（二（二）1）'), diagnostic(9, 'quote " and \\ backslash')];
const TEXT = '服务商 网站1 「快播」 ｛\n  类型： 存储\n｝\n';
const KEY: SavedKey = { uri: 'file:///briefs/qvod.case', languageId: 'casefacts', settings: '{"locale":"zh-CN","rules":{}}' };

suite('saved diagnostics', () => {
  let dir: string;
  const store = (options: { build?: string; keep?: number; dir?: string | null } = {}) =>
    new SavedDiagnostics({ dir: options.dir === null ? undefined : options.dir ?? dir, build: options.build ?? 'build-1', keep: options.keep, quietMs: 60_000 });
  const files = () => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.diagnostics')) : []);

  setup(() => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-saved-')), 'diagnostics');
  });
  teardown(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

  test('a list remembered and written is found again, by another server, for the same text', () => {
    const first = store();
    first.remember(KEY, () => TEXT, LIST);
    assert.deepStrictEqual(files(), [], 'nothing written before the brief is quiet, closed or the server exits');
    first.write(KEY.uri);
    assert.strictEqual(files().length, 1);
    assert.strictEqual(fs.statSync(path.join(dir, files()[0])).mode & 0o777, 0o600, 'private to the user');
    assert.deepStrictEqual(store().find(KEY, TEXT), LIST);
  });

  test('another text, uri, language, settings or server build finds nothing', () => {
    const s = store();
    s.remember(KEY, () => TEXT, LIST);
    s.flush();
    assert.deepStrictEqual(s.find(KEY, TEXT), LIST);
    assert.strictEqual(s.find(KEY, TEXT.replace('存储', '接入')), undefined, 'one word changed, same length');
    assert.strictEqual(s.find(KEY, `${TEXT} `), undefined);
    assert.strictEqual(s.find({ ...KEY, uri: 'file:///briefs/other.case' }, TEXT), undefined);
    assert.strictEqual(s.find({ ...KEY, languageId: 'markdown' }, TEXT), undefined);
    assert.strictEqual(s.find({ ...KEY, settings: '{"locale":"en","rules":{}}' }, TEXT), undefined);
    assert.strictEqual(store({ build: 'build-2' }).find(KEY, TEXT), undefined);
  });

  test('a list whose text changed before it was written is not written', () => {
    const s = store();
    let current: string | undefined = TEXT;
    s.remember(KEY, () => current, LIST);
    current = undefined; // a newer version: its own validation remembers its list
    s.flush();
    assert.deepStrictEqual(files(), []);
  });

  test('a newer list of the same brief replaces the pending one; both texts stay findable once written', () => {
    const s = store();
    const other = [diagnostic(1, 'after the edit')];
    s.remember(KEY, () => TEXT, LIST);
    s.write(KEY.uri);
    s.remember(KEY, () => `${TEXT}\n`, other);
    s.flush();
    assert.deepStrictEqual(s.find(KEY, TEXT), LIST);
    assert.deepStrictEqual(s.find(KEY, `${TEXT}\n`), other);
  });

  test('a list already saved for the same key, by another server, is not written again', () => {
    const first = store();
    first.remember(KEY, () => TEXT, LIST);
    first.flush();
    const [file] = files();
    const written = fs.statSync(path.join(dir, file)).mtimeMs;
    fs.utimesSync(path.join(dir, file), 1000, 1000);
    const second = store();
    second.remember(KEY, () => TEXT, LIST);
    second.flush();
    assert.strictEqual(fs.statSync(path.join(dir, file)).mtimeMs, 1000 * 1000, 'left as it was');
    assert.ok(written > 1000 * 1000);
    assert.deepStrictEqual(store().find(KEY, TEXT), LIST);
  });

  test('a pending list forgotten (remembering turned off) is not written', () => {
    const s = store();
    s.remember(KEY, () => TEXT, LIST);
    s.forget(KEY.uri);
    s.flush();
    assert.deepStrictEqual(files(), []);
  });

  test('a truncated, corrupt or foreign file is ignored and rewritten', () => {
    const s = store();
    s.remember(KEY, () => TEXT, LIST);
    s.flush();
    const file = path.join(dir, files()[0]);
    const good = fs.readFileSync(file);
    fs.writeFileSync(file, good.subarray(0, good.length - 20));
    assert.strictEqual(store().find(KEY, TEXT), undefined, 'truncated');
    const flipped = Buffer.from(good);
    flipped[flipped.length - 5] ^= 0x20;
    fs.writeFileSync(file, flipped);
    assert.strictEqual(store().find(KEY, TEXT), undefined, 'a byte changed');
    fs.writeFileSync(file, 'not a saved list at all');
    const fresh = store();
    assert.strictEqual(fresh.find(KEY, TEXT), undefined);
    fresh.remember(KEY, () => TEXT, LIST);
    fresh.flush();
    assert.deepStrictEqual(store().find(KEY, TEXT), LIST, 'rewritten');
  });

  test('only the newest lists are kept', () => {
    const s = store({ keep: 3 });
    const at = Date.now() / 1000 - 100;
    for (let i = 0; i < 5; i++) {
      const text = `${TEXT}// ${i}\n`;
      s.remember(KEY, () => text, [diagnostic(i, `list ${i}`)]);
      s.flush();
      // distinct modification times, oldest first, whatever the file system's resolution
      for (const f of files()) {
        const t = at + Number(/list (\d)/.exec(fs.readFileSync(path.join(dir, f), 'utf8'))?.[1]);
        fs.utimesSync(path.join(dir, f), t, t);
      }
    }
    assert.strictEqual(files().length, 3);
    const kept = [0, 1, 2, 3, 4].filter((i) => store().find(KEY, `${TEXT}// ${i}\n`) !== undefined);
    assert.deepStrictEqual(kept, [2, 3, 4]);
  });

  test('no directory, or one that cannot be made, keeps nothing and throws nothing', () => {
    const none = store({ dir: null });
    none.remember(KEY, () => TEXT, LIST);
    none.flush();
    assert.strictEqual(none.find(KEY, TEXT), undefined);
    const blocked = path.join(path.dirname(dir), 'a-file');
    fs.writeFileSync(blocked, 'a file where a directory should be');
    const s = store({ dir: path.join(blocked, 'diagnostics') });
    s.remember(KEY, () => TEXT, LIST);
    s.flush();
    assert.strictEqual(s.find(KEY, TEXT), undefined);
  });

  test('a list known by its saved bytes alone is written as them; the next list, even empty, as itself', () => {
    const s = store();
    s.remember(KEY, () => TEXT, LIST);
    s.flush();
    const uri = 'file:///briefs/bytes-alone.case';
    const found = s.find(KEY, TEXT, true) as Diagnostic[];
    assert.ok(found);
    const publish = (version: number, diagnostics: unknown[]) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version, diagnostics } });
    assert.deepStrictEqual(JSON.parse(encodeMessage(publish(1, found)).toString('utf8')).params.diagnostics, LIST);
    assert.deepStrictEqual(JSON.parse(encodeMessage(publish(1, [])).toString('utf8')).params.diagnostics, [], 'the brief has no problems now');
    const pulled = { jsonrpc: '2.0', id: 3, result: { kind: 'full', resultId: '1', items: found } };
    assert.deepStrictEqual(JSON.parse(encodeMessage(pulled).toString('utf8')).result.items, LIST);
  });

  test('a list found is written to the editor as the very bytes saved', () => {
    const s = store();
    s.remember(KEY, () => TEXT, LIST);
    s.flush();
    const found = s.find(KEY, TEXT) as Diagnostic[];
    assert.deepStrictEqual(found, LIST);
    found[0].message = 'changed after it was read'; // never done to a list sent: shows which bytes are written
    const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: KEY.uri, version: 4, diagnostics: found } };
    assert.deepStrictEqual(JSON.parse(encodeMessage(msg).toString('utf8')), { ...msg, params: { ...msg.params, diagnostics: LIST } });
    const pulled = { jsonrpc: '2.0', id: 7, result: { kind: 'full', resultId: '1', items: found } };
    assert.deepStrictEqual(JSON.parse(encodeMessage(pulled).toString('utf8')).result.items, LIST, 'a pull answered with it too');
  });
});
