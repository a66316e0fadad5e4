/** Finds and reads the nearest `.casefacts.json` above a file (Node only: the server and the CLI). */
import * as fs from 'fs';
import * as path from 'path';
import { CaseFactsConfig, CONFIG_FILE, parseConfig } from '../service/config';
import type { Message } from '../service/i18n/messages';

/** Far more than every rule at every level with any spacing (~2 kB), and far less than would hold anything up. */
export const MAX_CONFIG_BYTES = 1_000_000;

export interface LoadedConfig {
  readonly path?: string;
  readonly config: CaseFactsConfig;
  /** What is wrong in it, to be said in the reader's locale. */
  readonly problems: readonly Message[];
}

/**
 * Looks for `.casefacts.json` in `dir` and its parents, stopping at `root`
 * (the workspace folder) when given, else at the filesystem root. What has that
 * name but is not a file (a directory, a named pipe) is passed over.
 */
export function loadConfig(dir: string, root?: string): LoadedConfig {
  let cur = path.resolve(dir);
  const stop = root ? path.resolve(root) : undefined;
  for (;;) {
    const file = path.join(cur, CONFIG_FILE);
    let text: string | undefined;
    try {
      // a regular file only: reading a named pipe of that name would wait for a writer for ever
      const st = fs.statSync(file);
      if (st.isFile() && st.size > MAX_CONFIG_BYTES) {
        // a few rules and a locale: one this big is no config, and reading and parsing it would
        // hold the server (hundreds of megabytes: seconds, and the memory), so it is refused
        return { path: file, config: { rules: {} }, problems: [{ id: 'config.tooLarge', args: { size: st.size } }] };
      }
      text = st.isFile() ? fs.readFileSync(file, 'utf8') : undefined;
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      const { config, problems } = parseConfig(text);
      return { path: file, config, problems };
    }
    const parent = path.dirname(cur);
    if (parent === cur || (stop && cur === stop)) {
      return { config: { rules: {} }, problems: [] };
    }
    cur = parent;
  }
}
