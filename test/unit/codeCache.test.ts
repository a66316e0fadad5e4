/** The server's V8 code cache: used when valid, ignored and rewritten when stale or corrupt, never fatal. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cacheFiles, runWithCodeCache } from '../../server/src/node/codeCache';
import { ABANDONED_MS, readCache, writeCache } from '../../server/src/node/cacheFile';

const runs = () => (globalThis as { __codeCacheRuns?: number }).__codeCacheRuns ?? 0;

suite('code cache', () => {
  let dir: string;
  let bundle: string;
  const source = (n: number) => `#!/usr/bin/env node\nglobalThis.__codeCacheRuns = (globalThis.__codeCacheRuns || 0) + ${n};\nmodule.exports.f = function (x) { return x * 2; };\n`;

  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-cc-'));
    bundle = path.join(dir, 'bundle.js');
    fs.writeFileSync(bundle, source(1));
  });
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the first run writes the cache, the next runs from it; the bundle runs each time', () => {
    const file = path.join(dir, 'bundle.js.cache');
    const before = runs();
    const hooks = process.listenerCount('exit');
    const first = runWithCodeCache(bundle, { files: [file] });
    assert.strictEqual(first.usedCache, undefined);
    assert.strictEqual(process.listenerCount('exit'), hooks + 1, 'to be written at exit');
    assert.strictEqual(first.writeNow(), file);
    assert.strictEqual(process.listenerCount('exit'), hooks, 'written: no longer waits for the exit');
    assert.ok(fs.statSync(file).size > 0);
    assert.strictEqual(first.writeNow(), undefined, 'written once');
    const second = runWithCodeCache(bundle, { files: [file] });
    assert.strictEqual(second.usedCache, file);
    assert.strictEqual(second.writeNow(), undefined, 'nothing to write when the cache was used');
    assert.strictEqual(runs(), before + 2, 'the bundle ran both times (its hashbang line skipped)');
  });

  test('a truncated or corrupt cache, or one made for other bundle bytes of the same length, is ignored and rewritten', () => {
    const file = path.join(dir, 'bundle.js.cache');
    runWithCodeCache(bundle, { files: [file] }).writeNow();
    const good = fs.readFileSync(file);
    fs.writeFileSync(file, good.subarray(0, good.length >> 1));
    const truncated = runWithCodeCache(bundle, { files: [file] });
    assert.strictEqual(truncated.usedCache, undefined);
    assert.strictEqual(truncated.writeNow(), file);
    const flipped = Buffer.from(fs.readFileSync(file));
    flipped[flipped.length - 10] ^= 0xff;
    fs.writeFileSync(file, flipped);
    assert.strictEqual(runWithCodeCache(bundle, { files: [file] }).usedCache, undefined);
    // rebuilt: same length, other bytes
    fs.writeFileSync(file, good);
    fs.writeFileSync(bundle, source(2));
    const before = runs();
    const rebuilt = runWithCodeCache(bundle, { files: [file] });
    assert.strictEqual(rebuilt.usedCache, undefined);
    assert.strictEqual(runs(), before + 2, 'the new bundle ran');
  });

  test('writing deletes the temporary files of killed writers, not a write in progress nor other files', () => {
    const file = path.join(dir, 'bundle.js.cache');
    const killed = `${file}.4242.tmp`;
    const inProgress = `${file}.4343.tmp`;
    const others = [path.join(dir, 'other.js.cache.4242.tmp'), `${file}.keep.tmp`, `${file}.4242.tmp.bak`];
    for (const f of [killed, inProgress, ...others]) {
      fs.writeFileSync(f, 'half a cache');
    }
    const old = new Date(Date.now() - ABANDONED_MS - 60_000);
    for (const f of [killed, ...others]) {
      fs.utimesSync(f, old, old);
    }
    assert.strictEqual(runWithCodeCache(bundle, { files: [file] }).writeNow(), file);
    assert.deepStrictEqual(
      fs.readdirSync(dir).sort(),
      ['bundle.js', 'bundle.js.cache', ...[inProgress, ...others].map((f) => path.basename(f))].sort(),
    );
  });

  test('a cache directory that cannot be made (under /proc, or a dangling symlink) is given up, not tried for ever', () => {
    // node's recursive mkdirSync spins under /proc without returning, so the writes run in
    // a child process that is killed if it does not finish
    const gone = path.join(dir, 'unmounted');
    fs.symlinkSync(path.join(dir, 'no-such-disk'), gone);
    const places = [path.join(gone, 'casefacts', 'saved', 'x.cache')];
    if (process.platform === 'linux') {
      places.push('/proc/casefacts-nope/saved/x.cache'); // mkdir there fails ENOENT too
    }
    const script = `const { writeCache } = require(${JSON.stringify(path.resolve(__dirname, '../../server/src/node/cacheFile'))});
      process.stdout.write(JSON.stringify(${JSON.stringify(places)}.map((f) => writeCache(f, 'magic', 'key', Buffer.from('data')))));`;
    const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8', timeout: 15_000 });
    assert.strictEqual(child.signal, null, 'the write returned (it was not killed spinning)');
    assert.strictEqual(child.stderr, '');
    assert.deepStrictEqual(JSON.parse(child.stdout), places.map(() => false), 'each reported as not written');
    assert.ok(!fs.existsSync(path.join(dir, 'no-such-disk')), 'nothing made through the dangling link');
  });

  test('a link planted where the temporary file goes (a shared cache directory) is not written through', () => {
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'precious', { mode: 0o644 });
    const file = path.join(dir, 'bundle.js.cache');
    fs.symlinkSync(victim, `${file}.${process.pid}.tmp`);
    assert.strictEqual(writeCache(file, 'magic', 'key', Buffer.from('data')), true);
    assert.strictEqual(fs.readFileSync(victim, 'utf8'), 'precious');
    assert.strictEqual(fs.statSync(victim).mode & 0o777, 0o644);
    assert.strictEqual(readCache(file, 'magic', 'key')?.toString(), 'data');
    assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600, 'the cache itself private to the user');
    assert.ok(!fs.existsSync(`${file}.${process.pid}.tmp`));
  });

  test('a cache file another user wrote, or may rewrite, is not read (a shared cache directory)', function () {
    const file = path.join(dir, 'bundle.js.cache');
    assert.strictEqual(runWithCodeCache(bundle, { files: [file] }).writeNow(), file);
    assert.strictEqual(runWithCodeCache(bundle, { files: [file] }).usedCache, file, 'our own file is read');
    fs.chmodSync(file, 0o666);
    assert.strictEqual(runWithCodeCache(bundle, { files: [file] }).usedCache, undefined, 'writable by others: not read');
    if (process.getuid?.() !== 0) {
      this.skip(); // planting a file as another user needs root
    }
    writeCache(path.join(dir, 'saved'), 'magic', 'key', Buffer.from('data'));
    assert.strictEqual(readCache(path.join(dir, 'saved'), 'magic', 'key')?.toString(), 'data');
    fs.chownSync(path.join(dir, 'saved'), 4242, 4242);
    assert.strictEqual(readCache(path.join(dir, 'saved'), 'magic', 'key'), undefined, 'another user\'s file: not read');
    fs.chownSync(file, 4242, 4242);
    assert.strictEqual(runWithCodeCache(bundle, { files: [file] }).usedCache, undefined);
  });

  test('missing parent directories of a cache are made, private to the user', () => {
    const file = path.join(dir, 'a', 'b', 'c', 'bundle.js.cache');
    assert.strictEqual(runWithCodeCache(bundle, { files: [file] }).writeNow(), file);
    for (const d of ['a', 'a/b', 'a/b/c']) {
      assert.strictEqual(fs.statSync(path.join(dir, d)).mode & 0o777, 0o700, d);
    }
  });

  test('a place that cannot be written is skipped for the next one', () => {
    const blocked = path.join(dir, 'not-a-dir');
    fs.writeFileSync(blocked, 'a file where a directory should be');
    const fallback = path.join(dir, 'elsewhere', 'bundle.js.cache');
    fs.mkdirSync(path.dirname(fallback));
    const r = runWithCodeCache(bundle, { files: [path.join(blocked, 'bundle.js.cache'), fallback] });
    assert.strictEqual(r.writeNow(), fallback);
    assert.strictEqual(runWithCodeCache(bundle, { files: [path.join(blocked, 'bundle.js.cache'), fallback] }).usedCache, fallback);
  });

  test('by default the cache is the file next to the bundle (named for node and its flags), then the user\'s cache directory', () => {
    const places = cacheFiles(bundle);
    assert.strictEqual(path.dirname(places[0]), dir);
    assert.match(path.basename(places[0]), /^bundle\.js\.[0-9a-f]{8}\.cache$/);
    assert.ok(places.length === 1 || !places[1].startsWith(dir), 'the second place is elsewhere');
    assert.strictEqual(runWithCodeCache(bundle).writeNow(), places[0]);
    const again = runWithCodeCache(bundle);
    assert.strictEqual(again.usedCache, places[0]);
    const header = fs.readFileSync(places[0]).toString('latin1', 0, 200).split('\n');
    assert.strictEqual(header[0], 'casefacts-code-cache 2');
    assert.ok(header[1].startsWith(`${fs.statSync(bundle).size} `), `the key names the bundle's length: ${header[1]}`);
  });

  test('another node, or node flags in NODE_OPTIONS, get a cache of their own: each start of either uses its cache', () => {
    // V8 rejects a cache made under other flags or by another V8; two runtimes sharing one
    // file (a shell's NODE_OPTIONS=--max-old-space-size… beside an editor started without it,
    // VS Code's node beside the system's) would reject and rewrite each other's at every start.
    const ours = { node: `${process.version} ${process.arch}`, flags: [] };
    const names = [ours, { ...ours, node: `v20.11.1 ${process.arch}` }, { ...ours, flags: ['--max-old-space-size=4096'] }].map((r) => cacheFiles(bundle, r)[0]);
    assert.strictEqual(new Set(names).size, 3, names.join(' '));
    assert.ok(names.every((n) => path.dirname(n) === dir));
    assert.strictEqual(cacheFiles(bundle, ours)[0], names[0], 'the same runtime, the same file');
    const script = `const r = require(${JSON.stringify(path.resolve(__dirname, '../../server/src/node/codeCache.ts'))}).runWithCodeCache(${JSON.stringify(bundle)}); process.stdout.write(r.usedCache ? 'used' : 'compiled');`;
    const start = (nodeOptions: string) => {
      const env = { ...process.env, NODE_OPTIONS: nodeOptions };
      const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8', env, timeout: 15_000 });
      assert.strictEqual(child.stderr, '');
      return child.stdout;
    };
    const seen = ['', '--max-old-space-size=4096', '', '--max-old-space-size=4096', ''].map(start);
    assert.deepStrictEqual(seen, ['compiled', 'compiled', 'used', 'used', 'used']);
    assert.strictEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.cache')).length, 2);
  });
});
