/**
 * Files in the user's cache: written whole and atomically, read back only when
 * their header names what they were made for and their payload is intact. Any
 * error reading or writing one is reported as "no cache", never thrown: a cache
 * is only ever an optimisation. Used by the code cache (codeCache.ts) and the
 * saved diagnostics (savedDiagnostics.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

/**
 * A checksum of bytes, as hex: CRC-32 (zlib's, as node's own compile cache
 * uses) where node has it (20.15 and later), else SHA-1: loading `crypto` alone
 * costs a start ~6 ms, more than all the rest of a cache's check.
 */
export function checksum(data: Buffer | string): string {
  const crc32 = (zlib as { crc32?: (data: Buffer | string) => number }).crc32;
  if (crc32) {
    return `crc32-${crc32(data).toString(16).padStart(8, '0')}`;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only on a node without zlib.crc32
  const { createHash } = require('crypto') as typeof import('crypto');
  return `sha1-${createHash('sha1').update(data).digest('hex')}`;
}

/**
 * A directory of this tool's in the user's cache directory (per user, like node's own
 * compile cache), or in `CASEFACTS_CACHE_DIR` when that is set (tests, the bench).
 */
export function userCacheDir(name: string): string | undefined {
  if (process.env.CASEFACTS_CACHE_DIR) {
    return path.join(process.env.CASEFACTS_CACHE_DIR, name);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a cache is looked for there
  const home = (require('os') as typeof import('os')).homedir();
  if (process.platform === 'win32') {
    const base = process.env.LOCALAPPDATA ?? (home ? path.join(home, 'AppData', 'Local') : undefined);
    return base ? path.join(base, 'casefacts', name) : undefined;
  }
  if (process.platform === 'darwin') {
    return home ? path.join(home, 'Library', 'Caches', 'casefacts', name) : undefined;
  }
  const base = process.env.XDG_CACHE_HOME || (home ? path.join(home, '.cache') : undefined);
  return base ? path.join(base, 'casefacts', name) : undefined;
}

/**
 * The payload of a cache file made under `magic` for `key`, or undefined
 * (missing, made for something else, truncated, corrupt). The key is one line.
 */
export function readCache(file: string, magic: string, key: string): Buffer | undefined {
  let buf: Buffer;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    // checked on the open file, so that what is read is what was checked
    if (!trusted(fs.fstatSync(fd))) {
      return undefined;
    }
    buf = fs.readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) {
      fs.closeSync(fd);
    }
  }
  // Header: magic \n key \n checksum \n, then the payload.
  const header = `${magic}\n${key}\n`;
  const headerBytes = Buffer.byteLength(header, 'utf8');
  const sumEnd = buf.indexOf(10, headerBytes) + 1;
  if (sumEnd <= headerBytes || sumEnd - headerBytes > 64 || buf.length <= sumEnd || buf.toString('utf8', 0, headerBytes) !== header) {
    return undefined;
  }
  const data = buf.subarray(sumEnd);
  return buf.toString('latin1', headerBytes, sumEnd - 1) === checksum(data) ? data : undefined;
}

/**
 * Whether a cache file is one only this user (or root) could have written: a regular file of
 * theirs that no one else may write. V8 runs a code cache's compiled code without checking
 * where it came from, and a saved list is shown as the brief's diagnostics, so a file another
 * user put in a shared cache directory (a `CASEFACTS_CACHE_DIR` such as /tmp/…) is not read.
 * Ours are written 0600. Windows has no uid: there the directory's ACLs decide.
 */
function trusted(st: fs.Stats): boolean {
  const uid = process.getuid?.();
  return st.isFile() && (uid === undefined || ((st.uid === uid || st.uid === 0) && (st.mode & 0o022) === 0));
}

/** Writes a cache file atomically (private to the user); false when it cannot be written. */
export function writeCache(file: string, magic: string, key: string, data: Buffer): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    makeDirectory(path.dirname(file));
    // a new file, never one that is there: in a cache directory others can write to (one set by
    // CASEFACTS_CACHE_DIR), a link planted at this name would have been written through
    fs.rmSync(tmp, { force: true });
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${magic}\n${key}\n${checksum(data)}\n`, 'utf8'), data]), { mode: 0o600, flag: 'wx' });
    fs.renameSync(tmp, file);
    sweepTemporaries(file);
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
 * Creates a directory and its missing parents (0700), as `mkdir -p`. Not node's
 * `mkdirSync(dir, { recursive: true })`: that spins for ever, never returning, when a
 * parent is a directory that answers ENOENT for any child, as /proc does (node reads
 * ENOENT as "make the parent first", the parent exists, and the child is tried again).
 * A cache directory set to such a place froze the server at its first save. Here each
 * directory is tried at most twice, so the depth of the path bounds the work.
 */
function makeDirectory(dir: string): void {
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && fs.statSync(dir).isDirectory()) {
      return;
    }
    const parent = path.dirname(dir);
    if (code !== 'ENOENT' || parent === dir) {
      throw error;
    }
    makeDirectory(parent);
    fs.mkdirSync(dir, { mode: 0o700 }); // ENOENT again: the parent cannot hold it
  }
}

/** How old another process's temporary file must be to count as abandoned (its writer killed mid-write). */
export const ABANDONED_MS = 10 * 60_000;

/**
 * Deletes the temporary files of `file` that a writer killed between writing and
 * renaming left behind (`file.PID.tmp`), once they are old enough not to be
 * another process's write in progress. Each would otherwise stay for good.
 */
function sweepTemporaries(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  try {
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith(prefix) && /^\d+\.tmp$/.test(name.slice(prefix.length))) {
        const stale = path.join(dir, name);
        if (Date.now() - fs.statSync(stale).mtimeMs > ABANDONED_MS) {
          fs.rmSync(stale, { force: true });
        }
      }
    }
  } catch {
    // another process sweeping, or the directory gone: next time
  }
}
