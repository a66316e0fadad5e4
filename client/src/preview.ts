/**
 * The Markdown preview of a brief: its ```` ```case ```` blocks coloured by what each word is
 * (block keyword, id, key, value, offense, note, comment, number), as the editor colours
 * them, where VS Code's preview would show them as plain text. A markdown-it plugin VS Code's
 * Markdown extension loads (`markdown.markdownItPlugins`); it only wraps the preview's
 * highlighter, for the `case` and `casefacts` languages, and reads the words with the
 * server's own scanner and vocabulary, lexically (no analysis runs in the preview).
 *
 * The classes are highlight.js's (`hljs-keyword`, `hljs-title` …), which the preview's theme
 * already colours. Every character taken from the brief is HTML-escaped: the preview renders
 * this as HTML.
 */
import { scan, TokenKind, type Token } from '../../server/src/service/scanner';
import { lookupBlock, lookupKey, lookupOffense, lookupValue, type BlockSpec, type KeySpec } from '../../server/src/service/vocabulary';

type Highlight = (code: string, lang: string, attrs: string) => string;

/** What of markdown-it this plugin uses. */
export interface MarkdownItLike {
  readonly options: { highlight?: Highlight | null };
}

const CASE_LANGUAGE = /^(case|casefacts)$/i;

/** Adds the colouring of case blocks to a markdown-it instance (VS Code calls this with the preview's). */
export function extendMarkdownIt<T extends MarkdownItLike>(md: T): T {
  const base = md.options.highlight;
  md.options.highlight = (code, lang, attrs) => (CASE_LANGUAGE.test(lang.trim()) ? highlightCase(code) : base ? base(code, lang, attrs) : '');
  return md;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** A highlight.js class for each kind of word. */
type Kind = 'keyword' | 'title' | 'attr' | 'literal' | 'built_in' | 'string' | 'comment' | 'number';

/** A case block's text as HTML: each word in a span of its kind, everything escaped. */
export function highlightCase(code: string): string {
  const kinds = classify(scan(code));
  let out = '';
  let at = 0;
  for (const [tok, kind] of kinds) {
    out += escapeHtml(code.slice(at, tok.offset));
    const text = escapeHtml(code.slice(tok.offset, tok.offset + tok.length));
    out += kind ? `<span class="hljs-${kind}">${text}</span>` : text;
    at = tok.offset + tok.length;
  }
  return out + escapeHtml(code.slice(at));
}

/** Each token with its kind, read lexically: a block's keyword and header, then its statements' keys and values. */
function classify(tokens: readonly Token[]): [Token, Kind | undefined][] {
  const out: [Token, Kind | undefined][] = [];
  let block: BlockSpec | undefined;
  /** The header word's index after the keyword, while on the header line. */
  let header = -1;
  let inBody = false;
  let statementStart = true;
  let key: KeySpec | undefined;
  for (const tok of tokens) {
    let kind: Kind | undefined;
    switch (tok.kind) {
      case TokenKind.EOF:
        return out;
      case TokenKind.Newline:
      case TokenKind.Semicolon:
        statementStart = true;
        key = undefined;
        if (!inBody) {
          header = -1;
        }
        break;
      case TokenKind.OpenBrace:
        inBody = true;
        statementStart = true;
        header = -1;
        break;
      case TokenKind.CloseBrace:
        inBody = false;
        block = undefined;
        statementStart = true;
        key = undefined;
        break;
      case TokenKind.Comment:
        kind = 'comment';
        break;
      case TokenKind.String:
        kind = 'string';
        break;
      case TokenKind.Number:
      case TokenKind.Date:
        kind = statementStart && inBody ? 'attr' : 'number';
        statementStart = false;
        break;
      case TokenKind.Word: {
        const word = tok.value;
        if (!inBody && statementStart) {
          block = lookupBlock(word);
          kind = block ? 'keyword' : undefined;
          header = 0;
        } else if (!inBody && header >= 0) {
          const role = block?.header[header++];
          kind = role === 'id' || role === 'ref' ? 'title' : role === 'offense' && lookupOffense(word) ? 'built_in' : role === 'mode' ? 'literal' : undefined;
        } else if (inBody && statementStart) {
          key = block ? lookupKey(block.id, word) : undefined;
          kind = 'attr';
        } else if (inBody && key) {
          const v = key.value;
          kind = v.type === 'enum' && lookupValue(v.set, word) ? 'literal' : v.type === 'offense' && lookupOffense(word) ? 'built_in' : v.type === 'providerRef' ? 'title' : undefined;
        }
        statementStart = false;
        break;
      }
      default:
        break;
    }
    out.push([tok, kind]);
  }
  return out;
}
