/**
 * `casefacts check|analyze|format`: the second thin front on the language service
 * (cli.md; `format` is ours, docs/spec-notes.md). Every failure to run is one line on
 * standard error and exit 2.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Writable } from 'stream';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { loadConfig } from '../node/configFile';
import { mergeRules } from '../service/config';
import { format, resolveLocale, type Locale, type Message } from '../service/i18n/messages';
import { findingsToDiagnostics, isMarkdown, parseText } from '../service/languageService';
import { extractCase, hasCaseBlock } from '../service/markdown';
import { formatDocument } from '../service/formatter';
import { jsonPieces, writtenElementwise } from '../service/lists';
import { htmlPagePieces } from '../service/report/html';
import { markdownPieces } from '../service/report/markdown';
import { buildReport, reportJson, severityName, Report } from '../service/report/report';
import { analysisTextPieces, checkTextPieces, type Row } from './text';
import { jsonForTerminal, showControls } from '../service/report/controls';
import { toSarif } from './sarif';
import type { Level } from '../service/rules/meta';
import { RULES } from '../service/rules/meta';
import './messages';

/**
 * An error that ends the command with exit 2 and one line on stderr. `usage`: a mistake
 * in the command line itself, whose line also points to `--help`.
 */
export class UsageError extends Error {
  constructor(readonly text: Message, readonly usage = false) {
    super(format(text, 'en'));
  }
}

/** A usage error by its message id (cli/messages.ts) and arguments. */
const usage = (id: string, args: Record<string, string> = {}, isUsage = true) => new UsageError({ id: `cli.err.${id}`, args }, isUsage);

/** The locale a failed command line asked for, read before (or without) parsing it. */
function askedLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const v = argv[i] === '--locale' ? argv[i + 1] : argv[i].startsWith('--locale=') ? argv[i].slice('--locale='.length) : undefined;
    if (v !== undefined) {
      return resolveLocale(v);
    }
  }
  return 'en';
}

interface Options {
  command: 'check' | 'analyze' | 'format';
  files: string[];
  format: string;
  locale?: Locale;
  rules: Record<string, Level>;
  maxWarnings?: number;
  /** `format --check`: list what would change, write nothing. */
  check?: boolean;
}

const USAGE = `Usage:
  casefacts check   FILE... [--format text|json|sarif] [--locale en|zh-CN] [--rule ID=off|info|warning|error]... [--max-warnings N]
  casefacts analyze FILE... [--format text|json|markdown|html] [--locale en|zh-CN]
  casefacts format  FILE... [--check] [--locale en|zh-CN]
FILE is a .case file, a Markdown brief with \`\`\`case blocks, a directory (searched for both), or - for standard input.`;

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'analyze' && command !== 'format') {
    throw command ? usage('unknownCommand', { command }) : usage('noCommand');
  }
  const opts: Options = { command, files: [], format: 'text', rules: {} };
  const formats = command === 'check' ? ['text', 'json', 'sarif'] : command === 'analyze' ? ['text', 'json', 'markdown', 'html'] : ['text'];
  const value = (i: number, flag: string) => {
    const v = rest[i + 1];
    if (v === undefined) {
      throw usage('needsValue', { flag });
    }
    return v;
  };
  let options = true;
  for (let i = 0; i < rest.length; i++) {
    let arg = rest[i];
    // after `--`, every argument is a FILE, even one that starts with `-`
    if (!options) {
      opts.files.push(arg);
      continue;
    }
    if (arg === '--') {
      options = false;
      continue;
    }
    let inline: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const take = () => {
      if (inline !== undefined) {
        return inline;
      }
      const v = value(i, arg);
      i++;
      return v;
    };
    switch (arg) {
      case '--format': {
        const f = take();
        if (!formats.includes(f)) {
          throw usage('format', { formats: formats.join(', '), command });
        }
        opts.format = f;
        break;
      }
      case '--locale': {
        const l = take();
        if (l !== 'en' && l !== 'zh-CN') {
          throw usage('locale');
        }
        opts.locale = l;
        break;
      }
      case '--rule': {
        if (command !== 'check') {
          throw usage('ruleCheckOnly');
        }
        const spec = take();
        const m = /^([a-z0-9-]+)=(off|info|information|warning|error)$/.exec(spec);
        if (!m) {
          throw usage('ruleSpec', { spec });
        }
        if (!RULES.some((r) => r.id === m[1])) {
          throw usage('unknownRule', { rule: m[1] }, false);
        }
        opts.rules[m[1]] = (m[2] === 'information' ? 'info' : m[2]) as Level;
        break;
      }
      case '--max-warnings': {
        if (command !== 'check') {
          throw usage('maxWarningsCheckOnly');
        }
        const n = take();
        if (!/^\d+$/.test(n)) {
          throw usage('maxWarningsNumber');
        }
        opts.maxWarnings = Number(n);
        break;
      }
      case '--check':
        if (command !== 'format' || inline !== undefined) {
          throw usage(command === 'format' ? 'checkNoValue' : 'checkFormatOnly');
        }
        opts.check = true;
        break;
      case '-h':
      case '--help':
        process.stdout.write(USAGE + '\n');
        process.exit(0);
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') {
          throw usage('unknownOption', { option: rest[i] });
        }
        opts.files.push(rest[i]);
    }
  }
  if (opts.files.length === 0) {
    throw usage('noFile');
  }
  return opts;
}

interface Input {
  /** The path as shown to the user. */
  readonly name: string;
  readonly text: string;
  readonly markdown: boolean;
  /** Directory for finding `.casefacts.json`. */
  readonly dir: string;
  /** The file began with a UTF-8 byte order mark (taken off `text`). */
  readonly bom?: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(name: string, bytes: Buffer): string {
  // UTF-16 with its byte order mark, as Windows Notepad saves "Unicode": say so, not "binary"
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw usage('utf16', { file: name }, false);
  }
  if (bytes.includes(0)) {
    throw usage('binary', { file: name }, false);
  }
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw usage('notUtf8', { file: name }, false);
  }
}

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usage(code === 'EACCES' ? 'permissionDenied' : code === 'ENOENT' ? 'noSuchFile' : 'cannotRead', { file }, false);
  }
}

/**
 * Collects briefs from a directory: .case files, and Markdown files with case blocks. A link
 * is followed only to what lies inside the directory named on the command line (`root`, its
 * real path): a link in a checked-out tree to a file elsewhere (`leak.case -> ~/.git-credentials`)
 * would otherwise be read, and its words quoted in the diagnostics of a CI log.
 */
function walk(dir: string, seen: Set<string>, out: string[], root?: string): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    throw usage('cannotRead', { file: dir }, false);
  }
  if (seen.has(real)) {
    return; // a directory loop through links: each folder once
  }
  seen.add(real);
  const top = root ?? real;
  const inside = (p: string) => p === top || p.startsWith(top.endsWith(path.sep) ? top : top + path.sep);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    throw usage('cannotRead', { file: dir }, false);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const ent of entries) {
    if (ent.name.startsWith('.') || ent.name === 'node_modules') {
      continue;
    }
    const p = path.join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        if (!inside(fs.realpathSync(p))) {
          continue; // a link out of the tree
        }
        const st = fs.statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (isDir) {
      walk(p, seen, out, top);
    } else if (isFile && /\.case$/i.test(ent.name)) {
      out.push(p);
    } else if (isFile && /\.(md|markdown)$/i.test(ent.name)) {
      try {
        const text = fs.readFileSync(p, 'utf8');
        if (hasCaseBlock(text) && extractCase(text).regions.length > 0) {
          out.push(p);
        }
      } catch {
        // an unreadable Markdown file that is not named is not a brief we were asked for
      }
    }
  }
}

function readStdin(): Buffer {
  try {
    return fs.readFileSync(0);
  } catch {
    throw usage('stdin', {}, false);
  }
}

/** The file itself, whatever path or link names it (two names of one file are one brief). */
function identity(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** A brief read from its bytes. */
function read(name: string, bytes: Buffer, markdown: boolean, dir: string): Input {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { name, text: decode(name === '-' ? '<stdin>' : name, bytes), markdown, dir, bom };
}

function gatherInputs(files: string[]): Input[] {
  const inputs: Input[] = [];
  // each brief once, though named twice (`a.case a.case`, a directory and a file in it, `- -`)
  const named = new Set<string>();
  const add = (id: string, read: () => Input) => {
    if (!named.has(id)) {
      named.add(id);
      inputs.push(read());
    }
  };
  for (const f of files) {
    if (f === '-') {
      add('-', () => read('-', readStdin(), false, process.cwd()));
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(f);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw usage(code === 'ENOENT' ? 'noSuchFileOrDirectory' : code === 'ELOOP' ? 'linkLoop' : 'cannotRead', { file: f }, false);
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(f, new Set(), found);
      if (found.length === 0) {
        throw usage('emptyDirectory', { file: f }, false);
      }
      for (const p of found) {
        add(identity(p), () => read(p, readFile(p), /\.(md|markdown)$/i.test(p), path.dirname(p)));
      }
    } else if (!st.isFile()) {
      // A FIFO, socket or device: reading it would block or never end (/dev/zero).
      throw usage('notRegular', { file: f }, false);
    } else {
      add(identity(f), () => read(f, readFile(f), /\.(md|markdown)$/i.test(f), path.dirname(path.resolve(f))));
    }
  }
  return inputs;
}

interface Checked {
  readonly input: Input;
  readonly document: TextDocument;
  readonly diagnostics: Diagnostic[];
  readonly report: () => Report;
}

/**
 * Every brief checked, each in its own locale (`--locale`, else its `.casefacts.json`'s,
 * else English), and the run's locale, for what speaks of the whole run (the summary line,
 * SARIF's rule texts, a page's title): `--locale`, else the one all the briefs share, else
 * English.
 */
function checkAll(opts: Options): { checked: Checked[]; locale: Locale } {
  const inputs = gatherInputs(opts.files);
  const locales = new Set<Locale>();
  const reported = new Set<string>();
  const checked = inputs.map((input): Checked => {
    const loaded = loadConfig(input.dir);
    const fileLocale = opts.locale ?? loaded.config.locale ?? 'en';
    if (loaded.path && !reported.has(loaded.path)) {
      reported.add(loaded.path); // a config's problems once, not once per brief it governs, in its briefs' language
      for (const p of loaded.problems) {
        process.stderr.write(`casefacts: ${showControls(`${loaded.path}: ${format(p, fileLocale)}`)}\n`);
      }
    }
    locales.add(fileLocale);
    const uri = input.name === '-' ? 'untitled:stdin.case' : `file://${path.resolve(input.name)}`;
    const document = TextDocument.create(uri, input.markdown ? 'markdown' : 'casefacts', 1, input.text);
    const parsed = parseText(uri, 1, input.text, isMarkdown(document));
    if (parsed.markdown && parsed.regions.length === 0) {
      // named on the command line (a directory's search skips such files): say that nothing in it was checked
      process.stderr.write(`casefacts: ${format({ id: 'cli.note.noCaseBlock', args: { file: input.name } }, fileLocale)}\n`);
    }
    const diagnostics = findingsToDiagnostics(parsed, document, {
      locale: fileLocale,
      rules: mergeRules(loaded.config.rules, opts.rules),
    });
    return { input, document, diagnostics, report: () => buildReport(input.name, parsed, document, diagnostics, fileLocale) };
  });
  return { checked, locale: opts.locale ?? (locales.size === 1 ? [...locales][0] : 'en') };
}

/**
 * `format`: each brief laid out as the editor's formatting does (service/formatter.ts: only
 * whitespace changes; a Markdown brief's prose and lines holding a syntax error are left as
 * they are). Files are rewritten in place, only when something changes, through a temporary
 * file renamed over them (a write cut short leaves the brief as it was), keeping their mode,
 * owner, byte order mark and line breaks; `-` is written to standard output. With `--check`
 * nothing is written: the briefs that would change are listed and the status is 1.
 */
function formatAll(opts: Options): number {
  const inputs = gatherInputs(opts.files);
  const locale = opts.locale ?? 'en';
  let changed = 0;
  for (const input of inputs) {
    const uri = input.name === '-' ? 'untitled:stdin.case' : `file://${path.resolve(input.name)}`;
    const document = TextDocument.create(uri, input.markdown ? 'markdown' : 'casefacts', 1, input.text);
    const parsed = parseText(uri, 1, input.text, input.markdown);
    const formatted = TextDocument.applyEdits(document, formatDocument(document, parsed));
    if (input.name === '-') {
      if (!opts.check) {
        process.stdout.write(formatted);
      }
      changed += formatted === input.text ? 0 : 1;
      continue;
    }
    if (formatted === input.text) {
      continue;
    }
    changed++;
    if (!opts.check) {
      writeInPlace(input.name, (input.bom ? '\uFEFF' : '') + formatted);
    }
    process.stdout.write(`${showControls(format({ id: opts.check ? 'cli.format.wouldChange' : 'cli.format.changed', args: { file: input.name } }, locale))}\n`);
  }
  const files = inputs.filter((i) => i.name !== '-').length;
  if (files > 0) {
    process.stderr.write(`casefacts: ${format({ id: opts.check ? 'cli.format.checkSummary' : 'cli.format.summary', args: { changed, files } }, locale)}\n`);
  }
  return opts.check && changed > 0 ? 1 : 0;
}

/** Replaces a file's content atomically (a temporary file beside it, renamed), as the same file: its mode and owner kept, a link's target written. */
function writeInPlace(file: string, text: string): void {
  let target: string;
  let st: fs.Stats;
  try {
    target = fs.realpathSync(file);
    st = fs.statSync(target);
  } catch {
    throw usage('cannotWrite', { file }, false);
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.casefacts-tmp`);
  try {
    fs.writeFileSync(tmp, text, { encoding: 'utf8', mode: st.mode & 0o7777, flag: 'wx' });
    try {
      fs.chmodSync(tmp, st.mode & 0o7777); // the umask narrowed the mode given at creation
      if (typeof process.getuid === 'function' && process.getuid() === 0) {
        fs.chownSync(tmp, st.uid, st.gid); // root formatting a user's brief leaves it theirs
      }
    } catch {
      // the content matters more than the mode
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing was made
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw usage(code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'cannotWritePermission' : 'cannotWrite', { file }, false);
  }
}

/**
 * Runs a command; its exit status, or for `check` and `analyze` a promise of it, kept once
 * their output is written out.
 */
export function run(argv: string[]): number | Promise<number> {
  const opts = parseArgs(argv);
  if (opts.command === 'format') {
    return formatAll(opts);
  }
  const { checked, locale } = checkAll(opts);
  if (opts.command === 'analyze') {
    // the reports alone from here: the briefs' trees and diagnostics can go while they are written
    return writeReports(checked.map((c) => c.report()), opts.format, locale);
  }
  const rows = checked.flatMap((c) => checkRows(c.input.name, c.diagnostics));
  const errors = rows.filter((r) => r.severity === 'error').length;
  const warnings = rows.filter((r) => r.severity === 'warning').length;
  const status = errors > 0 || (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) ? 1 : 0;
  // known before the first byte: a reader that stops reading (`| head`) ends the run with it (outputFailed)
  process.exitCode = status;
  return writeCheck(rows, opts.format, checked.length, locale).then(() => status);
}

/** A brief's diagnostics as `check` writes them, under the brief's name: cli.md's fields, in its order. */
export function checkRows(file: string, diagnostics: readonly Diagnostic[]): Row[] {
  return diagnostics.map((d) => ({
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: severityName(d),
    code: String(d.code),
    message: d.message,
  }));
}

/**
 * `check`'s output, written as it is made (`writeInPieces`): the JSON and the SARIF a diagnostic
 * at a time, the text a line at a time, never the whole output as one text. The bytes are those
 * of the whole text at once (JSON.stringify with one space, the lines joined), which the tests
 * compare.
 */
export function writeCheck(rows: readonly Row[], format: string, files: number, locale: Locale, out: Writable = process.stdout): Promise<number> {
  switch (format) {
    case 'json':
      return writeInPieces(jsonText(writtenElementwise(rows)), out);
    case 'sarif':
      return writeInPieces(jsonText(toSarif(rows, locale)), out);
    default:
      return writeInPieces(checkTextPieces(rows, files, locale), out);
  }
}

/**
 * A value's JSON text as the command line writes it, in pieces (`jsonPieces`: its marked lists
 * element by element): as JSON.stringify(…, null, 1) writes it, DEL and the C1 controls escaped
 * (jsonForTerminal: character by character, so piece by piece).
 */
function jsonText(value: unknown): Generator<string, void, undefined> {
  return mapped(jsonPieces(value, ' '), jsonForTerminal);
}

/** Each piece of `pieces` through `f`. */
function* mapped(pieces: Iterable<string>, f: (piece: string) => string): Generator<string, void, undefined> {
  for (const piece of pieces) {
    yield f(piece);
  }
}

/**
 * `analyze`'s output, written as it is made: a provider's part at a time (the JSON's providers
 * one by one, the HTML page's table row by row and section by section), never the whole report
 * as one text. The bytes are those of the whole text at once (renderAnalysisText,
 * renderMarkdown, renderHtml, JSON.stringify with one space), which the tests compare.
 */
export function writeReports(reports: readonly Report[], format: string, locale: Locale, out: Writable = process.stdout): Promise<number> {
  switch (format) {
    case 'json':
      return writeInPieces(jsonText(reports.length === 1 ? reportJson(reports[0]) : writtenElementwise(reports.map(reportJson))), out);
    case 'markdown':
      return writeInPieces(markdownPieces(reports), out);
    case 'html':
      return writeInPieces(htmlPagePieces(reports, locale), out);
    default:
      return writeInPieces(analysisTextPieces(reports), out);
  }
}

/** How much text goes to standard output in one write (in UTF-16 units): a pipe's buffer's worth. */
const WRITE_SIZE = 1 << 16;

/**
 * Writes text given in pieces to standard output (`out`) as it comes, some tens of kilobytes a write,
 * each after the reader took the last ('drain'), so that neither the text nor a queue of it
 * is ever held whole; then a line break if the text does not end with one. Stops making
 * pieces once standard output is closed or broken (`| head`): `outputFailed` then ends the run.
 */
async function writeInPieces(pieces: Iterable<string>, out: Writable): Promise<number> {
  let batch = '';
  let last = '';
  for (const piece of pieces) {
    if (piece === '') {
      continue;
    }
    batch += piece;
    last = piece;
    if (batch.length >= WRITE_SIZE) {
      if (!(await written(out, batch))) {
        return 0;
      }
      batch = '';
    }
  }
  await written(out, last.endsWith('\n') ? batch : `${batch}\n`);
  return 0;
}

/** Writes `text`; true once the stream can take more, false if it is closed or broken. */
function written(out: Writable, text: string): Promise<boolean> {
  if (out.destroyed) {
    return Promise.resolve(false);
  }
  if (out.write(text) && !out.destroyed) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('error', done);
      out.off('close', done);
      resolve(!out.destroyed);
    };
    if (out.destroyed) {
      resolve(false);
      return;
    }
    out.on('drain', done);
    out.on('error', done);
    out.on('close', done);
  });
}

/** The command line's entry: `--help`, `--version`, or a command; sets the exit code (once `check`'s or `analyze`'s output is written). */
export function main(argv: string[], version = '0.1.0'): void | Promise<void> {
  process.stdout.on('error', outputFailed);
  if (argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (argv[0] === '--version') {
    process.stdout.write(`casefacts ${version}\n`);
    return;
  }
  let code: number | Promise<number>;
  try {
    code = run(argv);
  } catch (e) {
    code = failed(e, argv);
  }
  if (typeof code === 'number') {
    process.exitCode = code;
    return;
  }
  return code.then((c) => {
    process.exitCode = c;
  }, (e: unknown) => {
    process.exitCode = failed(e, argv);
  });
}

/** A command that failed: its one line on stderr; exit 2. */
function failed(e: unknown, argv: readonly string[]): number {
  if (e instanceof UsageError) {
    // in the language the command line asked for, as its output would have been
    const locale = askedLocale(argv);
    // a file's name as found in a directory, shown with its control characters (controls.ts)
    process.stderr.write(`casefacts: ${showControls(format(e.text, locale))}${e.usage ? format({ id: 'cli.err.seeHelp' }, locale) : ''}\n`);
  } else {
    process.stderr.write(`casefacts: internal error: ${showControls((e as Error).message)}\n`);
  }
  return 2;
}

/**
 * Standard output could not be written. A reader that stopped reading (`| head`) has what
 * it wanted: the run ends quietly with the status it had (a check's 0 or 1). Any other
 * failure (a full disk) is one line and exit 2, as the output is not all there.
 */
function outputFailed(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') {
    process.exit(process.exitCode ?? 0);
  }
  try {
    process.stderr.write(`casefacts: cannot write the output: ${e.code === 'ENOSPC' ? 'no space left on the device' : e.message}\n`);
  } finally {
    process.exit(2);
  }
}

if (require.main === module) {
  void main(process.argv.slice(2));
}
