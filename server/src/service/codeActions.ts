/**
 * Quick fixes, as plain WorkspaceEdits any LSP editor can apply: did-you-mean
 * replacements, functional roles for an imprecise one, the facts a rule says
 * are missing (with an honest placeholder and a comment asking the user to
 * state it), the block an undefined id calls for, and a comment that disables
 * a rule for one line.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { CodeActionKind, TextEdit } from './lspValues';
import type { Block } from './ast';
import type { Finding, FindingData } from './findings';
import { defineMessages, format, listSeparator, Locale } from './i18n/messages';
import { toRange, type ParsedCase } from './languageService';
import { eolOf } from './formatter';
import { blockAt, lineEndOf, lineStartOf } from './position';
import { scan, TokenKind, type Token } from './scanner';
import { requoteEdit } from './markdown';
import { ruleMeta } from './rules/meta';
import { ISP_ROLES, KeySpec, keySpec, lookupValue, Term, VALUE_SETS } from './vocabulary';

export interface CodeActionSettings {
  readonly locale: Locale;
}

const s = (a: Record<string, string | number>, k: string) => String(a[k] ?? '');

defineMessages({
  'fix.change': { en: (a) => `Change to \`${s(a, 'word')}\``, zh: (a) => `改为“${s(a, 'word')}”` },
  'fix.role': { en: (a) => `Classify by function: \`${s(a, 'word')}\``, zh: (a) => `按功能归类为“${s(a, 'word')}”` },
  'fix.addFact': { en: (a) => `Add fact \`${s(a, 'key')}\` (state it)`, zh: (a) => `补充事实“${s(a, 'key')}”（请据实填写）` },
  'fix.addFactValue': { en: (a) => `Add fact \`${s(a, 'key')} ${s(a, 'value')}\` (state it)`, zh: (a) => `补充事实“${s(a, 'key')}：${s(a, 'value')}”（请据实填写）` },
  'fix.addAll': { en: (a) => `Add the missing facts ${s(a, 'keys')} (state them)`, zh: (a) => `补充缺少的事实${s(a, 'keys')}（请据实填写）` },
  'fix.disable': { en: (a) => `Disable ${s(a, 'rule')} for this line`, zh: (a) => `在此行停用规则 ${s(a, 'rule')}` },
  'fix.quote': { en: (a) => `Put the value of ${s(a, 'key')} in quotes`, zh: (a) => `给“${s(a, 'key')}”的取值加上引号` },
  'fix.comma': { en: () => 'Separate the values with a comma', zh: () => '用逗号分隔各值' },
  'fix.todo': { en: () => 'to confirm: state the fact as the record shows it', zh: () => '待核实：请按案卷据实填写' },
  'fix.createProvider': { en: (a) => `Create provider \`${s(a, 'id')}\``, zh: (a) => `新建服务商“${s(a, 'id')}”` },
  'fix.createOffender': { en: (a) => `Create offender \`${s(a, 'id')}\``, zh: (a) => `新建正犯“${s(a, 'id')}”` },
});

/** Rules whose quick fix replaces the word with one of `data.suggestions`. */
const DID_YOU_MEAN: ReadonlySet<string> = new Set(['unknown-block', 'unknown-key', 'unknown-value', 'undefined-reference']);

/**
 * The values a missing fact is inserted with. Honest placeholders: the neutral
 * value (help that keeps the rules, is not targeted, takes no part), never one
 * that would by itself make a provider liable. Where the rule turns on which
 * value it is (`role`; the regulator's `order` art. 286-1 needs, and the serious
 * `order-matter` it is limited to), no value is neutral: each is offered, for the
 * user to pick the one the record shows, and the fix that states the rule's
 * condition clears it.
 */
const PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  role: ISP_ROLES,
  'industry-rules': ['complied'],
  targeted: ['no'],
  participation: ['none'],
  order: VALUE_SETS.order.map((t) => t.id),
  'order-matter': VALUE_SETS.orderMatter.map((t) => t.id),
};

const CJK = /[\u3400-\u9fff]/;

const indentOf = (text: string, offset: number) => /^[ \t]*/.exec(text.slice(lineStartOf(text, offset), offset))?.[0] ?? '';

function quickFix(title: string, document: TextDocument, edits: TextEdit[], diagnostic: Diagnostic, preferred = false): CodeAction {
  // inserted lines end as the document's do (a CRLF brief stays CRLF)
  const eol = eolOf(document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }));
  if (eol !== '\n') {
    edits = edits.map((e) => (e.newText.includes('\n') ? { ...e, newText: e.newText.replace(/\n/g, eol) } : e));
  }
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [document.uri]: edits } } };
  if (preferred) {
    action.isPreferred = true;
  }
  return action;
}

/**
 * The current finding a diagnostic stands for: the same rule over the same range of the
 * text as it is now; else the one finding of that rule on the diagnostic's line that carries
 * the same data (Neovim 0.7 sends back the columns it stored, in bytes, not UTF-16). None
 * when the diagnostic was made on an older version of the text (an editor that sends the
 * diagnostics it last received, not ones it moved with the edits): its range may now cover
 * other words. The fixes are made from the finding, its range and its data, never from the
 * diagnostic's, so that no edit lands anywhere but on what the text says now.
 */
/** A parse's findings by code and span, and by code and line, in document order. */
interface FindingIndex {
  readonly bySpan: Map<string, Finding>;
  readonly byLine: Map<string, Finding[]>;
}

/**
 * Built once per parse, so that a request carrying many diagnostics (a whole-file
 * selection) costs a look-up for each rather than a pass over every finding.
 */
const findingIndexes = new WeakMap<ParsedCase, FindingIndex & { readonly document: TextDocument }>();

function findingIndex(parsed: ParsedCase, document: TextDocument): FindingIndex {
  let index = findingIndexes.get(parsed);
  if (index?.document !== document) {
    index = { document, bySpan: new Map(), byLine: new Map() };
    for (const f of parsed.findings) {
      const span = `${f.code}@${f.offset}+${f.offset + f.length}`;
      if (!index.bySpan.has(span)) {
        index.bySpan.set(span, f);
      }
      const line = `${f.code}@${document.positionAt(f.offset).line}`;
      const list = index.byLine.get(line);
      if (list) {
        list.push(f);
      } else {
        index.byLine.set(line, [f]);
      }
    }
    findingIndexes.set(parsed, index);
  }
  return index;
}

function findingOf(parsed: ParsedCase, document: TextDocument, d: Diagnostic, code: string): Finding | undefined {
  const start = document.offsetAt(d.range.start);
  const end = document.offsetAt(d.range.end);
  const index = findingIndex(parsed, document);
  const exact = index.bySpan.get(`${code}@${start}+${end}`);
  if (exact) {
    return exact;
  }
  const line = d.range.start.line;
  const data = d.data === undefined ? undefined : JSON.stringify(d.data);
  const onLine = (index.byLine.get(`${code}@${line}`) ?? []).filter((f) => data === undefined || JSON.stringify(f.data) === data);
  return onLine.length === 1 ? onLine[0] : undefined;
}

// ---------------------------------------------------------------------------
// Inserting a fact into a provider's body

/** How the block writes its statements: language, colon, and the column values start at. */
interface Style {
  readonly zh: boolean;
  readonly colon: string;
  readonly indent: string;
  /** Key-to-value distance shared by every statement, when they are aligned. */
  readonly width?: number;
}

function styleOf(text: string, block: Block): Style {
  const first = block.statements[0];
  const zh = CJK.test(first?.key.value ?? block.keyword.value);
  const startsLine = first !== undefined && text.slice(lineStartOf(text, first.offset), first.offset).trim() === '';
  const indent = startsLine ? indentOf(text, first.offset) : `${indentOf(text, block.offset)}  `;
  const widths = new Set(block.statements.filter((st) => st.values.length > 0 && !st.colon).map((st) => st.values[0].offset - st.key.offset));
  return {
    zh,
    colon: first?.colon?.value ?? '',
    indent,
    width: widths.size === 1 ? [...widths][0] : undefined,
  };
}

const wordOf = (term: Term, zh: boolean) => (zh ? term.zh[0] : term.en[0]);

function factLine(spec: KeySpec, value: string, style: Style, locale: Locale): string {
  const key = wordOf(spec, style.zh);
  const term = spec.value.type === 'enum' ? lookupValue(spec.value.set, value) : undefined;
  const v = term ? wordOf(term, style.zh) : value;
  let head: string;
  if (style.colon) {
    head = `${key}${style.colon}${style.colon === ':' ? ' ' : ''}`;
  } else {
    head = style.width !== undefined && key.length < style.width ? key.padEnd(style.width) : `${key} `;
  }
  return `${style.indent}${head}${v}  # ${format({ id: 'fix.todo' }, locale)}`;
}

/** An edit that adds lines at the end of a block's body (before its `}`). */
function appendToBody(text: string, document: TextDocument, block: Block, lines: readonly string[]): TextEdit {
  const body = lines.join('\n');
  const at = (offset: number) => document.positionAt(offset);
  if (!block.open) {
    const end = block.headerEnd;
    return TextEdit.insert(at(end), ` {\n${body}\n${indentOf(text, block.offset)}}`);
  }
  const close = block.close;
  if (close && text.slice(lineStartOf(text, close.offset), close.offset).trim() === '') {
    return TextEdit.insert(at(lineStartOf(text, close.offset)), `${body}\n`);
  }
  const last = block.statements[block.statements.length - 1];
  const after = last ? last.offset + last.length : block.open.offset + block.open.length;
  if (close) {
    // A body on one line: break it open before the `}`; only the blanks before it give way
    // (whatever else stands there, a stray `；` or a note, stays)
    const kept = text.slice(after, close.offset).trimEnd().length;
    return TextEdit.replace({ start: at(after + kept), end: at(close.offset) }, `\n${body}\n${indentOf(text, block.offset)}`);
  }
  return TextEdit.insert(at(lineEndOf(text, after)), `\n${body}`);
}

function missingFactActions(parsed: ParsedCase, document: TextDocument, d: Diagnostic, data: FindingData, locale: Locale): CodeAction[] {
  const provider = parsed.model.providers.find((p) => p.id === data.provider);
  // a fact written with a value that is not valid (`参与程度：深入`) is not added a second time
  // (that would be a duplicate-key whose placeholder counts): its unknown-value fix corrects it
  const written = (k: string) => provider?.facts.has(k) || provider?.block.statements.some((st) => st.spec?.id === k);
  const keys = (data.missingFacts ?? []).filter((k) => keySpec('provider', k) && !written(k));
  if (!provider || keys.length === 0) {
    return [];
  }
  const style = styleOf(parsed.text, provider.block);
  const keyWord = (spec: KeySpec) => (locale === 'zh-CN' ? spec.zh[0] : spec.id);
  const placeholder = (spec: KeySpec) =>
    PLACEHOLDERS[spec.id] ?? (spec.value.type === 'enum' ? [VALUE_SETS[spec.value.set][0].id] : []);
  const actions: CodeAction[] = [];
  for (const key of keys) {
    const spec = keySpec('provider', key) as KeySpec;
    const values = placeholder(spec);
    for (const value of values) {
      const title = values.length === 1
        ? format({ id: 'fix.addFact', args: { key: keyWord(spec) } }, locale)
        : format({ id: 'fix.addFactValue', args: { key: keyWord(spec), value: locale === 'zh-CN' ? (lookupValue(spec.value.type === 'enum' ? spec.value.set : 'yesno', value)?.zh[0] ?? value) : value } }, locale);
      actions.push(quickFix(title, document, [appendToBody(parsed.text, document, provider.block, [factLine(spec, value, style, locale)])], d));
    }
  }
  const single = keys.map((k) => keySpec('provider', k) as KeySpec).filter((spec) => placeholder(spec).length === 1);
  if (single.length > 1) {
    const lines = single.map((spec) => factLine(spec, placeholder(spec)[0], style, locale));
    const list = single.map((spec) => (locale === 'zh-CN' ? `“${spec.zh[0]}”` : `\`${spec.id}\``)).join(listSeparator(locale));
    actions.push(quickFix(format({ id: 'fix.addAll', args: { keys: list } }, locale), document, [appendToBody(parsed.text, document, provider.block, lines)], d));
  }
  return actions;
}

/**
 * For an id no block declares: its block, made empty just before the block that names it
 * (a `uses` value calls for a provider; a charge, for a provider or an offender), in that
 * block's language, braces and indentation. Empty, not filled with guesses: the facts are
 * the user's to state, and an empty provider's `missing-role` says which comes first.
 */
function createBlockActions(parsed: ParsedCase, document: TextDocument, d: Diagnostic, finding: Finding, locale: Locale): CodeAction[] {
  const text = parsed.text;
  const at = blockAt(parsed.doc, finding.offset);
  const id = text.slice(finding.offset, finding.offset + finding.length);
  const words = scan(id);
  // a number or a date where the id goes is an error of its own: no block is made for it
  if (!at || words.length !== 2 || words[0].kind !== TokenKind.Word || words[0].length !== id.length) {
    return [];
  }
  const zh = CJK.test(at.keyword.value);
  const indent = indentOf(text, at.offset);
  const open = at.open?.value === '｛' ? '｛' : '{';
  const close = open === '｛' ? '｝' : '}';
  const kinds = finding.message.id === 'undefined-reference.provider' ? (['provider'] as const) : (['provider', 'offender'] as const);
  const lineStart = lineStartOf(text, at.offset);
  return kinds.map((kind) => {
    const keyword = kind === 'provider' ? (zh ? '服务商' : 'provider') : zh ? '正犯' : 'offender';
    // line breaks as the document's (quickFix)
    const block = `${indent}${keyword} ${id} ${open}\n${indent}${close}\n\n`;
    const title = format({ id: kind === 'provider' ? 'fix.createProvider' : 'fix.createOffender', args: { id } }, locale);
    return quickFix(title, document, [TextEdit.insert(document.positionAt(lineStart), block)], d);
  });
}

// ---------------------------------------------------------------------------

function replaceActions(document: TextDocument, d: Diagnostic, range: Range, words: readonly string[], titleId: string, locale: Locale, preferFirst: boolean): CodeAction[] {
  return words.map((word, i) => quickFix(format({ id: titleId, args: { word } }, locale), document, [TextEdit.replace(range, word)], d, preferFirst && i === 0));
}

function roleActions(parsed: ParsedCase, document: TextDocument, d: Diagnostic, range: Range, data: FindingData, locale: Locale): CodeAction[] {
  const written = document.getText(range);
  const zh = CJK.test(written);
  const statement = parsed.model.providers.find((p) => p.id === data.provider)?.facts.get('role');
  const taken = new Set(statement?.values ?? []);
  const words = (data.suggestions ?? [])
    .filter((id) => !taken.has(id))
    .map((id) => {
      const term = lookupValue('role', id);
      return term ? wordOf(term, zh) : id;
    });
  return replaceActions(document, d, range, words, 'fix.role', locale, false);
}

/**
 * The values `缓存 搜索` (or `缓存　搜索`, an ideographic space between) separated as the
 * user meant: the blanks before the second value become a comma, full-width after a
 * Chinese word (`缓存，搜索`), `, ` after any other.
 */
function commaAction(text: string, document: TextDocument, d: Diagnostic, offset: number, locale: Locale): CodeAction {
  let start = offset;
  while (start > 0 && /[ \t\u3000]/.test(text.charAt(start - 1))) {
    start--;
  }
  const comma = CJK.test(text.charAt(start - 1)) ? '，' : ', ';
  const edit = TextEdit.replace({ start: document.positionAt(start), end: document.positionAt(offset) }, comma);
  return quickFix(format({ id: 'fix.comma' }, locale), document, [edit], d, true);
}

/**
 * A free-text fact written without quotes whose text holds characters no word may
 * (`案号：（2015）海刑初字第512号`, as judgments write a docket): the text to the line's end
 * (before a comment) in quotes, `“…”` after a Chinese key, `"…"` after any other.
 */
function quoteAction(parsed: ParsedCase, document: TextDocument, d: Diagnostic, offset: number, locale: Locale): CodeAction | undefined {
  const text = parsed.text;
  const lineStart = lineStartOf(text, offset);
  // the statement of the block there (not a pass over every statement of the brief: a
  // whole-file selection asks this for each of its diagnostics)
  const st = blockAt(parsed.doc, offset)?.statements
    .find((x) => x.key.offset >= lineStart && x.key.offset < offset && lineStartOf(text, x.key.offset) === lineStart);
  if (!st?.spec || (st.spec.value.type !== 'text' && st.spec.value.type !== 'textOrDate') || st.values.some((v) => v.kind === TokenKind.String)) {
    return undefined;
  }
  let start = st.colon ? st.colon.offset + st.colon.length : st.key.offset + st.key.length;
  const comment = parsed.doc.comments.find((c) => c.offset > start && lineStartOf(text, c.offset) === lineStart);
  let end = comment ? comment.offset : lineEndOf(text, start);
  // a one-line body: its `}` (and what follows it) stays outside the quotes
  const close = st.block.close;
  if (close && close.offset > start && close.offset < end) {
    end = close.offset;
  }
  while (start < end && /[ \t\u3000]/.test(text.charAt(start))) {
    start++;
  }
  while (end > start && /[ \t\u3000；;]/.test(text.charAt(end - 1))) {
    end--;
  }
  const value = text.slice(start, end);
  if (value === '' || /["“”「」\\]/.test(value)) {
    return undefined;
  }
  const quoted = CJK.test(st.key.value) ? `“${value}”` : `"${value}"`;
  const edit = TextEdit.replace({ start: document.positionAt(start), end: document.positionAt(end) }, quoted);
  return quickFix(format({ id: 'fix.quote', args: { key: st.key.value } }, locale), document, [edit], d, true);
}

/** `”n“` as `“n”` (and `」n「` as `「n」`): the string the scanner read in reversed quotes, the right way round. */
function swapReversedQuotes(written: string): string | undefined {
  const close = written.charAt(0);
  const open = written.charAt(written.length - 1);
  const reversed = written.length >= 2 && ((close === '”' && open === '“') || (close === '」' && open === '「'));
  return reversed ? `${open}${written.slice(1, -1)}${close}` : undefined;
}

/** The rule ids of a disable comment, as the server reads them (languageService.ts disabledLines). */
const DISABLE = /casefacts-disable-next-line(?:\s+([\w\s,-]+))?/;

/** A parse's disable comments by line, the first of each line: built once per parse. */
const disableComments = new WeakMap<ParsedCase, { readonly document: TextDocument; readonly byLine: Map<number, Token> }>();

function disableCommentsByLine(parsed: ParsedCase, document: TextDocument): Map<number, Token> {
  const cached = disableComments.get(parsed);
  if (cached?.document === document) {
    return cached.byLine;
  }
  const byLine = new Map<number, Token>();
  for (const c of parsed.doc.comments) {
    const line = document.positionAt(c.offset).line;
    if (c.value.includes('casefacts-disable-next-line') && !byLine.has(line)) {
      byLine.set(line, c);
    }
  }
  disableComments.set(parsed, { document, byLine });
  return byLine;
}

function disableAction(parsed: ParsedCase, document: TextDocument, d: Diagnostic, line: number, code: string, locale: Locale): CodeAction {
  const text = parsed.text;
  const lineStart = document.offsetAt({ line, character: 0 });
  const title = format({ id: 'fix.disable', args: { rule: code } }, locale);
  if (line > 0) {
    // A disable comment with rule ids already above (a comment: not a note that names the
    // directive): this rule joins its ids, where the server reads them (before any reason).
    const above = disableCommentsByLine(parsed, document).get(line - 1);
    const m = above && DISABLE.exec(above.value);
    if (above && m?.[1] && m[1].trim() !== '') {
      const end = above.offset + m.index + m[0].trimEnd().length;
      return quickFix(title, document, [TextEdit.insert(document.positionAt(end), ` ${code}`)], d);
    }
  }
  // on the first line, after a byte order mark: the mark stays the text's first character
  const start = line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const indent = /^[ \t]*/.exec(text.slice(lineStart + start, lineEndOf(text, lineStart)))?.[0] ?? '';
  return quickFix(title, document, [TextEdit.insert({ line, character: start }, `${indent}# casefacts-disable-next-line ${code}\n`)], d);
}

/** The quick fixes for the diagnostics of a request's context. */
export function getCodeActions(parsed: ParsedCase, document: TextDocument, diagnostics: readonly Diagnostic[], settings: CodeActionSettings): CodeAction[] {
  const locale = settings.locale;
  const actions: CodeAction[] = [];
  /** By rule and line: one comment silences all of a rule's findings on a line, so one action offers it. */
  const disables = new Map<string, CodeAction>();
  for (const d of diagnostics) {
    const code = typeof d.code === 'string' ? d.code : undefined;
    if (!code || !ruleMeta(code) || (d.source !== undefined && d.source !== 'casefacts')) {
      continue;
    }
    const finding = findingOf(parsed, document, d, code);
    if (!finding) {
      continue;
    }
    // The finding's own range and data: the text's current state (the diagnostic's may be
    // older, counted otherwise, or dropped by the client).
    const range = toRange(document, finding.offset, finding.length);
    const data: FindingData | undefined = finding.data;
    if (DID_YOU_MEAN.has(code) && data?.suggestions) {
      actions.push(...replaceActions(document, d, range, data.suggestions, 'fix.change', locale, true));
      if (code === 'undefined-reference') {
        actions.push(...createBlockActions(parsed, document, d, finding, locale));
      }
    } else if (code === 'imprecise-role' && data) {
      actions.push(...roleActions(parsed, document, d, range, data, locale));
    } else if (code === 'syntax') {
      const swapped = swapReversedQuotes(document.getText(range));
      actions.push(...replaceActions(document, d, range, swapped ? [swapped] : [], 'fix.change', locale, true));
      if (finding.message.id === 'syntax.missingComma') {
        actions.push(commaAction(parsed.text, document, d, finding.offset, locale));
      }
      if (finding.message.id === 'syntax.unexpectedChar') {
        const quote = quoteAction(parsed, document, d, finding.offset, locale);
        if (quote) {
          actions.push(quote);
        }
      }
    }
    if (code === 'too-many-values') {
      // `案号：（2015）海刑初字第512号` read as several words: the same text, quoted, is one
      const quote = quoteAction(parsed, document, d, finding.offset, locale);
      if (quote) {
        actions.push(quote);
      }
    }
    if (data?.missingFacts && data.missingFacts.length > 0) {
      actions.push(...missingFactActions(parsed, document, d, data, locale));
    }
    const key = `${code} ${range.start.line}`;
    const known = disables.get(key);
    if (known) {
      known.diagnostics?.push(d);
    } else if (code !== 'syntax') {
      const action = disableAction(parsed, document, d, range.start.line, code, locale);
      disables.set(key, action);
      actions.push(action);
    }
  }
  return merged(parsed.regions.some((r) => r.quoted) ? actions.map((a) => requoted(parsed, document, a)) : actions);
}

/**
 * In a case block inside a blockquote every line carries its `>` markers, which the case text
 * reads as blanks: a line a fix adds gets them (markdown.ts), or it would end the quote.
 */
function requoted(parsed: ParsedCase, document: TextDocument, action: CodeAction): CodeAction {
  const changes = action.edit?.changes?.[document.uri];
  if (!changes?.some((e) => /[\r\n]/.test(e.newText))) {
    return action;
  }
  const edits = changes.map((e) => {
    const edit = requoteEdit(parsed.source, parsed.caseSource, parsed.regions, { start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), newText: e.newText });
    return TextEdit.replace({ start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, edit.newText);
  });
  return { ...action, edit: { changes: { [document.uri]: edits } } };
}

/**
 * One action per title and edit: several diagnostics in one request can ask for the same
 * fix (two charges that each find a provider's neutrality unstated both offer its facts);
 * the editor lists it once, for all of them.
 */
function merged(actions: readonly CodeAction[]): CodeAction[] {
  const byKey = new Map<string, CodeAction>();
  const out: CodeAction[] = [];
  for (const a of actions) {
    const key = `${a.title}\u0000${JSON.stringify(a.edit)}`;
    const known = byKey.get(key);
    if (known) {
      for (const d of a.diagnostics ?? []) {
        if (!known.diagnostics?.includes(d)) {
          known.diagnostics?.push(d);
        }
      }
      if (a.isPreferred) {
        known.isPreferred = true;
      }
      continue;
    }
    byKey.set(key, a);
    out.push(a);
  }
  return out;
}
