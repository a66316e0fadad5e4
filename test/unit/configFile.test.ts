/** Finding `.casefacts.json` on disk: the nearest file above a brief, what is not a file passed over. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadConfig, MAX_CONFIG_BYTES } from '../../server/src/node/configFile';
import { format } from '../../server/src/service/i18n/messages';

suite('.casefacts.json on disk', () => {
  let dir: string;
  setup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-config-'));
    fs.mkdirSync(path.join(dir, 'matter', 'briefs'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.casefacts.json'), '{ "rules": { "verdict-divergence": "off" } }');
  });
  teardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the nearest file above the brief, up to the workspace folder', () => {
    fs.writeFileSync(path.join(dir, 'matter', '.casefacts.json'), '{ "rules": { "verdict-divergence": "error" } }');
    const near = loadConfig(path.join(dir, 'matter', 'briefs'), dir);
    assert.strictEqual(near.path, path.join(dir, 'matter', '.casefacts.json'));
    assert.deepStrictEqual(near.config.rules, { 'verdict-divergence': 'error' });
    const none = loadConfig(path.join(dir, 'matter', 'briefs'), path.join(dir, 'matter', 'briefs'));
    assert.strictEqual(none.path, undefined, 'not looked for above the workspace folder');
  });

  test('a directory or a named pipe of that name is passed over for the file above it, without waiting on the pipe', () => {
    fs.mkdirSync(path.join(dir, 'matter', 'briefs', '.casefacts.json'));
    if (process.platform !== 'win32') {
      spawnSync('mkfifo', [path.join(dir, 'matter', '.casefacts.json')]);
      assert.ok(fs.statSync(path.join(dir, 'matter', '.casefacts.json')).isFIFO());
    }
    // in a child process: reading the pipe would block this one for ever
    const script = `const { loadConfig } = require(${JSON.stringify(path.resolve(__dirname, '../../server/src/node/configFile'))});
      process.stdout.write(JSON.stringify(loadConfig(${JSON.stringify(path.join(dir, 'matter', 'briefs'))}, ${JSON.stringify(dir)})));`;
    const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8', timeout: 15_000 });
    assert.strictEqual(child.signal, null, 'returned, not killed waiting on the pipe');
    assert.deepStrictEqual(JSON.parse(child.stdout), { path: path.join(dir, '.casefacts.json'), config: { rules: { 'verdict-divergence': 'off' } }, problems: [] });
  });

  test('a file far too large to be a config is not read: said, and nothing set from it', () => {
    const big = path.join(dir, 'matter', '.casefacts.json');
    fs.writeFileSync(big, `{ "rules": { "verdict-divergence": "error" }, "pad": "${' '.repeat(MAX_CONFIG_BYTES)}" }`);
    const loaded = loadConfig(path.join(dir, 'matter', 'briefs'), dir);
    assert.strictEqual(loaded.path, big);
    assert.deepStrictEqual(loaded.config, { rules: {} });
    assert.deepStrictEqual(loaded.problems.map((p) => format(p, 'en')), [`too large to be a config (${fs.statSync(big).size} bytes): not read`]);
    fs.writeFileSync(big, `{ "rules": { "verdict-divergence": "error" }, "pad": "${' '.repeat(MAX_CONFIG_BYTES - 100)}" }`);
    assert.deepStrictEqual(loadConfig(path.join(dir, 'matter', 'briefs'), dir).config.rules, { 'verdict-divergence': 'error' }, 'a large one under the limit is read');
  });
});
