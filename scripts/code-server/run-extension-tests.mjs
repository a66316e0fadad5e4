#!/usr/bin/env node
// Runs the extension-host suite (test/e2e/out/index.js) inside code-server's real Node
// extension host, the way @vscode/test-electron runs it in desktop VS Code: the workbench
// is opened with an extensionDevelopmentPath/extensionTestsPath payload, the suite runs
// in the extension host, and the workbench hands its exit code to `codeAutomationExit`.
//
//   node scripts/code-server/run-extension-tests.mjs [--ext DIR] [--tests FILE] [--workspace DIR] [--keep]
//
// --workspace is copied into the temp dir and the copy opened (default test/e2e/workspace);
// --keep leaves the temp dir (profile, logs, workspace copy) for inspection.
//
// Env: CASEFACTS_E2E_TIMEOUT_MS (default 300000), CASEFACTS_E2E_GREP (mocha grep, passed
// to the extension host), CASEFACTS_SKIP_CODE_SERVER=1 to skip when code-server is missing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  REPO, requirePrerequisites, makeTempRoot, startCodeServer, launchChromium,
  workbenchUrl, remoteUri, cleanConsoleText,
} from './lib.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? path.resolve(argv[i + 1]) : dflt;
};
const extPath = opt('--ext', REPO);
const testsPath = opt('--tests', path.join(REPO, 'test', 'e2e', 'out', 'index.js'));
const fixtures = opt('--workspace', path.join(REPO, 'test', 'e2e', 'workspace'));
const keep = argv.includes('--keep');
const timeoutMs = Number(process.env.CASEFACTS_E2E_TIMEOUT_MS || 300_000);
const outDir = path.join(REPO, 'test-output', 'e2e');
// test/e2e/index.ts tags the mocha reporter's lines with this prefix
const SUITE_PREFIX = '[e2e] ';

requirePrerequisites('CODE_SERVER');
for (const [what, p] of [['extension', path.join(extPath, 'package.json')], ['test entry', testsPath], ['workspace', fixtures]]) {
  if (!fs.existsSync(p)) {
    console.error(`error: ${what} not found: ${p}${what === 'test entry' ? ' (run `node test/e2e/build.mjs`)' : ''}`);
    process.exit(1);
  }
}
const main = JSON.parse(fs.readFileSync(path.join(extPath, 'package.json'), 'utf8')).main;
if (main && !fs.existsSync(path.resolve(extPath, main))) {
  console.error(`error: the extension's main ${main} is not built (run \`npm run build\`)`);
  process.exit(1);
}

fs.rmSync(outDir, { recursive: true, force: true });
const t0 = Date.now();
const root = makeTempRoot('casefacts-e2e-');
// The suite works on a copy of the fixtures, so that a test that edits and saves never
// touches the repository.
const workspace = path.join(root, 'workspace');
fs.cpSync(fixtures, workspace, { recursive: true });
const consoleLines = [];
let server, context, exitCode = 1;

function elapsed() { return `${((Date.now() - t0) / 1000).toFixed(1)}s`; }

async function cleanup() {
  try { await context?.close(); } catch { /* already closed */ }
  try { await server?.stop(); } catch { /* already stopped */ }
  if (!keep) fs.rmSync(root, { recursive: true, force: true });
  else console.log(`kept ${root}`);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await cleanup(); process.exit(130); });

try {
  server = await startCodeServer(root, {
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('CASEFACTS_'))),
  });
  console.log(`code-server ${server.url} up after ${elapsed()} (temp ${root})`);
  context = await launchChromium(root);
  const page = context.pages()[0] ?? await context.newPage();

  const done = new Promise((resolve) => {
    page.exposeFunction('codeAutomationExit', (code, logs) => resolve({ code, logs }));
  });
  // workbench log lines (trace/debug/info/...) from the automation logger
  // (the extension host's console arrives here too: print the suite's own lines live)
  await page.exposeFunction('codeAutomationLog', (level, args) => {
    const text = Array.isArray(args) ? args.join(' ') : String(args);
    consoleLines.push(`${elapsed()} [workbench ${level}] ${text}`);
    for (const line of text.split('\n')) {
      const at = line.indexOf(SUITE_PREFIX);
      if (at >= 0) console.log(line.slice(at + SUITE_PREFIX.length));
    }
  });
  page.on('console', (msg) => {
    const text = cleanConsoleText(msg.text());
    if (!/^(DEBUG|INFO|TRACE|WARN|ERR)$/.test(text)) consoleLines.push(`${elapsed()} [console.${msg.type()}] ${text}`);
  });
  page.on('pageerror', (err) => consoleLines.push(`${elapsed()} [pageerror] ${err.stack || err}`));
  page.on('crash', () => consoleLines.push('[page crashed]'));

  const payload = [
    ['extensionDevelopmentPath', remoteUri(server, extPath)],
    ['extensionTestsPath', remoteUri(server, testsPath)],
  ];
  await page.goto(workbenchUrl(server, workspace, payload));

  let timer;
  const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve(null), timeoutMs); });
  const result = await Promise.race([done, timeout]);
  clearTimeout(timer);

  fs.mkdirSync(outDir, { recursive: true });
  if (result === null) {
    console.error(`error: the suite did not finish within ${timeoutMs} ms`);
    await page.screenshot({ path: path.join(outDir, 'timeout.png') }).catch(() => {});
    exitCode = 1;
  } else {
    exitCode = typeof result.code === 'number' ? result.code : 1;
    // The workbench hands over its logs (renderer, exthost, ...) with the exit code.
    for (const log of result.logs ?? []) {
      const file = path.join(outDir, 'logs', log.relativePath);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, log.contents);
    }
  }
  if (exitCode !== 0) {
    console.error('\n----- browser console -----');
    console.error(consoleLines.join('\n'));
    console.error('\n----- code-server log -----');
    console.error(server.log());
    console.error(`\n(workbench logs, if any, in ${path.relative(REPO, outDir)}/logs)`);
  }
  console.log(`extension-host suite exited ${exitCode} after ${elapsed()}`);
} catch (err) {
  console.error(`error: ${err.stack || err}`);
  if (consoleLines.length) console.error(`----- browser console -----\n${consoleLines.join('\n')}`);
  if (server) console.error(`----- code-server log -----\n${server.log()}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
