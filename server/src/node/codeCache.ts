/**
 * Runs a CommonJS bundle with a V8 code cache, so that a process started
 * again (the next editor session, the next `casefacts-language-server`) does
 * not compile the half-megabyte server bundle from source: it deserialises the
 * bytecode V8 made the first time, including that of the functions the first
 * run compiled lazily (the parser, the analysis). Node 20 has no
 * `module.enableCompileCache`; this is the same idea through `vm.Script`.
 *
 * The cache is a file next to the bundle (`server.js.cache`) or, when that
 * directory is read-only, in the user's cache directory. It is only ever an
 * optimisation:
 * - its header names the bundle's content hash, node's version and the
 *   architecture: a rebuilt bundle or another node ignores it (V8 itself
 *   checks only the source's length, which a rebuild may keep);
 * - its header holds a checksum of the payload: a truncated or corrupt file
 *   is ignored, and V8 may still reject what passes (other V8 flags), which
 *   is reported by `cachedDataRejected` and also ignored;
 * - any error reading, checking or writing it leaves the bundle to run
 *   compiled from source, as `require` would.
 * A missing or unusable cache is written once, when the process exits or
 * after `writeAfterMs`, whichever is first, so that it holds what the run
 * compiled; it is written to a temporary file and renamed into place.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import Module from 'module';

const MAGIC = 'casefacts-code-cache 1';

export interface CodeCacheOptions {
  /** Where to look for and write the cache, in order (default: `cacheFiles(bundle)`). */
  readonly files?: readonly string[];
  /** Write a missing cache this long after start, if the process has not exited by then. */
  readonly writeAfterMs?: number;
}

export interface CodeCacheResult {
  /** The cache file whose code V8 accepted, if any. */
  readonly usedCache?: string;
  /** Writes the cache now if it is due (missing or rejected); the file written, if any. */
  writeNow(): string | undefined;
}

/** The user's cache directory for this tool (per user, like node's own compile cache). */
export function userCacheDir(): string | undefined {
  const home = os.homedir();
  if (process.platform === 'win32') {
    const base = process.env.LOCALAPPDATA ?? (home ? path.join(home, 'AppData', 'Local') : undefined);
    return base ? path.join(base, 'casefacts', 'code-cache') : undefined;
  }
  if (process.platform === 'darwin') {
    return home ? path.join(home, 'Library', 'Caches', 'casefacts', 'code-cache') : undefined;
  }
  const base = process.env.XDG_CACHE_HOME || (home ? path.join(home, '.cache') : undefined);
  return base ? path.join(base, 'casefacts', 'code-cache') : undefined;
}

/**
 * Where the cache of a bundle may live: next to it, else in the user's cache
 * directory. Node flags change what V8 accepts, so a process started with some
 * (a debugger, a profiler) has a file of its own and does not undo the plain one.
 */
export function cacheFiles(bundle: string, execArgv: readonly string[] = process.execArgv): string[] {
  const flags = execArgv.length > 0 ? `.${createHash('sha1').update(execArgv.join('\0')).digest('hex').slice(0, 8)}` : '';
  const files = [`${bundle}${flags}.cache`];
  const dir = userCacheDir();
  if (dir) {
    const id = createHash('sha1').update(path.resolve(bundle)).digest('hex').slice(0, 16);
    files.push(path.join(dir, `${path.basename(bundle)}-${id}${flags}.cache`));
  }
  return files;
}

/** What a cache must have been made from: this source (its bytes), this node, this architecture. */
function identity(bytes: Buffer): string {
  return createHash('sha1').update(bytes).update(`\0${process.version}\0${process.arch}`).digest('hex');
}

const checksum = (data: Buffer) => createHash('sha1').update(data).digest('hex');

/** The payload of a cache file made for `key`, or undefined (missing, stale, corrupt). */
export function readCache(file: string, key: string): Buffer | undefined {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  // Header: MAGIC \n key \n checksum \n, then the payload.
  const header = `${MAGIC}\n${key}\n`;
  const sumEnd = header.length + 41;
  if (buf.length <= sumEnd || buf.toString('latin1', 0, header.length) !== header || buf[sumEnd - 1] !== 10) {
    return undefined;
  }
  const data = buf.subarray(sumEnd);
  return buf.toString('latin1', header.length, sumEnd - 1) === checksum(data) ? data : undefined;
}

/** Writes a cache file atomically; false when the directory cannot be written. */
export function writeCache(file: string, key: string, data: Buffer): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}\n${key}\n${checksum(data)}\n`, 'latin1'), data]), { mode: 0o600 });
    fs.renameSync(tmp, file);
    return true;
  } catch {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    return false;
  }
}

/**
 * Runs `bundle` as the CommonJS module it is (its own `require`, `module`,
 * `__filename`, `__dirname`), compiled with the code cache when there is a
 * usable one. Errors the bundle throws while running are the bundle's and
 * propagate; errors of the cache never do.
 */
export function runWithCodeCache(bundle: string, options: CodeCacheOptions = {}): CodeCacheResult {
  const file = path.resolve(bundle);
  const bytes = fs.readFileSync(file);
  let source = bytes.toString('utf8');
  if (source.charCodeAt(0) === 0xfeff) {
    source = source.slice(1);
  }
  if (source.startsWith('#!')) {
    source = `//${source.slice(2)}`; // as node's loader ignores a hashbang line
  }
  let files: readonly string[] = [];
  let key = '';
  let cached: Buffer | undefined;
  let from: string | undefined;
  try {
    files = options.files ?? cacheFiles(file);
    key = identity(bytes);
    for (const f of files) {
      cached = readCache(f, key);
      if (cached) {
        from = f;
        break;
      }
    }
  } catch {
    cached = undefined;
  }
  // The wrapper node's loader puts around a module; the column offset keeps the
  // columns of the bundle's first line (stack traces, source maps) those of the file.
  const head = '(function (exports, require, module, __filename, __dirname) { ';
  const script = new vm.Script(`${head}${source}\n});`, { filename: file, columnOffset: -head.length, cachedData: cached });
  const accepted = cached !== undefined && script.cachedDataRejected !== true;
  let due = !accepted && files.length > 0;
  const writeNow = (): string | undefined => {
    if (!due) {
      return undefined;
    }
    due = false;
    try {
      const data = script.createCachedData();
      // Next to the bundle when that directory is writable, else the next place.
      return files.find((f) => writeCache(f, key, data));
    } catch {
      return undefined;
    }
  };
  if (due) {
    process.once('exit', () => writeNow());
    setTimeout(() => writeNow(), options.writeAfterMs ?? 10_000).unref();
  }
  const mod = new Module(file, undefined);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  const req = Module.createRequire(file);
  const wrapper = script.runInThisContext({ displayErrors: true }) as (
    exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string,
  ) => void;
  wrapper.call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  mod.loaded = true;
  return { usedCache: accepted ? from : undefined, writeNow };
}
