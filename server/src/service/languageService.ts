/**
 * The CaseFacts language service: everything that knows the language, behind
 * one interface that imports no `vscode` and no connection. The server, the
 * CLI and the tests call it on a `TextDocument` (like vscode-json-languageservice).
 *
 * Parse and analysis are cached by uri and version; every feature reads the cache.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag } from './lspValues';
import type { CaseDocument } from './ast';
import type { Analysis } from './doctrine/analysis';
import type { Finding } from './findings';
import { format, Locale, Message } from './i18n/messages';
import './i18n/words';
import { extractCase, CaseRegion } from './markdown';
import type { CaseModelSet } from './model';
import { parse } from './parser';
import { composeEdits, Edit, reparse } from './incremental';
import { makeParsed } from './parsedCase';
import { isPieceDocument, stringSource, TextSource } from './pieceDocument';
import { samePosition } from './position';
import { analyseDocument } from './reanalysis';
import { Level, ruleDocUrl, ruleMeta, Severity } from './rules/meta';

export { Locale } from './i18n/messages';

/** Settings that change what the user sees, resolved per resource. */
export interface ValidationSettings {
  readonly locale: Locale;
  /** Rule id → level; overrides each rule's default. */
  readonly rules?: Readonly<Record<string, Level>>;
  /** At most this many diagnostics; then a "too many problems" note. */
  readonly maxProblems?: number;
  /**
   * The optional parts of a diagnostic the editor uses (its LSP client capabilities);
   * by default all. Neovim 0.7 declares neither code links nor data, Eglot not even
   * related locations: a list without them is a third to a half smaller for the
   * editor to parse on every keystroke.
   */
  readonly shows?: DiagnosticParts;
}

export interface DiagnosticParts {
  /** `relatedInformation`: the facts, charge or provider a finding rests on. */
  readonly related: boolean;
  /** `codeDescription`: the link to the rule's page. */
  readonly codeDescription: boolean;
  /** `data`: what the quick fixes read (they fall back to the findings without it). */
  readonly data: boolean;
}

const ALL_PARTS: DiagnosticParts = { related: true, codeDescription: true, data: true };

/** A parsed document and everything derived from it, for one uri and version. */
export interface ParsedCase {
  readonly uri: string;
  readonly version: number;
  /** Case text: for Markdown, the ```case blocks with all else blanked (same offsets). */
  readonly text: string;
  /** The document's own text (for a `.case` file, the same string as `text`). */
  readonly raw: string;
  /**
   * The document's own text as a source: characters and short slices of a
   * long brief are read from it without joining the whole text (`raw` and,
   * for a `.case` file, `text` are joined on first read).
   */
  readonly source: TextSource;
  /** The case text as a source (for a `.case` file, `source`). */
  readonly caseSource: TextSource;
  readonly markdown: boolean;
  readonly regions: readonly CaseRegion[];
  readonly doc: CaseDocument;
  readonly model: CaseModelSet;
  readonly analysis: Analysis;
  /** Every finding, unfiltered by settings, in document order. */
  readonly findings: readonly Finding[];
}

export interface LanguageService {
  /** Parses (or returns the cached parse of) a document. */
  parse(document: TextDocument): ParsedCase;
  /** The diagnostics a user sees, after settings and disable comments. */
  validate(document: TextDocument, settings: ValidationSettings): Diagnostic[];
  /** Forgets a document's cache entry. */
  forget(uri: string): void;
  /**
   * Tells the cache what span an edit covered (`edit` in the coordinates of
   * version `from`; undefined when unknown, e.g. a full-text change). Edits
   * between two parses are composed, and the next parse need not diff the texts.
   */
  didEdit(uri: string, from: number, to: number, edit: Edit | undefined): void;
}

/** Whether a document is a Markdown brief rather than a `.case` file. */
export function isMarkdown(document: { uri: string; languageId?: string }): boolean {
  return document.languageId === 'markdown' || /\.(md|markdown)$/i.test(document.uri);
}

/** Parses and analyses a text (no caching): used by the cache and by what-if. */
export function parseText(uri: string, version: number, raw: string | TextSource, markdown: boolean): ParsedCase {
  const source = typeof raw === 'string' ? stringSource(raw) : raw;
  const { text, regions } = markdown ? extractCase(source.text) : { text: source.text, regions: [] as CaseRegion[] };
  return analyseTree(uri, version, source, markdown, regions, parse(text), markdown ? stringSource(text) : source);
}

/** Everything derived from a tree: facts, conclusions, findings. */
function analyseTree(
  uri: string,
  version: number,
  source: TextSource,
  markdown: boolean,
  regions: readonly CaseRegion[],
  doc: CaseDocument,
  caseSource: TextSource,
): ParsedCase {
  // After an edit to one block, only what rests on that block is made again (reanalysis.ts).
  const { model, analysis, findings } = analyseDocument(doc);
  return makeParsed({ uri, version, source, caseSource, markdown, regions, doc, model, analysis, findings });
}

const DISABLE = /casefacts-disable-next-line(?:\s+([\w\s,-]+))?/;

/** Lines (0-based) and the rules silenced on them by `# casefacts-disable-next-line RULE`. */
export function disabledLines(parsed: ParsedCase, document: TextDocument): Map<number, Set<string> | 'all'> {
  const out = new Map<number, Set<string> | 'all'>();
  for (const c of parsed.doc.comments) {
    const m = c.value.includes('casefacts-disable-next-line') ? DISABLE.exec(c.value) : null;
    if (!m) {
      continue;
    }
    const line = document.positionAt(c.offset).line + 1;
    const ids = (m[1] ?? '').split(/[\s,]+/).filter(Boolean);
    out.set(line, ids.length === 0 ? 'all' : new Set(ids));
  }
  return out;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The level a rule has under the given settings (default: the rule's own). */
export function levelOf(code: string, rules: Readonly<Record<string, Level>> | undefined): Level {
  const set = rules?.[code];
  if (set === 'off' || set === 'info' || set === 'warning' || set === 'error') {
    return set;
  }
  return ruleMeta(code)?.severity ?? 'error';
}

export function toRange(document: TextDocument, offset: number, length: number): Range {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}

/** What a diagnostic was built from: a new finding with the same builds an equal diagnostic. */
interface Built {
  readonly diagnostic: Diagnostic;
  readonly code: string;
  readonly level: Level;
  readonly locale: Locale;
  readonly message: Message;
  readonly related: readonly { readonly range: Range; readonly message: Message }[];
  readonly data: unknown;
}

/**
 * What findingsToDiagnostics built before, so that an unchanged diagnostic is
 * the same object (and its serialisation can be reused).
 * - `byFinding`: a finding the incremental path carried over keeps its
 *   identity; when its ranges, level and locale are unchanged, so is its diagnostic.
 * - `byStart`: after an edit to the facts every finding is new, yet most say
 *   the same thing at the same place: the diagnostics of the last call, by
 *   where they start (replaced on each call). A new finding is compared in
 *   full with those that start where it does; no key strings are built, which
 *   on a brief's first analysis cost more than the diagnostics themselves.
 */
export interface DiagnosticMemo {
  readonly byFinding: WeakMap<Finding, Built>;
  byStart: Map<number, Built | Built[]>;
  /** The version and line count of the document the last call built for. */
  version?: number;
  lineCount?: number;
  /** The "too many problems" note last published. */
  tooMany?: { readonly key: string; readonly diagnostic: Diagnostic };
}

export function diagnosticMemo(): DiagnosticMemo {
  return { byFinding: new WeakMap(), byStart: new Map() };
}

/** A number for where a range starts; two starts may share one (the entries are compared in full). */
const startKey = (r: Range) => (r.start.line << 12) | (r.start.character & 0xfff);

function sameRange(a: Range, b: Range): boolean {
  return samePosition(a.start, b.start) && samePosition(a.end, b.end);
}

function sameArg(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
      return false;
    }
    for (let i = 0; i < a.length; i++) {
      if (!sameMessage(a[i] as Message, b[i] as Message)) {
        return false;
      }
    }
    return true;
  }
  return sameMessage(a as Message, b as Message);
}

/** Whether two messages render to the same text in every locale: the same id and arguments. */
function sameMessage(a: Message, b: Message): boolean {
  if (a === b) {
    return true;
  }
  if (a.id !== b.id) {
    return false;
  }
  const x = a.args;
  const y = b.args;
  if (x === y) {
    return true;
  }
  if (!x || !y) {
    return false;
  }
  for (const name in x) {
    if (!(name in y) || !sameArg(x[name], y[name])) {
      return false;
    }
  }
  for (const name in y) {
    if (!(name in x)) {
      return false;
    }
  }
  return true;
}

function sameData(a: unknown, b: unknown): boolean {
  return a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b));
}

/** Whether `b` is what the finding's parts would build. */
function builds(
  b: Built,
  code: string,
  level: Level,
  locale: Locale,
  range: Range,
  message: Message,
  related: readonly { readonly range: Range; readonly message: Message }[],
  data: unknown,
): boolean {
  if (b.code !== code || b.level !== level || b.locale !== locale || !sameRange(b.diagnostic.range, range) || b.related.length !== related.length) {
    return false;
  }
  for (let i = 0; i < related.length; i++) {
    if (!sameRange(b.related[i].range, related[i].range) || !sameMessage(b.related[i].message, related[i].message)) {
      return false;
    }
  }
  return sameMessage(b.message, message) && sameData(b.data, data);
}

/** Files `b` under where its diagnostic starts. */
function file(map: Map<number, Built | Built[]>, b: Built): void {
  const key = startKey(b.diagnostic.range);
  const there = map.get(key);
  if (there === undefined) {
    map.set(key, b);
  } else if (Array.isArray(there)) {
    there.push(b);
  } else if (there !== b) {
    map.set(key, [there, b]);
  }
}

/**
 * What the edits since the diagnostics were last built left where it was: every
 * position before `start`, and, when no line was added or removed, every position
 * on a line after `endLine` (the line where the edited text now ends), whose line
 * start and the text up to it are the ones the old positions were taken in.
 */
export interface Unmoved {
  readonly start: number;
  readonly endLine: number | undefined;
}

/**
 * Whether a carried-over finding's diagnostic is known to be in place without
 * asking the document: it lies wholly before the edits, or wholly on lines after
 * them. The incremental path shifts a carried-over finding across an edit in
 * place, so its offsets are the document's; this only spares the position lookups.
 */
function unmoved(d: Diagnostic, f: Finding, u: Unmoved, shows: DiagnosticParts): boolean {
  const related = shows.related ? f.related ?? [] : [];
  let end = f.offset + f.length;
  for (const r of related) {
    end = Math.max(end, r.offset + r.length);
  }
  if (end < u.start) {
    return true;
  }
  if (u.endLine === undefined || d.range.start.line <= u.endLine) {
    return false;
  }
  const info = d.relatedInformation ?? [];
  if (info.length !== related.length) {
    return false;
  }
  for (const r of info) {
    if (r.location.range.start.line <= u.endLine) {
      return false;
    }
  }
  return true;
}

/** Whether a diagnostic built earlier still has the finding's ranges in this document. */
function stillPlaced(d: Diagnostic, f: Finding, document: TextDocument, shows: DiagnosticParts): boolean {
  if (!samePosition(d.range.start, document.positionAt(f.offset)) || !samePosition(d.range.end, document.positionAt(f.offset + f.length))) {
    return false;
  }
  if (!shows.related) {
    return true;
  }
  const related = f.related ?? [];
  const info = d.relatedInformation ?? [];
  if (related.length !== info.length) {
    return false;
  }
  for (let i = 0; i < related.length; i++) {
    const r = related[i];
    const at = info[i].location;
    if (at.uri !== document.uri || !samePosition(at.range.start, document.positionAt(r.offset)) || !samePosition(at.range.end, document.positionAt(r.offset + r.length))) {
      return false;
    }
  }
  return true;
}

/** Turns findings into the diagnostics a user sees. Shared by the server and the CLI. */
export function findingsToDiagnostics(
  parsed: ParsedCase,
  document: TextDocument,
  settings: ValidationSettings,
  memo?: DiagnosticMemo,
): Diagnostic[] {
  return buildDiagnostics(parsed, document, settings, Infinity, memo).diagnostics;
}

/**
 * The diagnostics, at most `limit` of them; beyond it the findings a user would
 * see are only counted (`total`), not built.
 */
function buildDiagnostics(
  parsed: ParsedCase,
  document: TextDocument,
  settings: ValidationSettings,
  limit: number,
  memo?: DiagnosticMemo,
  since?: Unmoved,
): { diagnostics: Diagnostic[]; total: number } {
  const disabled = disabledLines(parsed, document);
  const shows = settings.shows ?? ALL_PARTS;
  const out: Diagnostic[] = [];
  let total = 0;
  const byStart = new Map<number, Built | Built[]>();
  for (const f of parsed.findings) {
    const level = levelOf(f.code, settings.rules);
    if (level === 'off') {
      continue;
    }
    if (out.length >= limit) {
      const off = disabled.size > 0 ? disabled.get(document.positionAt(f.offset).line) : undefined;
      if (!(off === 'all' || off?.has(f.code))) {
        total++;
      }
      continue;
    }
    const known = memo?.byFinding.get(f);
    if (known && known.level === level && known.locale === settings.locale &&
      ((since !== undefined && unmoved(known.diagnostic, f, since, shows)) || stillPlaced(known.diagnostic, f, document, shows))) {
      const off = disabled.get(known.diagnostic.range.start.line);
      if (!(off === 'all' || off?.has(f.code))) {
        out.push(known.diagnostic);
        total++;
        file(byStart, known);
      }
      continue;
    }
    const range = toRange(document, f.offset, f.length);
    const off = disabled.get(range.start.line);
    if (off === 'all' || off?.has(f.code)) {
      continue;
    }
    const related = shows.related ? (f.related ?? []).map((r) => ({ range: toRange(document, r.offset, r.length), message: r.message })) : [];
    const data = shows.data ? f.data : undefined;
    let built: Built | undefined;
    if (memo) {
      const there = memo.byStart.get(startKey(range));
      const match = (b: Built) => builds(b, f.code, level, settings.locale, range, f.message, related, data);
      built = there === undefined ? undefined : Array.isArray(there) ? there.find(match) : match(there) ? there : undefined;
    }
    let diagnostic = built?.diagnostic;
    if (!diagnostic) {
      diagnostic = { range, severity: SEVERITY[level], code: f.code, source: 'casefacts', message: format(f.message, settings.locale) };
      if (shows.codeDescription) {
        diagnostic.codeDescription = { href: ruleDocUrl(f.code) };
      }
      if (related.length > 0) {
        diagnostic.relatedInformation = related.map((r) => DiagnosticRelatedInformation.create({ uri: document.uri, range: r.range }, format(r.message, settings.locale)));
      }
      if (data) {
        diagnostic.data = data;
      }
      if (f.code === 'duplicate-key') {
        diagnostic.tags = [DiagnosticTag.Unnecessary];
      }
    }
    if (memo) {
      built ??= { diagnostic, code: f.code, level, locale: settings.locale, message: f.message, related, data };
      file(byStart, built);
      memo.byFinding.set(f, built);
    }
    out.push(diagnostic);
    total++;
  }
  if (memo) {
    memo.byStart = byStart;
  }
  return { diagnostics: out, total };
}

/** Above this many characters the previous tree is let go before a document is parsed afresh. */
const HUGE_DOCUMENT = 1_000_000;

export interface LanguageServiceOptions {
  /** How many documents' parses are kept (20). */
  readonly cacheSize?: number;
  /**
   * Told when a document with a parse of an earlier version is about to be parsed
   * afresh: the edit could not be made to the old tree (validateWorker.ts).
   */
  readonly onFreshParse?: (uri: string) => void;
}

/** Creates a language service with its own parse cache. */
/** The span the edits from version `from` to version `to` covered (undefined: not known). */
interface EditSpan {
  readonly from: number;
  readonly to: number;
  readonly edit: Edit | undefined;
}

export function getLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const cacheSize = options.cacheSize ?? 20;
  const cache = new Map<string, ParsedCase>();
  /** Per uri: the span the edits since the last parse covered. */
  const pending = new Map<string, EditSpan>();
  /** Per uri: what the last validation built (see DiagnosticMemo). */
  const memos = new Map<string, DiagnosticMemo>();
  /** Per uri: the span the edits since the last validation covered (see Unmoved). */
  const sinceBuilt = new Map<string, EditSpan>();
  /** Adds an edit from version `from` to `to` to what a map holds for the uri. */
  const compose = (map: Map<string, EditSpan>, uri: string, from: number, to: number, edit: Edit | undefined) => {
    const p = map.get(uri);
    if (p && p.to === from) {
      map.set(uri, { from: p.from, to, edit: p.edit && edit && composeEdits(p.edit, edit) });
    } else {
      map.set(uri, { from, to, edit });
    }
  };

  const service: LanguageService = {
    parse(document) {
      let prev = cache.get(document.uri);
      if (prev && prev.version === document.version) {
        // Refresh recency.
        cache.delete(document.uri);
        cache.set(document.uri, prev);
        return prev;
      }
      const markdown = isMarkdown(document);
      // The new version is read in slices where it can be (pieceDocument.ts).
      const source = isPieceDocument(document) ? document.snapshot() : stringSource(document.getText());
      const p = pending.get(document.uri);
      pending.delete(document.uri);
      const hint = p && prev && p.from === prev.version && p.to === document.version ? p.edit : undefined;
      const analyse = (doc: CaseDocument, regions: readonly CaseRegion[], caseSource: TextSource) =>
        analyseTree(document.uri, document.version, source, markdown, regions, doc, caseSource);
      let parsed = prev && reparse(prev, document.version, source, hint, analyse);
      if (!parsed) {
        if (prev) {
          options.onFreshParse?.(document.uri);
        }
        if (source.length > HUGE_DOCUMENT) {
          // A new tree for a huge brief: let the old one go before building it (on a 10 MB
          // brief that halves the peak). An edit the old tree can take is made to it instead.
          cache.delete(document.uri);
          prev = undefined;
        }
        parsed = parseText(document.uri, document.version, source, markdown);
      }
      cache.delete(document.uri);
      cache.set(document.uri, parsed);
      while (cache.size > cacheSize) {
        const oldest = cache.keys().next().value as string;
        cache.delete(oldest);
      }
      return parsed;
    },
    validate(document, settings) {
      const parsed = service.parse(document);
      let memo = memos.get(document.uri);
      if (!memo) {
        memo = diagnosticMemo();
        memos.set(document.uri, memo);
      }
      const max = settings.maxProblems ?? Infinity;
      const edits = sinceBuilt.get(document.uri);
      sinceBuilt.delete(document.uri);
      const lineCount = document.lineCount;
      const since: Unmoved | undefined = edits?.edit && edits.from === memo.version && edits.to === document.version
        ? { start: edits.edit.start, endLine: lineCount === memo.lineCount ? document.positionAt(edits.edit.newEnd).line : undefined }
        : undefined;
      const { diagnostics, total } = buildDiagnostics(parsed, document, settings, max, memo, since);
      memo.version = document.version;
      memo.lineCount = lineCount;
      if (total > max) {
        // the same note object while the figures are the same, so the publish can reuse its bytes
        const key = `${max}/${total}/${settings.locale}`;
        if (memo.tooMany?.key !== key) {
          memo.tooMany = {
            key,
            diagnostic: {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              severity: DiagnosticSeverity.Information,
              code: 'syntax',
              source: 'casefacts',
              message: format({ id: 'syntax.tooManyProblems', args: { shown: max, total } }, settings.locale),
            },
          };
        }
        diagnostics.unshift(memo.tooMany.diagnostic);
      }
      return diagnostics;
    },
    forget(uri) {
      cache.delete(uri);
      pending.delete(uri);
      memos.delete(uri);
      sinceBuilt.delete(uri);
    },
    didEdit(uri, from, to, edit) {
      compose(pending, uri, from, to, edit);
      compose(sinceBuilt, uri, from, to, edit);
    },
  };
  return service;
}
