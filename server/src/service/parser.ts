/**
 * The error-tolerant parser. One pass over the tokens, no recursion (so ten
 * thousand `{` cost nothing but errors). A bad line yields one `syntax`
 * problem and parsing resumes at the next line or the next `}`.
 */
import type { Block, CaseDocument, Statement, SyntaxProblem } from './ast';
import { scan, Token, TokenKind } from './scanner';
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

class Parser {
  private readonly tokens: Token[] = [];
  /** For each token (comments removed): does it start a line? */
  private readonly lineStart: boolean[] = [];
  private pos = 0;
  private readonly problems: SyntaxProblem[] = [];
  private readonly problemAt = new Set<number>();
  readonly comments: Token[] = [];

  constructor(readonly text: string) {
    let atStart = true;
    for (const tok of scan(text)) {
      if (tok.kind === TokenKind.Comment) {
        this.comments.push(tok);
        continue;
      }
      this.tokens.push(tok);
      this.lineStart.push(atStart);
      atStart = tok.kind === TokenKind.Newline;
    }
  }

  private get tok(): Token {
    return this.tokens[this.pos];
  }

  private advance(): Token {
    const t = this.tokens[this.pos];
    if (t.kind !== TokenKind.EOF) {
      this.pos++;
    }
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

  /** Reports what a token itself is wrong about (unterminated strings, unknown characters). */
  private checkToken(t: Token): void {
    if (t.kind === TokenKind.String && t.unterminated) {
      this.error(t.offset, t.length, { id: 'syntax.unterminatedString' });
    } else if (t.kind === TokenKind.Unknown) {
      this.error(t.offset, t.length, { id: 'syntax.unexpectedChar', args: { text: t.value } });
    }
  }

  private unexpected(t: Token): void {
    if (t.kind === TokenKind.Unknown || (t.kind === TokenKind.String && t.unterminated)) {
      this.checkToken(t);
    } else if (t.kind === TokenKind.OpenBrace) {
      this.error(t.offset, t.length, { id: 'syntax.strayOpenBrace' });
    } else if (t.kind === TokenKind.CloseBrace) {
      this.error(t.offset, t.length, { id: 'syntax.strayCloseBrace' });
    } else {
      this.error(t.offset, t.length, { id: 'syntax.unexpectedToken', args: { text: t.value } });
    }
  }

  /** Skips to the end of the current line, reporting the first offending token. */
  private skipLine(report: boolean): void {
    let first = true;
    while (this.tok.kind !== TokenKind.Newline && this.tok.kind !== TokenKind.EOF) {
      const t = this.advance();
      if (report && first) {
        this.unexpected(t);
        first = false;
      } else {
        this.checkToken(t);
      }
    }
  }

  parse(): CaseDocument {
    const blocks: Block[] = [];
    while (this.tok.kind !== TokenKind.EOF) {
      const t = this.tok;
      if (t.kind === TokenKind.Newline || t.kind === TokenKind.Semicolon) {
        this.advance();
      } else if (t.kind === TokenKind.Word && this.lineStart[this.pos]) {
        blocks.push(this.parseBlock());
      } else if (t.kind === TokenKind.CloseBrace) {
        this.unexpected(this.advance());
      } else {
        this.skipLine(true);
      }
    }
    return { text: this.text, blocks, comments: this.comments, syntax: this.problems };
  }

  private parseBlock(): Block {
    const keyword = this.advance();
    const spec = lookupBlock(keyword.value);
    const block: Block = {
      offset: keyword.offset,
      length: keyword.length,
      keyword,
      spec,
      header: [],
      headerEnd: keyword.offset + keyword.length,
      statements: [],
    };
    for (;;) {
      const t = this.tok;
      if (t.kind === TokenKind.Newline || t.kind === TokenKind.EOF || t.kind === TokenKind.OpenBrace ||
        t.kind === TokenKind.CloseBrace) {
        break;
      }
      this.advance();
      if (isWordish(t.kind)) {
        this.checkToken(t);
        block.header.push(t);
      } else {
        this.unexpected(t);
      }
      block.headerEnd = t.offset + t.length;
    }
    let open: Token | undefined;
    if (this.tok.kind === TokenKind.OpenBrace) {
      open = this.advance();
    } else if (this.tok.kind === TokenKind.Newline && spec) {
      // `{` on the next line: say where it belongs, then read the body all the same.
      let p = this.pos;
      while (this.tokens[p].kind === TokenKind.Newline) {
        p++;
      }
      if (this.tokens[p].kind === TokenKind.OpenBrace) {
        this.pos = p;
        open = this.advance();
        this.error(open.offset, open.length, { id: 'syntax.braceOnHeaderLine' });
      }
    }
    if (open) {
      block.open = open;
      this.parseBody(block);
    } else if (spec?.bodyRequired) {
      this.error(block.headerEnd, 0, { id: 'syntax.expectedBody', args: { block: keyword.value } });
    }
    const last = block.close ?? block.statements[block.statements.length - 1] ?? block.open;
    const end = last ? last.offset + last.length : block.headerEnd;
    block.length = Math.max(end, block.headerEnd) - block.offset;
    return block;
  }

  private parseBody(block: Block): void {
    const open = block.open as Token;
    for (;;) {
      const t = this.tok;
      if (t.kind === TokenKind.Newline || t.kind === TokenKind.Semicolon) {
        this.advance();
        continue;
      }
      if (t.kind === TokenKind.CloseBrace) {
        block.close = this.advance();
        return;
      }
      if (t.kind === TokenKind.EOF) {
        this.error(open.offset, open.length, { id: 'syntax.missingCloseBrace' });
        return;
      }
      if (t.kind === TokenKind.Word && this.lineStart[this.pos] && lookupBlock(t.value) &&
        !(block.spec && lookupKey(block.spec.id, t.value))) {
        // A new block begins: the body was never closed.
        this.error(open.offset, open.length, { id: 'syntax.missingCloseBrace' });
        return;
      }
      if (t.kind === TokenKind.Word) {
        block.statements.push(this.parseStatement(block));
      } else {
        this.unexpected(this.advance());
        // Resync at the next line or the next `}`.
        while (![TokenKind.Newline, TokenKind.Semicolon, TokenKind.CloseBrace, TokenKind.EOF].includes(this.tok.kind)) {
          this.checkToken(this.advance());
        }
      }
    }
  }

  private parseStatement(block: Block): Statement {
    const key = this.advance();
    const spec = block.spec ? lookupKey(block.spec.id, key.value) : undefined;
    const st: Statement = { offset: key.offset, length: key.length, key, spec, values: [], block };
    let end = key.offset + key.length;
    if (this.tok.kind === TokenKind.Colon) {
      st.colon = this.advance();
      end = st.colon.offset + st.colon.length;
    }
    let expectValue = true;
    let comma: Token | undefined;
    for (;;) {
      const t = this.tok;
      if (t.kind === TokenKind.Newline || t.kind === TokenKind.Semicolon || t.kind === TokenKind.CloseBrace ||
        t.kind === TokenKind.EOF) {
        break;
      }
      this.advance();
      end = t.offset + t.length;
      if (st.note) {
        this.unexpected(t);
        continue;
      }
      if (t.kind === TokenKind.String) {
        this.checkToken(t);
        const isValue = expectValue && (st.values.length > 0 || acceptsString(spec));
        if (isValue) {
          st.values.push(t);
          expectValue = false;
        } else {
          st.note = t;
        }
        comma = undefined;
      } else if (isWordish(t.kind)) {
        if (!expectValue) {
          this.error(t.offset, t.length, { id: 'syntax.missingComma', args: { text: t.value } });
        }
        st.values.push(t);
        expectValue = false;
        comma = undefined;
      } else if (t.kind === TokenKind.Comma) {
        if (expectValue) {
          this.error(t.offset, t.length, { id: 'syntax.expectedValue' });
        }
        expectValue = true;
        comma = t;
      } else {
        this.unexpected(t);
      }
    }
    if (comma) {
      this.error(comma.offset, comma.length, { id: 'syntax.trailingComma' });
    }
    st.length = end - st.offset;
    return st;
  }
}

/** Parses a case-facts text. Never throws; every problem is in `syntax`. */
export function parse(text: string): CaseDocument {
  return new Parser(text).parse();
}
