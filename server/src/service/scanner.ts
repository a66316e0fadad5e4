/**
 * The scanner: text → tokens with offsets. It never throws; input it cannot
 * read becomes an `Unknown` token. Offsets count UTF-16 code units, as LSP does.
 */

export const enum TokenKind {
  Word,
  Number,
  Date,
  String,
  OpenBrace,
  CloseBrace,
  Comma,
  Semicolon,
  Colon,
  Newline,
  Comment,
  Unknown,
  EOF,
}

export interface Token {
  readonly kind: TokenKind;
  readonly offset: number;
  readonly length: number;
  /** The source text; for strings the unescaped content without quotes. */
  readonly value: string;
  /** Set on a string that runs to the end of its line without a closing quote. */
  readonly unterminated?: boolean;
}

const LETTER = /[\p{L}\p{M}\p{Nd}\p{Nl}\p{No}_.-]/u;

function isWordCode(c: number): boolean {
  // Fast path for ASCII; the regex only for the rest.
  if (c < 128) {
    return (
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46
    );
  }
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
    return true; // CJK ideographs: the common case in Chinese briefs, without a regex
  }
  if (c >= 0xd800 && c <= 0xdfff) {
    return false; // surrogates are handled by the caller as pairs
  }
  return LETTER.test(String.fromCharCode(c));
}

function isWordCodePoint(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
    }
    return 0;
  }
  return isWordCode(c) ? 1 : 0;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000 || c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x1680
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^[0-9]+$/;

/** Punctuation and its full-width twins. */
function punctuation(c: number): TokenKind | undefined {
  switch (c) {
    case 0x7b: // {
    case 0xff5b: // ｛
      return TokenKind.OpenBrace;
    case 0x7d: // }
    case 0xff5d: // ｝
      return TokenKind.CloseBrace;
    case 0x2c: // ,
    case 0xff0c: // ，
    case 0x3001: // 、
      return TokenKind.Comma;
    case 0x3b: // ;
    case 0xff1b: // ；
      return TokenKind.Semicolon;
    case 0x3a: // :
    case 0xff1a: // ：
      return TokenKind.Colon;
    default:
      return undefined;
  }
}

/** Scans the whole text. Comments are returned as tokens; the parser skips them. */
export function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === 10 || c === 13) {
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      tokens.push({ kind: TokenKind.Newline, offset: start, length: i - start, value: '\n' });
      continue;
    }
    if (c === 35 || (c === 47 && text.charCodeAt(i + 1) === 47)) {
      while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) {
        i++;
      }
      tokens.push({ kind: TokenKind.Comment, offset: start, length: i - start, value: text.slice(start, i) });
      continue;
    }
    const punct = punctuation(c);
    if (punct !== undefined) {
      i++;
      tokens.push({ kind: punct, offset: start, length: 1, value: text[start] });
      continue;
    }
    if (c === 0x22 /* " */ || c === 0x201c /* “ */ || c === 0x300c /* 「 */) {
      tokens.push(scanString(text, i));
      i = start + tokens[tokens.length - 1].length;
      continue;
    }
    let w = isWordCodePoint(text, i);
    if (w > 0) {
      while (w > 0) {
        i += w;
        w = i < n ? isWordCodePoint(text, i) : 0;
      }
      const value = text.slice(start, i);
      const kind = NUMBER.test(value) ? TokenKind.Number : DATE.test(value) ? TokenKind.Date : TokenKind.Word;
      tokens.push({ kind, offset: start, length: i - start, value });
      continue;
    }
    // A run of characters that start no token: one Unknown token, so one error.
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isSpace(d) || d === 10 || d === 13 || d === 35 || punctuation(d) !== undefined || d === 0x22 ||
        d === 0x201c || d === 0x300c || isWordCodePoint(text, i) > 0 || (d === 47 && text.charCodeAt(i + 1) === 47)) {
        break;
      }
      i++;
    }
    tokens.push({ kind: TokenKind.Unknown, offset: start, length: i - start, value: text.slice(start, i) });
  }
  tokens.push({ kind: TokenKind.EOF, offset: n, length: 0, value: '' });
  return tokens;
}

function scanString(text: string, start: number): Token {
  const open = text.charCodeAt(start);
  const close = open === 0x22 ? 0x22 : open === 0x201c ? 0x201d : 0x300d;
  const n = text.length;
  let i = start + 1;
  let value = '';
  let chunk = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      break;
    }
    if (open === 0x22 && c === 0x5c /* \ */ && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x22 || d === 0x5c) {
        value += text.slice(chunk, i) + text[i + 1];
        i += 2;
        chunk = i;
        continue;
      }
    }
    if (c === close) {
      value += text.slice(chunk, i);
      return { kind: TokenKind.String, offset: start, length: i + 1 - start, value };
    }
    i++;
  }
  value += text.slice(chunk, i);
  return { kind: TokenKind.String, offset: start, length: i - start, value, unterminated: true };
}
