/**
 * A second real editor we did not write: Emacs 28 in batch mode with Debian's
 * elpa-eglot 1.9 runs its LSP client against bin/casefacts-language-server --stdio
 * (test/emacs/client.el). Eglot takes pushed diagnostics into Flymake, does not let
 * a server register for settings changes, and ends the server with shutdown and exit.
 * If emacs is missing the suite fails loudly, unless CASEFACTS_SKIP_EMACS=1.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, SERVER_BIN } from '../helpers/lspClient';
import { briefFile, requireEditor } from '../helpers/realEditor';

/** What Eglot showed, as client.el writes it: "diag LINE:COL TYPE TEXT" lines, "edited", "exit STATUS". */
function runEglot(file: string, edit = '', highlight = ''): string[] {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-emacs-'));
  const out = path.join(tmp, 'out.txt');
  const r = spawnSync('emacs', ['--batch', '-Q', '-l', path.join(__dirname, 'client.el')], {
    env: { ...process.env, HOME: tmp, CASEFACTS_SERVER: SERVER_BIN, CASEFACTS_FILE: file, CASEFACTS_EDIT: edit, CASEFACTS_HIGHLIGHT: highlight, CASEFACTS_OUT: out },
    encoding: 'utf8',
    timeout: 90000,
  });
  const lines = fs.existsSync(out) ? fs.readFileSync(out, 'utf8').trim().split('\n') : [];
  fs.rmSync(tmp, { recursive: true, force: true });
  const errors = lines.filter((l) => l.startsWith('error '));
  assert.deepStrictEqual(errors, [], `${errors.join('\n')}\n${r.stderr.slice(-800)}`);
  assert.ok(lines.length > 0, `emacs wrote nothing (exit ${r.status}): ${r.stderr.slice(-800)}`);
  // the server is gone once Eglot has shut it down (Eglot deletes the process after `exit`)
  assert.match(lines[lines.length - 1], /^exit \d+$/);
  assert.doesNotMatch(r.stderr, /unsupported capability/, 'the server registered something Eglot cannot take');
  return lines;
}

suite('Emacs (batch, Eglot 1.9)', function () {
  this.timeout(120000);
  suiteSetup(function () {
    requireEditor(this, { command: 'emacs', skip: 'CASEFACTS_SKIP_EMACS', install: 'apt-get install -y emacs-nox elpa-eglot' });
  });

  test('opens the Qvod example: Flymake holds the paper\'s warnings where the facts meet the doctrine', () => {
    const lines = runEglot(path.join(ROOT, 'examples', '01-qvod.case'));
    const codes = lines.filter((l) => l.startsWith('diag ')).map((l) => `${/\[([\w-]+)\]/.exec(l)?.[1]}@${l.split(' ')[1]}`);
    assert.ok(codes.includes('omission-dissemination@25:19'), codes.join(' '));
    assert.ok(codes.includes('tech-neutrality@27:9'), codes.join(' '));
    assert.ok(codes.includes('verdict-divergence@26:9'), codes.join(' '));
    const omission = lines.find((l) => l.includes('[omission-dissemination]'))!;
    assert.match(omission, / eglot-warning casefacts \[omission-dissemination\]: Dissemination by omission: .+ \(I\.\(一\)\)$/);
  });

  test('a typo typed in Emacs is reported on its word; the other warning stays', () => {
    const file = briefFile('provider P "A host" {\n  role access\n  knowledge specific\n}\n\ncharge P art287-2 principal {\n  court convicted\n}\n');
    try {
      const lines = runEglot(file, 'role access|s|accesss');
      const at = lines.indexOf('edited');
      assert.ok(at > 0, lines.join('\n'));
      const before = lines.slice(0, at);
      const after = lines.slice(at + 1, -1);
      assert.deepStrictEqual(before.map((l) => /\[([\w-]+)\]/.exec(l)?.[1]), ['helping-needs-facts']);
      assert.ok(after.includes('diag 2:7 eglot-error casefacts [unknown-value]: "accesss" is not a valid value for role. Did you mean `access`?'), after.join('\n'));
      assert.ok(after.some((l) => l.startsWith('diag 6:0 eglot-warning casefacts [helping-needs-facts]')), after.join('\n'));
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  test('point on a provider id: Eglot marks its declaration and every charge and `uses` naming it', () => {
    const lines = runEglot(path.join(ROOT, 'examples', '01-qvod.case'), '', 'charge Qvod');
    // provider Qvod (line 9), uses Qvod (22), charge Qvod (25); not the comment on line 1
    assert.deepStrictEqual(lines.filter((l) => l.startsWith('highlight ')), ['highlight 9:9-13 Qvod', 'highlight 22:10-14 Qvod', 'highlight 25:7-11 Qvod']);
  });
});
