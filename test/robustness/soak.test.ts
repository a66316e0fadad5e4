/**
 * What the soak test (bench/soak.mjs: a long editing session) found. Each test
 * names the defect and asserts what the editor sees.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ROOT, TestClient } from '../helpers/lspClient';

const QVOD = fs.readFileSync(path.join(ROOT, 'examples', '01-qvod.case'), 'utf8');

suite('robustness: what a long editing session found', function () {
  this.timeout(30_000);

  // A request for a brief that arrives after the brief was closed (a hover or a code lens
  // the editor had in flight) made the server resolve that brief's settings again and keep
  // them. Closing a brief is what makes the server read its .casefacts.json again on
  // reopening; with settings kept for a closed brief, an editor that does not watch files
  // (Neovim, Eglot) showed the old rule levels after the file was changed and the brief reopened.
  for (const late of [undefined, 'textDocument/hover', 'textDocument/codeLens', 'textDocument/completion'] as const) {
    test(`${late ? `a ${late}` : 'nothing'} after closing a brief: reopened, it follows its changed .casefacts.json`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-late-'));
      const config = path.join(dir, '.casefacts.json');
      fs.writeFileSync(config, JSON.stringify({ rules: { 'omission-dissemination': 'off' } }));
      const uri = pathToFileURL(path.join(dir, 'qvod.case')).href;
      const client = await TestClient.start({ rootUri: pathToFileURL(dir).href });
      try {
        const before = await client.open(uri, QVOD);
        assert.ok(!before.some((d) => d.code === 'omission-dissemination'), 'turned off by .casefacts.json');
        await client.close(uri);
        const position = { line: 9, character: 4 };
        if (late) {
          await client.request(late, late === 'textDocument/codeLens' ? { textDocument: { uri } } : { textDocument: { uri }, position });
        }
        fs.writeFileSync(config, JSON.stringify({ rules: {} }));
        const after = await client.open(uri, QVOD);
        assert.ok(after.some((d) => d.code === 'omission-dissemination'), `the reopened brief follows the changed .casefacts.json: ${after.map((d) => String(d.code)).join(', ')}`);
      } finally {
        await client.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
