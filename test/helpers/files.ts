/** The files under a folder that a test reads (our sources, docs, snippets), in a stable order. */
import * as fs from 'fs';
import * as path from 'path';

/** Every file below `dir` (recursively, sorted) for which `keep` holds. */
export function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      out.push(...filesUnder(p, keep));
    } else if (keep(p)) {
      out.push(p);
    }
  }
  return out;
}
