/**
 * The scanner: text → tokens with offsets. It never throws; input it cannot
 * read becomes an `Unknown` token. Offsets count UTF-16 code units, as LSP does.
 *
 * `Lexer` reads one token at a time into its own fields and makes a `Token`
 * object only when asked: the parser keeps the tokens its tree holds (keys,
 * values, braces …) and makes none for line breaks, commas or semicolons, and
 * never holds a token array. `scan` makes every token, for the features that
 * want the whole list (formatting, renaming, sorting).
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
  /** Set on a string in reversed curly quotes, `”…“` or `」…「` (read as a string, reported as an error). */
  readonly reversed?: boolean;
}

/** A character that continues a word (ids, keys and values alike). */
export const LETTER = /[\p{L}\p{M}\p{Nd}\p{Nl}\p{No}_.-]/u;

// What an ASCII character starts (or continues).
const C_OTHER = 0;
const C_SPACE = 1;
const C_NEWLINE = 2;
const C_HASH = 3;
const C_SLASH = 4;
const C_PUNCT = 5;
const C_QUOTE = 6;
const C_WORD = 7;
const C_DIGIT = 8;

const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII[c] =
    c === 32 || c === 9 || c === 0x0b || c === 0x0c ? C_SPACE
      : c === 10 || c === 13 ? C_NEWLINE
        : c === 35 ? C_HASH
          : c === 47 ? C_SLASH
            : c === 0x7b || c === 0x7d || c === 0x2c || c === 0x3b || c === 0x3a ? C_PUNCT
              : c === 0x22 ? C_QUOTE
                : c >= 48 && c <= 57 ? C_DIGIT
                  : (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 45 || c === 46 ? C_WORD
                    : C_OTHER;
}

/** Per BMP code unit outside ASCII and the common CJK blocks: 0 unknown yet, 1 word, 2 not. */
let wordBmp: Uint8Array | undefined;

/**
 * Non-ASCII punctuation a brief is full of, in ranges that hold no letter, mark or
 * number: general punctuation (— “ ” …), CJK brackets and marks (、。《》「」【】) and the
 * full-width forms of ASCII punctuation (，：；（）｛｝). Answered without LETTER, whose
 * first use builds its Unicode tables: ~2 ms of a cold start (test/unit/scanner.test.ts
 * checks every code unit against LETTER).
 */
function isPunctuationUnit(c: number): boolean {
  return (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) ||
    (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65);
}

/** Whether a non-ASCII code unit (not a surrogate) is a word character. */
export function isWordUnit(c: number): boolean {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
    return true; // CJK ideographs: the common case in Chinese briefs
  }
  if (isPunctuationUnit(c)) {
    return false;
  }
  const table = (wordBmp ??= new Uint8Array(0x10000));
  let v = table[c];
  if (v === 0) {
    v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    table[c] = v;
  }
  return v === 1;
}

/** The length (1 or 2) of the word character at `i`, or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    const k = ASCII[c];
    return k === C_WORD || k === C_DIGIT ? 1 : 0;
  }
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
      }
    }
    return 0; // a lone surrogate
  }
  return isWordUnit(c) ? 1 : 0;
}

function isSpace(c: number): boolean {
  return c < 128
    ? ASCII[c] === C_SPACE
    : c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x1680;
}

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

const isQuote = (c: number) => c === 0x22 /* " */ || c === 0x201c /* “ */ || c === 0x300c; /* 「 */

/** Whether a character starts a token (or a line break): it ends an Unknown run. */
function startsToken(text: string, i: number): boolean {
  const d = text.charCodeAt(i);
  if (d < 128) {
    const k = ASCII[d];
    return k !== C_OTHER && (k !== C_SLASH || text.charCodeAt(i + 1) === 47);
  }
  return isSpace(d) || punctuation(d) !== undefined || isQuote(d) || wordCharAt(text, i) > 0;
}

/** `YYYY-MM-DD` with ASCII digits, `text[start, end)` being already known to hold only word characters. */
function isDate(text: string, start: number, end: number): boolean {
  if (end - start !== 10 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) {
    return false;
  }
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (i !== start + 4 && i !== start + 7 && (c < 48 || c > 57)) {
      return false;
    }
  }
  return true;
}

/**
 * Reads tokens one at a time: `next()` scans the token at `pos` into `kind`,
 * `start`, `end` (and `unterminated` for strings); `value()` and `token()`
 * make its text and its object. Words of equal text share one string.
 */
export class Lexer {
  kind: TokenKind = TokenKind.EOF;
  start = 0;
  end = 0;
  /** The current token is a string without its closing quote. */
  unterminated = false;
  /** The current token is a string in reversed curly quotes (`”…“`). */
  reversed = false;
  /** Where the next token is scanned from. */
  pos = 0;
  /** The current string token holds a `\"` or `\\` escape. */
  private escaped = false;
  private readonly n: number;
  /** One string per distinct word: a brief repeats a few hundred words thousands of times. */
  private readonly words = new Map<string, string>();

  constructor(readonly text: string) {
    this.n = text.length;
  }

  /** Scans the next token (comments and line breaks included; EOF, once at the end, forever). */
  next(): void {
    const text = this.text;
    const n = this.n;
    let i = this.pos;
    let c = 0;
    // Skip blanks.
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (!(c < 128 ? ASCII[c] === C_SPACE : isSpace(c))) {
        break;
      }
    }
    this.start = i;
    if (i >= n) {
      this.kind = TokenKind.EOF;
      this.end = this.pos = n;
      this.start = n;
      return;
    }
    const cls = c < 128 ? ASCII[c] : C_OTHER;
    if (cls === C_NEWLINE) {
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      this.set(TokenKind.Newline, i);
      return;
    }
    if (cls === C_HASH || (cls === C_SLASH && text.charCodeAt(i + 1) === 47)) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 10 || d === 13) {
          break;
        }
      }
      this.set(TokenKind.Comment, i);
      return;
    }
    if (cls === C_WORD || cls === C_DIGIT) {
      // The ASCII word: the most common token.
      let digits = cls === C_DIGIT;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          const k = ASCII[d];
          if (k === C_DIGIT) {
            continue;
          }
          if (k !== C_WORD) {
            break;
          }
          digits = false;
        } else {
          const w = wordCharAt(text, i);
          if (w === 0) {
            break;
          }
          digits = false;
          i += w - 1;
        }
      }
      this.set(digits ? TokenKind.Number : isDate(text, this.start, i) ? TokenKind.Date : TokenKind.Word, i);
      return;
    }
    if (cls === C_PUNCT || (c >= 128 && punctuation(c) !== undefined)) {
      this.set(punctuation(c) as TokenKind, i + 1);
      return;
    }
    if (isQuote(c)) {
      this.scanString(c);
      return;
    }
    if ((c === 0x201d || c === 0x300d) && this.scanReversed(c === 0x201d ? 0x201c : 0x300c)) {
      return;
    }
    let w = c >= 128 ? wordCharAt(text, i) : 0;
    if (w > 0) {
      while (w > 0) {
        i += w;
        w = i < n ? wordCharAt(text, i) : 0;
      }
      // Not ASCII-initial, so neither a number nor a date.
      this.set(TokenKind.Word, i);
      return;
    }
    // A run of characters that start no token: one Unknown token, so one error.
    for (i++; i < n && !startsToken(text, i); i++) {
      // extend the run
    }
    this.set(TokenKind.Unknown, i);
  }

  private set(kind: TokenKind, end: number): void {
    this.kind = kind;
    this.end = this.pos = end;
    this.unterminated = false;
    this.reversed = false;
  }

  /**
   * A closing curly quote whose opening one follows on the same line (`”n“`, as a Chinese input
   * method may leave them): one string, marked reversed, so the parser reports one error and
   * reads the rest of the line as written. Without that opening quote before the line's end or a
   * brace, false (an unknown character).
   */
  private scanReversed(opener: number): boolean {
    const text = this.text;
    for (let i = this.start + 1; i < this.n; i++) {
      const c = text.charCodeAt(i);
      // never past a brace: a block re-read alone must scan as it does in the brief (incremental.ts)
      if (c === 10 || c === 13 || isQuote(c) || c === 0x201d || c === 0x300d || c === 0x7b || c === 0x7d || c === 0xff5b || c === 0xff5d) {
        if (c !== opener) {
          return false;
        }
        this.set(TokenKind.String, i + 1);
        this.escaped = false;
        this.reversed = true;
        return true;
      }
    }
    return false;
  }

  private scanString(open: number): void {
    const text = this.text;
    const close = open === 0x22 ? 0x22 : open === 0x201c ? 0x201d : 0x300d;
    const n = this.n;
    let escaped = false;
    let i = this.start + 1;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        break;
      }
      if (c === 0x5c /* \ */ && open === 0x22 && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d === 0x22 || d === 0x5c) {
          escaped = true;
          i++;
          continue;
        }
      }
      if (c === close) {
        this.kind = TokenKind.String;
        this.end = this.pos = i + 1;
        this.unterminated = false;
        this.reversed = false;
        this.escaped = escaped;
        return;
      }
    }
    this.kind = TokenKind.String;
    this.end = this.pos = i;
    this.unterminated = true;
    this.reversed = false;
    this.escaped = escaped;
  }

  /** The current token's value: its text; a string's content, unescaped, without quotes. */
  value(): string {
    const { text, start, end } = this;
    switch (this.kind) {
      case TokenKind.Word:
      case TokenKind.Number:
      case TokenKind.Date: {
        const s = text.slice(start, end);
        const known = this.words.get(s);
        if (known !== undefined) {
          return known;
        }
        // Canonically equivalent spellings are one word (NFC): `Café` typed precomposed and
        // pasted decomposed (e + U+0301, as macOS file names give it) name one provider.
        const v = mayDecompose(s) ? s.normalize('NFC') : s;
        this.words.set(s, v);
        return v;
      }
      case TokenKind.String: {
        const contentEnd = this.unterminated ? end : end - 1;
        return this.escaped ? unescape(text, start + 1, contentEnd) : text.slice(start + 1, contentEnd);
      }
      case TokenKind.Newline:
        return '\n';
      case TokenKind.EOF:
        return '';
      case TokenKind.Comment:
      case TokenKind.Unknown:
        return text.slice(start, end);
      default:
        return text.charAt(start); // punctuation
    }
  }

  /** The current token as an object. */
  token(): Token {
    const length = this.end - this.start;
    return this.kind === TokenKind.String && this.unterminated
      ? { kind: this.kind, offset: this.start, length, value: this.value(), unterminated: true }
      : this.kind === TokenKind.String && this.reversed
        ? { kind: this.kind, offset: this.start, length, value: this.value(), reversed: true }
        : { kind: this.kind, offset: this.start, length, value: this.value() };
  }
}

/** Whether a word holds a character that NFC may change (a combining mark, a compatibility ideograph …). */
function mayDecompose(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && !((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf))) {
      return true;
    }
  }
  return false;
}

/** The content of an ASCII string between `from` and `to` with `\"` and `\\` unescaped. */
function unescape(text: string, from: number, to: number): string {
  let value = '';
  let chunk = from;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 0x5c && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x22 || d === 0x5c) {
        value += text.slice(chunk, i) + text[i + 1];
        i++;
        chunk = i + 1;
      }
    }
  }
  return value + text.slice(chunk, to);
}

/** Scans the whole text. Comments are returned as tokens; the parser skips them. */
export function scan(text: string): Token[] {
  const lexer = new Lexer(text);
  const tokens: Token[] = [];
  do {
    lexer.next();
    tokens.push(lexer.token());
  } while (lexer.kind !== TokenKind.EOF);
  return tokens;
}
