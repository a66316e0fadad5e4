/**
 * Saved diagnostics: each brief's last list, kept in the user's cache, so that
 * reopening a brief (an editor restoring its tabs, the next morning's session)
 * shows its diagnostics at once instead of after a whole first analysis: 260 ms
 * from a cold start at 5,000 lines, 600 ms at 50,000 (bench/).
 *
 * A saved list is only ever a preview. It is published only for the exact text
 * it was made from (its length and checksum), at the same uri, in the same
 * language, under the same settings (display language, rule levels, what the
 * client shows) and by the same server build (the bundle's checksum); and the
 * brief is analysed right after all the same, the real list replacing the
 * saved one if they differ. A saved file that is stale, truncated or corrupt
 * is not used (cacheFile.ts); any error reading or writing is ignored.
 *
 * A list is written when its brief has been quiet for `quietMs` after a
 * validation, when the brief is closed, and when the server exits; only the
 * newest `keep` files are kept. Files are private to the user (0600 in a 0700
 * directory). `caseFacts.validate.remember: false` turns it off.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver';
import { checksum, readCache, writeCache } from './cacheFile';
import { listFromJson, listJson, listOfJson } from './publishEncoder';

const MAGIC = 'casefacts-saved-diagnostics 1';

/** What a saved list was made from, but its text. */
export interface SavedKey {
  readonly uri: string;
  readonly languageId: string;
  /** The settings the list depends on, as one JSON string. */
  readonly settings: string;
}

interface Pending {
  readonly key: SavedKey;
  /** The text the list was made from, if it is still the document's (undefined: it changed). */
  readonly text: () => string | undefined;
  readonly list: readonly Diagnostic[];
  timer?: NodeJS.Timeout;
}

export interface SavedDiagnosticsOptions {
  /** Where the files are; undefined: nothing is saved or found. */
  readonly dir: string | undefined;
  /** The server build's identity (a changed server may conclude otherwise). */
  readonly build: string;
  readonly quietMs?: number;
  readonly keep?: number;
}

export class SavedDiagnostics {
  private readonly pending = new Map<string, Pending>();
  /** Files known to hold their list: found or written by this server. */
  private readonly known = new Set<string>();
  private readonly quietMs: number;
  private readonly keep: number;

  constructor(private readonly options: SavedDiagnosticsOptions) {
    this.quietMs = options.quietMs ?? 1500;
    this.keep = options.keep ?? 64;
  }

  /**
   * The list saved for exactly this text, or undefined. `unparsed`: the list as its bytes
   * alone (`listOfJson`), for a connection written by publishEncoder.ts.
   */
  find(key: SavedKey, text: string, unparsed = false): Diagnostic[] | undefined {
    if (!this.options.dir) {
      return undefined;
    }
    const sum = checksum(text);
    const file = this.file(key, sum);
    const data = readCache(file, MAGIC, this.header(key, text.length, sum));
    // written as the very bytes read (publishEncoder.ts), not serialised again
    const list = data && (unparsed ? listOfJson(data) : listFromJson(data));
    if (!list) {
      return undefined;
    }
    touch(file); // kept the longer for being used
    this.known.add(file);
    return list as Diagnostic[];
  }

  /**
   * A validated list, to be written once its brief has been quiet for a while.
   * `text` answers the text the list was made from while the document still has it.
   */
  remember(key: SavedKey, text: () => string | undefined, list: readonly Diagnostic[]): void {
    if (!this.options.dir) {
      return;
    }
    const known = this.pending.get(key.uri);
    clearTimeout(known?.timer);
    const entry: Pending = { key, text, list };
    entry.timer = setTimeout(() => this.write(key.uri), this.quietMs);
    entry.timer.unref();
    this.pending.set(key.uri, entry);
  }

  /** Writes a document's pending list now (it was closed); nothing when there is none. */
  write(uri: string): void {
    const entry = this.pending.get(uri);
    if (!entry) {
      return;
    }
    clearTimeout(entry.timer);
    this.pending.delete(uri);
    const text = entry.text();
    if (text === undefined || !this.options.dir) {
      return; // a newer version superseded it
    }
    const sum = checksum(text);
    const file = this.file(entry.key, sum);
    const header = this.header(entry.key, text.length, sum);
    // The same text under the same settings gives the same list: one saved for this key, by this
    // server or another (a server restarting while the last one exits), is not written again.
    if (this.known.has(file) || readCache(file, MAGIC, header) !== undefined) {
      this.known.add(file);
      return;
    }
    if (writeCache(file, MAGIC, header, listJson(entry.list))) {
      this.known.add(file);
      this.prune();
    }
  }

  /** Drops a document's pending list, unwritten (remembering was turned off). */
  forget(uri: string): void {
    clearTimeout(this.pending.get(uri)?.timer);
    this.pending.delete(uri);
  }

  /** Writes every pending list (the server exits). */
  flush(): void {
    for (const uri of [...this.pending.keys()]) {
      this.write(uri);
    }
  }

  /** One file per uri, settings, build and text (by its checksum). */
  private file(key: SavedKey, textSum: string): string {
    const { dir, build } = this.options;
    const hex = (sum: string) => sum.replace(/^[a-z0-9]+-/, '');
    return path.join(dir as string, `${hex(checksum(`${build}\0${key.uri}\0${key.languageId}\0${key.settings}`))}-${hex(textSum)}.diagnostics`);
  }

  /** The header line a file must carry: everything it was made from (the text by length and checksum). */
  private header(key: SavedKey, textLength: number, textSum: string): string {
    return JSON.stringify([this.options.build, key.uri, key.languageId, key.settings, textLength, textSum]);
  }

  /** Deletes all but the newest `keep` files. */
  private prune(): void {
    const dir = this.options.dir as string;
    try {
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.diagnostics'));
      if (files.length <= this.keep) {
        return;
      }
      const aged = files.map((f) => ({ f, at: mtime(path.join(dir, f)) })).sort((a, b) => b.at - a.at);
      for (const { f } of aged.slice(this.keep)) {
        fs.rmSync(path.join(dir, f), { force: true });
        this.known.delete(path.join(dir, f));
      }
    } catch {
      // another server pruning at the same time, or the directory gone: next time
    }
  }
}

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function touch(file: string): void {
  try {
    const now = new Date();
    fs.utimesSync(file, now, now);
  } catch {
    // read-only: it is only kept the shorter
  }
}
