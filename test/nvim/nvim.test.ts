/**
 * A real editor we did not write: headless Neovim (Debian's neovim 0.7) runs
 * its built-in LSP client against bin/casefacts-language-server --stdio.
 * If nvim is missing the suite fails loudly, unless CASEFACTS_SKIP_NVIM=1.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, SERVER_BIN } from '../helpers/lspClient';
import { briefFile, requireEditor } from '../helpers/realEditor';

interface NvimResult {
  diagnostics?: { code: string; line: number; col: number; message: string }[];
  hover?: string;
  highlights?: string[];
  completion?: string[];
  fix?: string;
  sent?: { start: { line: number; character: number }; end: { line: number; character: number } };
  line?: string;
  after?: { code: string }[];
  error?: string;
}

/** Neovim's cache, state, data and config under `dir`: nothing from the user's own setup. */
const ownXdg = (dir: string) => ({
  XDG_CACHE_HOME: path.join(dir, 'cache'),
  XDG_STATE_HOME: path.join(dir, 'state'),
  XDG_DATA_HOME: path.join(dir, 'data'),
  XDG_CONFIG_HOME: path.join(dir, 'config'),
});

function runNvim(file: string, steps: string): NvimResult {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-nvim-'));
  const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(__dirname, 'client.lua')}`], {
    env: {
      ...process.env,
      CASEFACTS_SERVER: SERVER_BIN,
      CASEFACTS_FILE: file,
      CASEFACTS_STEPS: steps,
      ...ownXdg(tmp),
    },
    encoding: 'utf8',
    timeout: 60000,
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  let result: NvimResult;
  try {
    result = JSON.parse(line) as NvimResult;
  } catch {
    throw new Error(`nvim printed no result (exit ${r.status}): ${r.stdout.slice(0, 300)} ${r.stderr.slice(0, 300)}`);
  }
  assert.strictEqual(result.error, undefined, result.error);
  assert.strictEqual(r.status, 0);
  return result;
}

suite('Neovim (headless, built-in LSP client)', function () {
  this.timeout(90000);
  suiteSetup(function () {
    requireEditor(this, { command: 'nvim', skip: 'CASEFACTS_SKIP_NVIM', install: 'apt-get install -y neovim' });
  });

  test('the README\'s init.lua, as written, shows a brief\'s diagnostics (casefacts-language-server on the PATH)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const init = /Neovim 0\.7[^\n]*:\n\n```lua\n([\s\S]*?)```/.exec(readme)![1];
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-nvim-readme-'));
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin);
    fs.symlinkSync(SERVER_BIN, path.join(bin, 'casefacts-language-server'));
    fs.writeFileSync(path.join(tmp, 'init.lua'), init);
    const brief = path.join(tmp, 'typo.case');
    fs.writeFileSync(brief, 'provider P {\n  role cachng\n}\n');
    const report = path.join(tmp, 'report.lua');
    fs.writeFileSync(report, `vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local d = vim.diagnostic.get(0)[1]
io.stdout:write((d and (d.lnum + 1) .. ':' .. (d.col + 1) .. ' ' .. d.message or 'none') .. '\\n')
vim.cmd('qa!')
`);
    const r = spawnSync('nvim', ['--headless', '-u', path.join(tmp, 'init.lua'), '-i', 'NONE', '-n', brief, '-c', `luafile ${report}`], {
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        ...ownXdg(tmp),
      },
      encoding: 'utf8',
      timeout: 60000,
    });
    fs.rmSync(tmp, { recursive: true, force: true });
    assert.strictEqual(r.stdout.trim().split('\n').pop(), '2:8 "cachng" is not a valid value for role. Did you mean `caching`?', r.stderr);
  });

  test('opens the Qvod example and holds the server\'s diagnostics; hover on one gives the paper\'s argument', () => {
    const r = runNvim(path.join(ROOT, 'examples', '01-qvod.case'), 'diagnostics,hover:25:22');
    const got = r.diagnostics!.map((d) => `${d.code}@${d.line}:${d.col}`);
    assert.ok(got.includes('omission-dissemination@25:20'), got.join(' '));
    assert.ok(got.includes('tech-neutrality@27:10'), got.join(' '));
    const omission = r.diagnostics!.find((d) => d.code === 'omission-dissemination')!;
    assert.match(omission.message, /^Dissemination by omission: [^\n]+ \(I\.\(一\)\)$/);
    assert.match(String(r.hover), /Dissemination by omission[\s\S]*Armin Kaufmann held that such punishment breaches the legality principle/);
  });

  test('document highlights on a provider id: its declaration written, the uses and the charge read', () => {
    const r = runNvim(path.join(ROOT, 'examples', '01-qvod.case'), 'diagnostics,highlight:22:12');
    assert.deepStrictEqual(r.highlights, ['9:10 LspReferenceWrite Qvod', '22:11 LspReferenceRead Qvod', '25:8 LspReferenceRead Qvod']);
  });

  test('a Markdown brief: diagnostics on the Markdown lines', () => {
    const r = runNvim(path.join(ROOT, 'examples', 'qvod-brief.md'), 'diagnostics');
    assert.ok(r.diagnostics!.some((d) => d.code === 'omission-dissemination' && d.line === 33), JSON.stringify(r.diagnostics));
  });

  test('hover, completion, and a quick fix applied with the diagnostics refreshed', () => {
    const file = briefFile('provider P {\n  role cachng\n  knowledge specific\n}\ncharge P art363 omission\n');
    const r = runNvim(file, 'hover:3:5,complete:3:3,fix:unknown-value');
    assert.match(String(r.hover), /knowledge|明知/i);
    assert.ok(r.completion!.some((l) => /knowledge|明知/.test(l)), JSON.stringify(r.completion));
    assert.match(r.fix!, /caching/);
    assert.strictEqual(r.line, '  role caching');
    assert.ok(!r.after!.some((d) => d.code === 'unknown-value'));
  });
  test('a quick fix through Neovim\'s own code-action path on a Chinese line: it lands on the word', () => {
    // Neovim 0.7 sends the diagnostic back with byte columns (类型： is 9 bytes, 3 UTF-16 units)
    const file = briefFile('服务商 Q ｛\n  类型：缓\n｝\n');
    const r = runNvim(file, 'diagnostics,ownfix:unknown-value');
    assert.deepStrictEqual(r.sent, { start: { line: 1, character: 11 }, end: { line: 1, character: 14 } }, 'the columns Neovim sends');
    assert.strictEqual(r.fix, 'Change to `缓存`');
    assert.strictEqual(r.line, '  类型：缓存');
  });
});
