#!/usr/bin/env node
// `npm run test:vscode`: the same extension-host suite (test/e2e/out) in desktop VS Code
// via @vscode/test-electron, which downloads VS Code into .vscode-test/ on first use.
// That needs the internet (or CASEFACTS_VSCODE_PATH pointing at an installed VS Code
// executable). On a machine that has neither it fails with a clear message; there, use
// `npm run test:code-server`, which runs the same suite in code-server's extension host.
//
// Env: CASEFACTS_VSCODE_PATH (a VS Code executable to use instead of downloading),
//      CASEFACTS_VSCODE_VERSION (default 'stable'), CASEFACTS_SKIP_VSCODE=1 (skip with a note).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const testsPath = path.join(here, 'out', 'index.js');
const fixtures = path.join(here, 'workspace');

function fail(message) {
  if (process.env.CASEFACTS_SKIP_VSCODE === '1') {
    console.log(`SKIPPED (CASEFACTS_SKIP_VSCODE=1): ${message}`);
    process.exit(0);
  }
  console.error(`error: ${message}`);
  console.error('       (set CASEFACTS_SKIP_VSCODE=1 to skip this tier where VS Code cannot be had;');
  console.error('        `npm run test:code-server` runs the same suite offline in code-server)');
  process.exit(1);
}

if (!fs.existsSync(testsPath)) fail(`${path.relative(repo, testsPath)} is not built: run \`node test/e2e/build.mjs\``);

const { runTests } = await import('@vscode/test-electron');
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-vscode-'));
// (on every exit, fail()'s process.exit included)
process.on('exit', () => fs.rmSync(userData, { recursive: true, force: true }));
// a copy of the fixtures, as in the code-server runner: tests may edit and save
const workspace = path.join(userData, 'workspace');
fs.cpSync(fixtures, workspace, { recursive: true });
const vscodeExecutablePath = process.env.CASEFACTS_VSCODE_PATH || undefined;
try {
  await runTests({
    extensionDevelopmentPath: repo,
    extensionTestsPath: testsPath,
    vscodeExecutablePath,
    version: process.env.CASEFACTS_VSCODE_VERSION || 'stable',
    timeout: 30_000,
    cachePath: path.join(repo, '.cache', 'vscode-test'), // git-ignored
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', path.join(userData, 'user-data'),
      '--extensions-dir', path.join(userData, 'extensions'),
    ],
  });
  console.log('test:vscode: the suite passed in desktop VS Code');
} catch (err) {
  const text = String(err?.stack || err);
  if (!vscodeExecutablePath && /download|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ENETUNREACH|getaddrinfo|fetch|socket|version/i.test(text)) {
    fail(`could not download VS Code for @vscode/test-electron (no internet here?): ${text.split('\n')[0]}\n`
      + '       Set CASEFACTS_VSCODE_PATH to an installed VS Code executable, or run `npm run test:code-server`.');
  }
  console.error(`error: the extension-host suite failed in VS Code: ${text}`);
  process.exit(1);
}
