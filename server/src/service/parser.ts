/**
 * The error-tolerant parser. One pass over the text, no recursion (so ten
 * thousand `{` cost nothing but errors). A bad line yields one `syntax`
 * problem and parsing resumes at the next line or the next `}`.
 *
 * It reads tokens straight from the lexer and makes objects only for the
 * tokens the tree keeps; line breaks, commas and semicolons stay numbers in
 * the lexer, and no token list is built. Arrays are made at their final size.
 */
import type { Block, CaseDocument, Statement, SyntaxProblem } from './ast';
import { Lexer, Token, TokenKind } from './scanner';
import { lookupBlock, lookupKey, KeySpec } from './vocabulary';
import type { Message } from './i18n/messages';

const isWordish = (k: TokenKind) =>
  k === TokenKind.Word || k === TokenKind.Number || k === TokenKind.Date || k === TokenKind.String;

/** Whether a string right after a key is the fact's value or only a note. */
function acceptsString(spec: KeySpec | undefined): boolean {
  if (!spec) {
    return true;
  }
  const v = spec.value;
  return v.type === 'text' || v.type === 'textOrDate' || (v.type === 'enum' && v.allowString === true);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

class Parser extends Lexer {
  /** Does the current token start a line (comments aside)? */
  private atLineStart = true;
  private readonly problems: SyntaxProblem[] = [];
  private readonly problemAt = new Set<number>();
  readonly comments: Token[] = [];
  /**
   * Scratch lists, filled from index 0 with a count of their own and copied out at their
   * final size. Never emptied with `length = 0`: that lets go of the backing store, and the
   * next push allocates one of 17 slots again (~150 bytes per statement, a quarter of what a
   * parse allocated).
   */
  private readonly scratchTokens: Token[] = [];
  private readonly scratchStatements: Statement[] = [];

  constructor(text: string) {
    super(text);
    this.skipComments();
  }

  /** Scans on to the next token that is not a comment, keeping the comments. */
  private skipComments(): void {
    this.next();
    while (this.kind === TokenKind.Comment) {
      this.comments.push(this.token());
      this.next();
    }
  }

  /** Moves past the current token (never past EOF). */
  private advance(): void {
    if (this.kind !== TokenKind.EOF) {
      this.atLineStart = this.kind === TokenKind.Newline;
      this.skipComments();
    }
  }

  /** The current token as an object, and moves past it. */
  private take(): Token {
    const t = this.token();
    this.advance();
    return t;
  }

  /** Records a syntax problem; one per position. */
  private error(offset: number, length: number, message: Message): void {
    if (this.problemAt.has(offset)) {
      return;
    }
    this.problemAt.add(offset);
    this.problems.push({ offset, length, message });
  }

  /** Reports what the current token itself is wrong about (unterminated strings, unknown characters). */
  private checkToken(): void {
    if (this.kind === TokenKind.String && this.unterminated) {
      this.error(this.start, this.end - this.start, { id: 'syntax.unterminatedString' });
    } else if (this.kind === TokenKind.String && this.reversed) {
      this.error(this.start, this.end - this.start, { id: 'syntax.reversedQuotes', args: { open: this.text.charAt(this.end - 1), close: this.text.charAt(this.start) } });
    } else if (this.kind === TokenKind.Unknown) {
      this.error(this.start, this.end - this.start, { id: 'syntax.unexpectedChar', args: { text: this.value() } });
    }
  }

  /** Reports the current token as out of place. */
  private unexpected(): void {
    const k = this.kind;
    if (k === TokenKind.Unknown || (k === TokenKind.String && this.unterminated)) {
      this.checkToken();
    } else if (k === TokenKind.OpenBrace) {
      this.error(this.start, this.end - this.start, { id: 'syntax.strayOpenBrace' });
    } else if (k === TokenKind.CloseBrace) {
      this.error(this.start, this.end - this.start, { id: 'syntax.strayCloseBrace' });
    } else {
      this.error(this.start, this.end - this.start, { id: 'syntax.unexpectedToken', args: { text: this.value() } });
    }
  }

  /** Skips to the end of the current line, reporting the first offending token. */
  private skipLine(report: boolean): void {
    let first = true;
    while (this.kind !== TokenKind.Newline && this.kind !== TokenKind.EOF) {
      if (report && first) {
        this.unexpected();
        first = false;
      } else {
        this.checkToken();
      }
      this.advance();
    }
  }

  parse(): CaseDocument {
    const blocks: Block[] = [];
    while (this.kind !== TokenKind.EOF) {
      const k = this.kind;
      if (k === TokenKind.Newline || k === TokenKind.Semicolon) {
        this.advance();
      } else if (k === TokenKind.Word && this.atLineStart) {
        blocks.push(this.parseBlock());
      } else if (k === TokenKind.CloseBrace) {
        this.unexpected();
        this.advance();
      } else {
        this.skipLine(true);
      }
    }
    return { text: this.text, blocks, comments: this.comments, syntax: this.problems };
  }

  private parseBlock(): Block {
    const keyword = this.take();
    const spec = lookupBlock(keyword.value);
    const header = this.scratchTokens;
    let count = 0;
    let headerEnd = keyword.offset + keyword.length;
    for (;;) {
      const k = this.kind;
      if (k === TokenKind.Newline || k === TokenKind.EOF || k === TokenKind.OpenBrace || k === TokenKind.CloseBrace) {
        break;
      }
      headerEnd = this.end;
      if (isWordish(k)) {
        this.checkToken();
        header[count++] = this.take();
      } else {
        this.unexpected();
        this.advance();
      }
    }
    let open: Token | undefined;
    if (this.kind === TokenKind.OpenBrace) {
      open = this.take();
    } else if (spec && (open = this.braceInUnclosedName(header, count))) {
      // `provider P "name {`: the closing quote forgotten before the brace. The string's error
      // stands; the body is read all the same, so that one typo does not lose the block's facts.
    } else if (this.kind === TokenKind.Newline && spec) {
      // `{` on the next line: say where it belongs, then read the body all the same.
      const { start, end, atLineStart } = this;
      const comments = this.comments.length;
      do {
        this.advance();
      } while (this.kind === TokenKind.Newline);
      if (this.kind === TokenKind.OpenBrace) {
        open = this.take();
        this.error(open.offset, open.length, { id: 'syntax.braceOnHeaderLine' });
      } else {
        // No `{`: back to the line break after the header; the lines skipped are read again.
        this.comments.length = comments;
        this.kind = TokenKind.Newline;
        this.start = start;
        this.end = this.pos = end;
        this.unterminated = false;
        this.reversed = false;
        this.atLineStart = atLineStart;
      }
    }
    const headerTokens = header.slice(0, count);
    const block: Mutable<Block> = open
      ? { offset: keyword.offset, length: keyword.length, keyword, spec, header: headerTokens, headerEnd, statements: [], open }
      : { offset: keyword.offset, length: keyword.length, keyword, spec, header: headerTokens, headerEnd, statements: [] };
    if (open) {
      block.statements = this.parseBody(block, open);
    } else if (spec?.bodyRequired) {
      this.error(headerEnd, 0, { id: 'syntax.expectedBody', args: { block: keyword.value } });
    }
    const last = block.close ?? block.statements[block.statements.length - 1] ?? block.open;
    const end = last ? last.offset + last.length : headerEnd;
    block.length = Math.max(end, headerEnd) - block.offset;
    return block;
  }

  /**
   * When a header's last word is a string left open whose text ends with `{` (or `｛`), that
   * brace as the body's opening token, and the string without it; else undefined.
   */
  private braceInUnclosedName(header: Token[], count: number): Token | undefined {
    const last = count > 0 ? header[count - 1] : undefined;
    if (!last || last.kind !== TokenKind.String || !last.unterminated) {
      return undefined;
    }
    const raw = this.text.slice(last.offset, last.offset + last.length).trimEnd();
    const brace = raw.charAt(raw.length - 1);
    if (brace !== '{' && brace !== '\uff5b') {
      return undefined;
    }
    const at = last.offset + raw.length - 1;
    header[count - 1] = { ...last, length: at - last.offset, value: last.value.trimEnd().slice(0, -1).trimEnd() };
    return { kind: TokenKind.OpenBrace, offset: at, length: 1, value: brace };
  }

  private parseBody(block: Block, open: Token): Statement[] {
    const statements = this.scratchStatements;
    let count = 0;
    for (;;) {
      const k = this.kind;
      if (k === TokenKind.Newline || k === TokenKind.Semicolon) {
        this.advance();
        continue;
      }
      if (k === TokenKind.CloseBrace) {
        (block as Mutable<Block>).close = this.take();
        break;
      }
      if (k === TokenKind.EOF) {
        this.error(open.offset, open.length, { id: 'syntax.missingCloseBrace' });
        break;
      }
      if (k === TokenKind.Word && this.atLineStart) {
        const word = this.value();
        if (lookupBlock(word) && !(block.spec && lookupKey(block.spec.id, word))) {
          // A new block begins: the body was never closed.
          this.error(open.offset, open.length, { id: 'syntax.missingCloseBrace' });
          break;
        }
      }
      if (k === TokenKind.Word) {
        statements[count++] = this.parseStatement(block);
      } else {
        this.unexpected();
        this.advance();
        // Resync at the next line or the next `}`.
        for (;;) {
          const r = this.kind;
          if (r === TokenKind.Newline || r === TokenKind.Semicolon || r === TokenKind.CloseBrace || r === TokenKind.EOF) {
            break;
          }
          this.checkToken();
          this.advance();
        }
      }
    }
    return count === 0 ? [] : statements.slice(0, count);
  }

  private parseStatement(block: Block): Statement {
    const key = this.take();
    const spec = block.spec ? lookupKey(block.spec.id, key.value) : undefined;
    let end = key.offset + key.length;
    let colon: Token | undefined;
    if (this.kind === TokenKind.Colon) {
      colon = this.take();
      end = colon.offset + colon.length;
    }
    const values = this.scratchTokens;
    let count = 0;
    let note: Token | undefined;
    let expectValue = true;
    let commaAt = -1;
    let commaLength = 0;
    for (;;) {
      const k = this.kind;
      if (k === TokenKind.Newline || k === TokenKind.Semicolon || k === TokenKind.CloseBrace || k === TokenKind.EOF) {
        break;
      }
      end = this.end;
      if (note) {
        this.unexpected();
        this.advance();
        continue;
      }
      if (k === TokenKind.String) {
        this.checkToken();
        const isValue = expectValue && (count > 0 || acceptsString(spec));
        if (isValue) {
          values[count++] = this.take();
          expectValue = false;
        } else {
          note = this.take();
        }
        commaAt = -1;
      } else if (isWordish(k)) {
        // a second word after a one-value key is too-many-values (checks.ts), not a missing comma
        if (!expectValue && spec?.arity !== 'one') {
          this.error(this.start, this.end - this.start, { id: 'syntax.missingComma', args: { text: this.value() } });
        }
        values[count++] = this.take();
        expectValue = false;
        commaAt = -1;
      } else if (k === TokenKind.Comma) {
        if (expectValue) {
          this.error(this.start, this.end - this.start, { id: 'syntax.expectedValue' });
        }
        expectValue = true;
        commaAt = this.start;
        commaLength = this.end - this.start;
        this.advance();
      } else {
        this.unexpected();
        this.advance();
      }
    }
    if (commaAt >= 0) {
      this.error(commaAt, commaLength, { id: 'syntax.trailingComma' });
    }
    const offset = key.offset;
    const length = end - offset;
    const vals = count === 1 ? [values[0]] : values.slice(0, count);
    // One literal per shape, with the properties in the order they always had.
    if (colon) {
      return note
        ? { offset, length, key, spec, values: vals, block, colon, note }
        : { offset, length, key, spec, values: vals, block, colon };
    }
    return note ? { offset, length, key, spec, values: vals, block, note } : { offset, length, key, spec, values: vals, block };
  }
}

/** Parses a case-facts text. Never throws; every problem is in `syntax`. */
export function parse(text: string): CaseDocument {
  return new Parser(text).parse();
}
