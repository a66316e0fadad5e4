// A bare LSP client over stdio for the bench: spawns a real server process, frames
// JSON-RPC by hand (no client library between the clock and the pipe), answers the
// server's requests, and resolves waiters on publishDiagnostics. Times are taken with
// performance.now() when a whole message has arrived and been parsed, which is what an
// editor would wait for too.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export class LspProcess {
  /**
   * @param {string[]} argv node arguments (script and flags); the process is node itself,
   *   so its pid is the server's and /proc/<pid>/status is the server's memory.
   * @param {{settings?: object}} opts settings answered to workspace/configuration.
   */
  constructor(argv, { settings = {}, env } = {}) {
    this.settings = settings;
    this.proc = spawn(process.execPath, argv, { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => {
      this.stderr += d.toString();
    });
    this.nextId = 1;
    this.pending = new Map();
    this.waiters = [];
    /** Count of publishDiagnostics per uri (to spot double publishes). */
    this.publishes = new Map();
    this.lastDiagnostics = new Map();
    this.exited = new Promise((resolve) => this.proc.on('exit', resolve));
    // A server that dies fails the session at once, with what it said, not after a timeout.
    this.proc.on('exit', (code, signal) => {
      const err = new Error(`server exited (${signal ?? code}): ${this.stderr.slice(0, 2000)}`);
      for (const p of this.pending.values()) {
        p.reject(err);
      }
      this.pending.clear();
      for (const w of this.waiters.splice(0)) {
        clearTimeout(w.timer);
        w.reject(err);
      }
    });
    this.proc.stdout.on('data', (chunk) => this.onData(chunk));
  }

  get pid() {
    return this.proc.pid;
  }

  /**
   * Frames messages out of the stdout chunks. A large publish arrives in many 64 kB
   * chunks: they are kept in a list and joined once the whole body is there, as an
   * editor's reader does (joining on every chunk would copy the body over and over).
   */
  onData(chunk) {
    this.chunks ??= [];
    this.chunks.push(chunk);
    this.received = (this.received ?? 0) + chunk.length;
    for (;;) {
      if (this.need !== undefined && this.received < this.need) {
        return;
      }
      if (this.chunks.length > 1) {
        this.chunks = [Buffer.concat(this.chunks)];
      }
      const buffer = this.chunks[0];
      if (!buffer || buffer.length === 0) {
        this.need = undefined;
        return;
      }
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) {
        this.need = undefined;
        return;
      }
      const header = buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length: *(\d+)/i.exec(header);
      if (!m) {
        throw new Error(`bad header from server: ${header}`);
      }
      const start = headerEnd + 4;
      const end = start + Number(m[1]);
      if (buffer.length < end) {
        this.need = end;
        return;
      }
      this.need = undefined;
      const body = buffer.subarray(start, end).toString('utf8');
      const rest = buffer.subarray(end);
      this.chunks = rest.length ? [rest] : [];
      this.received = rest.length;
      this.onMessage(JSON.parse(body), performance.now());
    }
  }

  onMessage(msg, at) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (p) {
        this.pending.delete(msg.id);
        if (msg.error) {
          p.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
        } else {
          p.resolve({ result: msg.result, at });
        }
      }
      return;
    }
    if (msg.id !== undefined) {
      this.answer(msg);
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      const p = msg.params;
      this.publishes.set(p.uri, (this.publishes.get(p.uri) ?? 0) + 1);
      this.lastDiagnostics.set(p.uri, p);
      for (let i = 0; i < this.waiters.length; i++) {
        const w = this.waiters[i];
        if (w.uri === p.uri && (w.version === undefined || p.version === undefined || p.version === w.version)) {
          this.waiters.splice(i, 1);
          clearTimeout(w.timer);
          w.resolve({ params: p, at });
          break;
        }
      }
    }
  }

  /** Answers what a server may ask of its client during the bench. */
  answer(msg) {
    let result = null;
    if (msg.method === 'workspace/configuration') {
      result = (msg.params?.items ?? []).map((item) => (item.section && this.settings[item.section] !== undefined ? this.settings[item.section] : null));
    }
    this.write({ jsonrpc: '2.0', id: msg.id, result });
  }

  write(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  /** Sends a request; resolves with {result, at, sent}. */
  request(method, params, timeoutMs = 60000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeoutMs} ms; stderr: ${this.stderr.slice(0, 500)}`));
      }, timeoutMs);
      const sent = performance.now();
      this.pending.set(id, {
        resolve: (r) => {
          clearTimeout(timer);
          resolve({ ...r, sent });
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with {params, at} on the next publishDiagnostics for uri (of version, when the server sends one). */
  diagnostics(uri, version, timeoutMs = 120000) {
    return new Promise((resolve, reject) => {
      const w = { uri, version, resolve, reject };
      w.timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; stderr: ${this.stderr.slice(0, 500)}`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  /** Peak resident set size of the server process so far, in kB (VmHWM). */
  peakRssKb() {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const m = /VmHWM:\s*(\d+)\s*kB/.exec(status);
      return m ? Number(m[1]) : null;
    } catch {
      return null;
    }
  }

  /** CPU time (user + system) the server process has used so far, in ms. */
  cpuMs() {
    try {
      // fields after the parenthesised command: state is [0], utime [11], stime [12] (clock ticks, 100 Hz)
      const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(f[11]) + Number(f[12])) * 10;
    } catch {
      return null;
    }
  }

  async stop() {
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit');
    } catch {
      // gone already, or deaf: killed below
    }
    const timer = setTimeout(() => this.proc.kill(), 2000);
    await this.exited;
    clearTimeout(timer);
  }
}

/**
 * The initialize parameters of a modern editor (versioned diagnostics, markdown hovers,
 * snippets). With `pull`, the client also declares pull diagnostics and their refresh,
 * as VS Code does: a server that offers them is then asked, not pushed to.
 */
export function initializeParams(rootUri, { pull = false } = {}) {
  return {
    processId: process.pid,
    rootUri,
    locale: 'en',
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, ...(pull ? { diagnostics: { refreshSupport: true } } : {}) },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true },
        ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
      },
    },
    workspaceFolders: null,
  };
}
