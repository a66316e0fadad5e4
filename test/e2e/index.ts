// The mocha runner that VS Code's extension host loads as `extensionTestsPath`
// (like @vscode/test-electron's sample): tdd ui, every *.test.js beside this file.
//
// Each reporter line is also written with an `[e2e] ` prefix to the console, which the
// workbench forwards to the page; scripts/code-server/run-extension-tests.mjs prints
// those lines, so the suite's output shows up in the terminal that ran it.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export const LOG_PREFIX = '[e2e] ';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: Number(process.env.CASEFACTS_E2E_TEST_TIMEOUT_MS || 60_000),
    reporter: 'spec',
    grep: process.env.CASEFACTS_E2E_GREP || undefined,
  });
  // mocha's reporters print through Base.consoleLog; tag their lines for the runner.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const original = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    const text = args.length ? formatLine(args) : '';
    for (const line of text.split('\n')) {console.log(LOG_PREFIX + line);}
  };

  const dir = __dirname;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) {mocha.addFile(path.join(dir, f));}

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats;
        const passed = stats?.passes ?? 0;
        const pending = stats?.pending ?? 0;
        // A plain closing line that CI reads: "e2e: N passed, N failed[, N skipped]".
        console.log(`${LOG_PREFIX}e2e: ${passed} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
        base.consoleLog = original;
        if (files.length === 0) {reject(new Error(`no *.test.js files in ${dir}`));}
        else if (failures > 0) {reject(new Error(`${failures} test(s) failed.`));}
        else {resolve();}
      });
    } catch (err) {
      base.consoleLog = original;
      reject(err);
    }
  });
}

function formatLine(args: unknown[]): string {
  // mocha calls consoleLog(format, ...values) with %s/%d/%j placeholders
  const [fmt, ...rest] = args;
  if (typeof fmt !== 'string') {return args.map(String).join(' ');}
  let i = 0;
  const out = fmt.replace(/%[sdj%]/g, (m) => {
    if (m === '%%') {return '%';}
    const v = rest[i++];
    return m === '%j' ? JSON.stringify(v) : String(v);
  });
  return [out, ...rest.slice(i).map(String)].join(' ');
}
