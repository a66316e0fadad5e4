/**
 * The CLI on files that are not briefs: a binary file, invalid UTF-8, a file
 * that cannot be read (as root too), a FIFO and a device that would block or
 * never end, links that loop. Each is one clear line on standard error and
 * exit 2; a directory loop is walked once and checked normally.
 */
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/lspClient';

const CLI = path.join(ROOT, 'bin', 'casefacts');
const QVOD = fs.readFileSync(path.join(ROOT, 'examples', '01-qvod.case'), 'utf8');

interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI with a time limit, so a command that blocks fails instead of hanging the suite. */
function run(args: string[], cwd: string): Ran {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'pipe'] });
  assert.ok(!r.error, `casefacts ${args.join(' ')} did not finish: ${String(r.error)}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Asserts exit 2 with exactly one line on stderr that names the file and says why. */
function assertOneLine(r: Ran, name: string, why: RegExp): void {
  assert.strictEqual(r.status, 2, `exit status; stderr: ${r.stderr}`);
  const lines = r.stderr.split('\n').filter((l) => l.length > 0);
  assert.strictEqual(lines.length, 1, `one line on stderr, got: ${JSON.stringify(r.stderr)}`);
  assert.ok(lines[0].startsWith(`casefacts: ${name}: `), lines[0]);
  assert.match(lines[0], why);
  assert.strictEqual(r.stdout, '', 'nothing on stdout');
}

suite('robustness: the CLI on files that are not briefs', function () {
  this.timeout(60_000);
  let dir: string;

  suiteSetup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-cli-'));
  });
  suiteTeardown(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a binary file', () => {
    fs.writeFileSync(path.join(dir, 'binary.case'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0xff, 0x00]));
    assertOneLine(run(['check', 'binary.case'], dir), 'binary.case', /binary file/);
  });

  test('a brief saved as UTF-16 (Notepad\'s "Unicode"), either byte order: said so, not "binary"', () => {
    const text = 'provider Q {\n  role caching\n}\n';
    fs.writeFileSync(path.join(dir, 'utf16le.case'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'utf16be.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    assertOneLine(run(['check', 'utf16le.case'], dir), 'utf16le.case', /: UTF-16 text; briefs are read as UTF-8 \(save it as UTF-8\)$/);
    assertOneLine(run(['analyze', 'utf16be.md'], dir), 'utf16be.md', /UTF-16 text/);
  });

  test('a brief with a NUL in the middle counts as binary', () => {
    fs.writeFileSync(path.join(dir, 'nul.case'), QVOD.slice(0, 50) + '\u0000' + QVOD.slice(50));
    assertOneLine(run(['analyze', 'nul.case'], dir), 'nul.case', /binary file/);
  });

  test('invalid UTF-8: a lone continuation byte, an overlong form, a surrogate encoded', () => {
    const bad = [Buffer.from([0x80]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xe5, 0xbf])];
    bad.forEach((bytes, i) => {
      const name = `bad${i}.case`;
      fs.writeFileSync(path.join(dir, name), Buffer.concat([Buffer.from('provider P {\n role '), bytes, Buffer.from('\n}\n')]));
      assertOneLine(run(['check', name], dir), name, /not valid UTF-8/);
    });
  });

  test('invalid UTF-8 inside a directory that is checked', () => {
    const sub = path.join(dir, 'withbad');
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, 'good.case'), QVOD);
    fs.writeFileSync(path.join(sub, 'worse.case'), Buffer.from([0x66, 0xff, 0x0a]));
    assertOneLine(run(['check', 'withbad'], dir), path.join('withbad', 'worse.case'), /not valid UTF-8/);
  });

  test('a file the kernel refuses to read, even to root (/proc/self/mem)', () => {
    if (!fs.existsSync('/proc/self/mem')) {
      // Not Linux: fall back to a file without read permission (which root could still read).
      assert.notStrictEqual(process.getuid?.(), 0, 'no way to make an unreadable file here');
      const f = path.join(dir, 'locked.case');
      fs.writeFileSync(f, QVOD);
      fs.chmodSync(f, 0);
      assertOneLine(run(['check', 'locked.case'], dir), 'locked.case', /permission denied|cannot be read/);
      return;
    }
    assertOneLine(run(['check', '/proc/self/mem'], dir), '/proc/self/mem', /cannot be read/);
  });

  test('a file without read permission, when not root', () => {
    const f = path.join(dir, 'noperm.case');
    fs.writeFileSync(f, QVOD);
    fs.chmodSync(f, 0);
    const r = run(['check', 'noperm.case'], dir);
    if (process.getuid?.() === 0) {
      assert.strictEqual(r.status, 0, 'root reads it: the brief is checked'); // documented: chmod cannot lock out root
    } else {
      assertOneLine(r, 'noperm.case', /permission denied/);
    }
  });

  test('a FIFO named like a brief does not block', () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.case')]);
    assertOneLine(run(['check', 'pipe.case'], dir), 'pipe.case', /not a regular file/);
  });

  test('a device that never ends (/dev/zero) is refused, not read', () => {
    assertOneLine(run(['analyze', '/dev/zero'], dir), '/dev/zero', /not a regular file/);
  });

  test('a symbolic link loop', () => {
    fs.symlinkSync('loop-b.case', path.join(dir, 'loop-a.case'));
    fs.symlinkSync('loop-a.case', path.join(dir, 'loop-b.case'));
    assertOneLine(run(['check', 'loop-a.case'], dir), 'loop-a.case', /too many levels of symbolic links/);
  });

  test('a directory loop (a link to its parent) is walked once', () => {
    const top = path.join(dir, 'tree');
    fs.mkdirSync(path.join(top, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(top, 'sub', 'qvod.case'), QVOD);
    fs.symlinkSync('..', path.join(top, 'sub', 'up'));
    fs.symlinkSync('.', path.join(top, 'self'));
    const r = run(['check', 'tree', '--format', 'json'], dir);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 0);
    const files = new Set((JSON.parse(r.stdout) as { file: string }[]).map((d) => d.file));
    assert.deepStrictEqual([...files], [path.join('tree', 'sub', 'qvod.case')]);
  });

  test('a directory named like a brief, with no briefs in it', () => {
    fs.mkdirSync(path.join(dir, 'folder.case'));
    assertOneLine(run(['check', 'folder.case'], dir), 'folder.case', /no \.case files/);
  });

  test('a file that does not exist', () => {
    assertOneLine(run(['check', 'missing.case'], dir), 'missing.case', /no such file/);
  });

  test('an empty file is a brief with nothing in it', () => {
    fs.writeFileSync(path.join(dir, 'empty.case'), '');
    const r = run(['check', 'empty.case'], dir);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stderr, '');
  });
});
