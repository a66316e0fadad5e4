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
 * - its header names the bundle's length and checksum, node's version and the
 *   architecture: a rebuilt bundle or another node ignores it (V8 itself
 *   checks only the source's length, which a rebuild may keep);
 * - its name names node's version, the architecture and node's flags (command
 *   line and NODE_OPTIONS), which V8 checks too: two nodes sharing one install
 *   (VS Code's and the system's) each keep a cache of their own instead of
 *   rejecting and rewriting each other's at every start;
 * - its header holds a checksum of the payload: a truncated or corrupt file
 *   is ignored, and V8 may still reject what passes (other V8 flags), which
 *   is reported by `cachedDataRejected` and also ignored;
 * - the checksums are CRC-32 (zlib's, as node's own compile cache uses), where
 *   node has it (20.15 and later), else SHA-1: loading `crypto` alone costs a
 *   start ~4 ms, more than all the rest of this check;
 * - any error reading, checking or writing it leaves the bundle to run
 *   compiled from source, as `require` would.
 * A missing or unusable cache is written once, when the process exits or
 * after `writeAfterMs`, whichever is first, so that it holds what the run
 * compiled; it is written to a temporary file and renamed into place.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import Module from 'module';
import { checksum, readCache as readCacheFile, userCacheDir, writeCache as writeCacheFile } from './cacheFile';

const MAGIC = 'casefacts-code-cache 2';

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

/**
 * Where the cache of a bundle may live: next to it, else in the user's cache
 * directory. V8 accepts a cache only from its own version and the same flags, so
 * each node and each set of flags (a debugger, a profiler, NODE_OPTIONS) has a
 * file of its own and does not undo another's.
 */
export function cacheFiles(bundle: string, runtime: Runtime = thisRuntime()): string[] {
  const files = [besideBundle(bundle, runtime)];
  const dir = userCacheDir('code-cache');
  if (dir) {
    const id = checksum(path.resolve(bundle));
    files.push(path.join(dir, `${path.basename(bundle)}-${id}.${runtimeTag(runtime)}.cache`));
  }
  return files;
}

/** What V8 checks a code cache against, beyond the source: its own build and its flags. */
export interface Runtime {
  /** `process.version` and `process.arch`. */
  readonly node: string;
  /** Node's flags: `process.execArgv` and `NODE_OPTIONS`. */
  readonly flags: readonly string[];
}

const thisRuntime = (): Runtime => ({
  node: `${process.version} ${process.arch}`,
  flags: [...process.execArgv, process.env.NODE_OPTIONS ?? ''],
});

/** The first of `cacheFiles`, without looking for the user's directory. */
function besideBundle(bundle: string, runtime: Runtime = thisRuntime()): string {
  return `${bundle}.${runtimeTag(runtime)}.cache`;
}

const runtimeTag = (runtime: Runtime) => checksum([runtime.node, ...runtime.flags].join('\0')).slice(-8);

/** What a cache must have been made from: this source (its bytes), this node, this architecture. */
function identity(bytes: Buffer): string {
  return `${bytes.length} ${checksum(bytes)} ${process.version} ${process.arch}`;
}

/** The payload of a code cache file made for `key`, or undefined (missing, stale, corrupt). */
export const readCache = (file: string, key: string): Buffer | undefined => readCacheFile(file, MAGIC, key);

/** Writes a code cache file atomically; false when the directory cannot be written. */
export const writeCache = (file: string, key: string, data: Buffer): boolean => writeCacheFile(file, MAGIC, key, data);

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
  // The places for the cache: the one next to the bundle is tried first on its own, as
  // finding the user's cache directory loads `os`.
  let files: readonly string[] | undefined = options.files;
  const places = () => (files ??= cacheFiles(file));
  let key = '';
  let cached: Buffer | undefined;
  let from: string | undefined;
  try {
    key = identity(bytes);
    const first = files ? files[0] : besideBundle(file);
    cached = first === undefined ? undefined : readCache(first, key);
    from = first;
    for (const f of cached ? [] : places().slice(1)) {
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
  let due = !accepted && (files === undefined || files.length > 0);
  const atExit = () => writeNow();
  const writeNow = (): string | undefined => {
    if (!due) {
      return undefined;
    }
    due = false;
    process.removeListener('exit', atExit); // written once: nothing left to do at exit
    try {
      const data = script.createCachedData();
      // Next to the bundle when that directory is writable, else the next place.
      return places().find((f) => writeCache(f, key, data));
    } catch {
      return undefined;
    }
  };
  if (due) {
    process.once('exit', atExit);
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
