// Shared machinery for running the extension in real VS Code (code-server 4.x in Debian's
// Chromium, driven by playwright-core) on a machine that cannot download VS Code.
// Used by scripts/code-server/run-extension-tests.mjs (extension-host suite, test/e2e)
// and test/ui/run.mjs (UI suite on the packaged .vsix).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = path.join(REPO, '.cache', 'code-server');
export const CODE_SERVER = path.join(CACHE, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER, 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CASEFACTS_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Fails loudly when code-server or Chromium is missing, unless CASEFACTS_SKIP_<tier>=1,
 * in which case it prints why and exits 0 (CI never sets it).
 */
export function requirePrerequisites(tier) {
  const missing = [];
  if (!fs.existsSync(CODE_SERVER_ENTRY)) missing.push(`code-server (${path.relative(REPO, CODE_SERVER_ENTRY)})`);
  if (!fs.existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM})`);
  if (!missing.length) return;
  const skipVar = `CASEFACTS_SKIP_${tier}`;
  const msg = `missing ${missing.join(' and ')}: run \`bash scripts/code-server/install.sh\` first`;
  if (process.env[skipVar] === '1') {
    console.log(`SKIPPED (${skipVar}=1): ${msg}`);
    process.exit(0);
  }
  console.error(`error: ${msg} (or set ${skipVar}=1 to skip this tier on a machine without them)`);
  process.exit(1);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh temporary folder holding everything one run writes (profile, HOME, XDG_*, logs). */
export function makeTempRoot(prefix = 'casefacts-cs-') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const d of ['home', 'config', 'data', 'cache', 'state', 'run', 'user-data', 'extensions', 'chromium']) {
    fs.mkdirSync(path.join(root, d), { recursive: true, mode: 0o700 });
  }
  return root;
}

/** The environment of code-server: everything inside `root`, nothing of an outer VS Code. */
export function codeServerEnv(root, extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VSCODE_|ELECTRON_|CODE_SERVER_|PASSWORD|HASHED_PASSWORD)/.test(k)) continue;
    env[k] = v;
  }
  return {
    ...env,
    HOME: path.join(root, 'home'),
    XDG_CONFIG_HOME: path.join(root, 'config'),
    XDG_DATA_HOME: path.join(root, 'data'),
    XDG_CACHE_HOME: path.join(root, 'cache'),
    XDG_STATE_HOME: path.join(root, 'state'),
    XDG_RUNTIME_DIR: path.join(root, 'run'),
    // no marketplace on this network: an empty gallery makes no requests
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '', itemUrl: '', resourceUrlTemplate: '' }),
    ...extra,
  };
}

/** User settings that keep the workbench quiet and deterministic for tests. */
export const TEST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'npm.autoDetect': 'off',
  'editor.hover.delay': 100,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
  'chat.commandCenter.enabled': false,
};

function writeSettings(root, settings) {
  const dir = path.join(root, 'user-data', 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...TEST_SETTINGS, ...settings }, null, 2));
}

function codeServerArgs(root, port) {
  const config = path.join(root, 'config', 'code-server.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'auth: none\ncert: false\n');
  return [
    ...(port ? ['--bind-addr', `127.0.0.1:${port}`] : []),
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', path.join(root, 'user-data'),
    '--extensions-dir', path.join(root, 'extensions'),
    '--config', config,
  ];
}

/** Runs the code-server CLI to completion (e.g. `--install-extension x.vsix`). */
export function codeServerCli(root, args, { timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CODE_SERVER_ENTRY, ...codeServerArgs(root, null), ...args], {
      env: codeServerEnv(root),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`code-server ${args.join(' ')} timed out:\n${out}`)); }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`code-server ${args.join(' ')} exited ${code}:\n${out}`));
    });
  });
}

/**
 * Starts code-server on a free loopback port, in its own process group so that it and the
 * processes it spawns (extension host, pty host, file watcher) can be stopped together.
 */
export async function startCodeServer(root, { settings = {}, env = {}, startTimeoutMs = 60_000 } = {}) {
  writeSettings(root, settings);
  const port = await freePort();
  const logFile = path.join(root, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [CODE_SERVER_ENTRY, ...codeServerArgs(root, port), '--log', 'debug'], {
    env: codeServerEnv(root, env),
    cwd: path.join(root, 'home'),
    stdio: ['ignore', logFd, logFd],
    detached: true,
  });
  fs.closeSync(logFd);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}) before it listened:\n${readLog(logFile)}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch { /* not yet */ }
    if (Date.now() > deadline) {
      killGroup(child);
      throw new Error(`code-server did not answer on ${url} within ${startTimeoutMs} ms:\n${readLog(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url, port, logFile, child,
    log: () => readLog(logFile),
    stop: () => killGroup(child),
  };
}

export function readLog(file) {
  try { return fs.readFileSync(file, 'utf8'); } catch { return '(no log)'; }
}

/** SIGTERM to the process group we created, then SIGKILL if it lingers. */
export async function killGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const pgid = child.pid;
  const gone = new Promise((r) => child.once('exit', r));
  try { process.kill(-pgid, 'SIGTERM'); } catch { return; }
  const t = setTimeout(() => { try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
  await gone;
  clearTimeout(t);
  try { process.kill(-pgid, 'SIGKILL'); } catch { /* whole group gone */ }
}

/** Debian's Chromium via playwright-core, with a fresh profile inside `root`. */
export async function launchChromium(root, { viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(path.join(root, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: CHROMIUM_ARGS,
  });
}

/** The workbench URL that opens `folder`, with an optional test payload. */
export function workbenchUrl(server, folder, payload) {
  let u = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return u;
}

/** `vscode-remote://` URI that the browser workbench uses for a path on the server. */
export function remoteUri(server, absPath) {
  return `vscode-remote://127.0.0.1:${server.port}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/** Removes the %c styling that the workbench puts in forwarded console messages. */
export function cleanConsoleText(text) {
  return text.replace(/%c/g, '').replace(/\s*(color|background|font-weight|font-size|padding|border-radius)\s*:[^;]*;?/g, '').trim();
}
