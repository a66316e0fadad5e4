/** What the real-editor tiers (test/nvim, test/emacs) share. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * For a suite's `suiteSetup`: an editor that is not installed fails the tier loudly, saying
 * what to install, unless `skip` (an environment variable) is set to 1 on purpose.
 */
export function requireEditor(ctx: Mocha.Context, editor: { command: string; skip: string; install: string }): void {
  if (spawnSync(editor.command, ['--version']).status === 0) {
    return;
  }
  if (process.env[editor.skip] === '1') {
    ctx.skip();
  }
  throw new Error(`${editor.command} is not installed: ${editor.install} (or set ${editor.skip}=1 to skip this tier)`);
}

/** A brief written to a fresh temporary directory; its path. */
export function briefFile(text: string, name = 'brief.case'): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-brief-')), name);
  fs.writeFileSync(file, text);
  return file;
}
