/**
 * Reads the editor's messages off a byte stream (stdio, a socket, a named pipe):
 * JSON bodies framed by a `Content-Length` header, as vscode-jsonrpc's reader reads
 * them, except where that reader hangs or buffers without bound.
 *
 * Given a header without a Content-Length, or with one that is not a number (or is
 * negative), the library's reader reports an error and then reads each later body as
 * the next header: the server answers nothing more and never exits, and the editor
 * waits on it. Here what cannot be a header is skipped up to the next `Content-Length:`
 * and the messages after it are read as usual. So is a header that claims more than
 * {@link MAX_MESSAGE_BYTES}: its bytes are dropped as they come, not kept, and whatever
 * comes after them is read. Its headers may end their lines in `\n` alone (the library
 * waits for `\r\n` forever); a `Content-Type` may say `charset=utf-8` (or `utf8`, which
 * LSP asks to take as the same), and another charset is refused, as LSP says.
 *
 * What the connection must tell the editor (a body that is not JSON, a charset it
 * cannot read) goes to `refused`; what frames no message at all is only reported
 * there for the log, as there is no message to answer.
 */
import type { DataCallback } from 'vscode-jsonrpc/lib/common/messageReader';
import type { Disposable } from 'vscode-jsonrpc/lib/common/disposable';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the library's exports, not a copy (see lspValues.ts)
import jsonrpc = require('vscode-jsonrpc/lib/common/api');

/**
 * The most bytes one message may take. The largest an editor sends is a brief's whole text
 * in `didOpen` or a full `didChange`: VS Code gives extensions no document over 50 M
 * characters, which is at most ~150 MB of UTF-8 (all Chinese) with JSON's escapes on top;
 * a body over ~512 M characters could not even be made one string by V8.
 */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** Enough bytes to hold a `Content-Length: N` line whole. */
const HEADER_LINE = 64;
/** The most bytes a header block may take before it is taken for garbage (LSP's are ~60). */
const MAX_HEADER_BYTES = 8192;
/** The most bytes of `content-length:` that may end a chunk, its rest in the next. */
const KEEP = 'content-length:'.length - 1;

/** What the reader could not take, and what the connection should answer: `code` to reply with, if any. */
export interface Refusal {
  /** JSON-RPC error code to answer with (ParseError, InvalidRequest), or none when nothing framed a message. */
  readonly code?: number;
  /** The request's id if it could be read, else null (JSON-RPC's answer when the id is unknown). */
  readonly id: string | number | null;
  /** What was wrong, in words for the editor's log. */
  readonly message: string;
}

export class StreamMessageReader extends jsonrpc.AbstractMessageReader {
  /** What has arrived and is not read yet: `buffer`, then the chunks after it. */
  private buffer = Buffer.alloc(0);
  private chunks: Buffer[] = [];
  private size = 0;
  /** How many bytes must have arrived before reading on (the whole of a long body). */
  private need = 0;
  /** Whether garbage is being skipped chunk by chunk: told once, not once a chunk. */
  private skipping = false;
  /**
   * While a body is awaited: where it starts, and its last bytes come (where a header line the
   * next chunk ends may begin).
   */
  private awaited: { start: number; tail: Buffer } | undefined;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly refused: (refusal: Refusal) => void = () => undefined,
    /** The most bytes one message may take (a test sets a small one). */
    private readonly max = MAX_MESSAGE_BYTES,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const data = (chunk: Buffer) => this.read(chunk, callback);
    const error = (e: Error) => this.fireError(e);
    const close = () => this.fireClose();
    this.input.on('data', data).on('error', error).on('close', close);
    return { dispose: () => void this.input.off('data', data).off('error', error).off('close', close) };
  }

  private read(chunk: Buffer, callback: DataCallback): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.awaited) {
      this.cutShort(chunk, this.size - chunk.length);
    }
    while (this.size >= this.need && this.size > 0) {
      // joined once a message is whole, not on every chunk of a long one
      const buffer = (this.buffer = this.chunks.length > 0 ? Buffer.concat([this.buffer, ...this.chunks]) : this.buffer);
      this.chunks = [];
      const head = buffer.toString('latin1', 0, Math.min(buffer.length, MAX_HEADER_BYTES));
      const blank = /\r?\n\r?\n/.exec(head);
      if (!blank) {
        if (buffer.length < MAX_HEADER_BYTES) {
          this.need = this.size + 1;
          return;
        }
        this.skip(buffer, `${MAX_HEADER_BYTES} bytes without the end of a header`);
        continue;
      }
      const header = readHeader(head.slice(0, blank.index));
      if (typeof header === 'string') {
        this.skip(buffer, header);
        continue;
      }
      if (header.length > this.max) {
        // its bytes are not kept: whatever header comes after them is read on
        this.skip(buffer, `a message of ${header.length} bytes is over the limit of ${this.max}`);
        continue;
      }
      const start = blank.index + blank[0].length;
      this.need = start + header.length;
      if (this.size < this.need) {
        this.awaited = { start, tail: Buffer.alloc(0) };
        this.cutShort(buffer.subarray(start), start);
        if (this.size < this.need) {
          return;
        }
        continue; // cut short: the header found in it is read next
      }
      this.awaited = undefined;
      const body = buffer.toString('utf8', start, this.need);
      this.take(this.need);
      this.skipping = false;
      let message: unknown;
      try {
        message = JSON.parse(body);
      } catch (e) {
        this.refuse({ code: jsonrpc.ErrorCodes.ParseError, id: null, message: `a message that is not JSON: ${(e as Error).message}` });
        continue;
      }
      if (header.charset !== undefined) {
        // LSP: a header with another encoding than utf-8 is answered with an error
        const id = isRequest(message) ? message.id : null;
        this.refuse({ code: jsonrpc.ErrorCodes.InvalidRequest, id, message: `charset ${header.charset} is not supported: messages are UTF-8` });
        continue;
      }
      try {
        callback(message as jsonrpc.Message);
      } catch (e) {
        // told, and the messages after it still read (a throw here would leave them unread)
        this.refuse({ id: null, message: `a message the server failed to take: ${(e as Error).message}` });
      }
    }
  }

  /**
   * Looks in bytes of an awaited body (`bytes`, from offset `at`) for a header: a line
   * `Content-Length: N` can stand in no JSON text (out of a string it is no JSON; in one, no
   * line break may follow it), so a body holding one is not JSON whatever comes after, and
   * its Content-Length claimed more than was sent. It is answered as a body that is not JSON,
   * cut there, and the header is read: a length that lies no longer makes the server wait for
   * bytes that never come while the editor's messages go into them. Only the line breaks are
   * looked at, of which the bodies editors send (JSON on one line) have none.
   */
  private cutShort(bytes: Buffer, at: number): void {
    const awaited = this.awaited!;
    // a header after the body is the next message's (but one the claimed end falls in is not)
    const end = Math.min(bytes.length, this.need - at + HEADER_LINE);
    for (let n = bytes.indexOf(10); n >= 0 && n < end; n = bytes.indexOf(10, n + 1)) {
      // the line before the break, with the bytes before this chunk it may begin in
      const from = Math.max(0, n - HEADER_LINE);
      const before = n - from < HEADER_LINE ? awaited.tail.toString('latin1', Math.max(0, awaited.tail.length - (HEADER_LINE - (n - from)))) : '';
      const line = before + bytes.toString('latin1', from, n);
      const header = /content-length:[ \t]*\d+[ \t]*\r?$/i.exec(line);
      const cut = header ? at + n - (line.length - header.index) : -1;
      if (cut >= awaited.start && cut < this.need) {
        const length = this.need - awaited.start;
        this.refuse({ code: jsonrpc.ErrorCodes.ParseError, id: null, message: `a message cut short by the next header: ${cut - awaited.start} of the ${length} bytes its Content-Length claimed` });
        this.buffer = Buffer.concat([this.buffer, ...this.chunks]);
        this.chunks = [];
        this.take(cut);
        return;
      }
    }
    const tail = bytes.subarray(Math.max(0, bytes.length - HEADER_LINE));
    awaited.tail = tail.length < HEADER_LINE ? Buffer.concat([awaited.tail, tail]).subarray(-HEADER_LINE) : Buffer.from(tail);
  }

  private refuse(refusal: Refusal): void {
    this.refused(refusal);
    this.fireError(new Error(refusal.message));
  }

  /**
   * Drops what frames no message, up to the next `Content-Length:` after its first byte; with
   * none yet, all but an end that may begin one. Told once until a message is read again.
   */
  private skip(buffer: Buffer, why: string): void {
    const next = indexOfLength(buffer, 1);
    if (!this.skipping) {
      this.refuse({ id: null, message: `skipped what frames no message (${why})` });
    }
    this.skipping = next < 0;
    this.take(next >= 0 ? next : buffer.length - startOfLength(buffer));
  }

  private take(bytes: number): void {
    // nothing left: the joined bytes of a long message are not kept for the next one
    this.buffer = bytes < this.buffer.length ? this.buffer.subarray(bytes) : Buffer.alloc(0);
    this.size = this.buffer.length;
    this.need = 0;
    this.awaited = undefined;
  }
}

/**
 * A header block's Content-Length, and its charset if it is not UTF-8; or why it is no header.
 * Lines may end in `\r\n` or `\n`; blank lines before the block are let go.
 */
function readHeader(block: string): { length: number; charset?: string } | string {
  let length: number | undefined;
  let charset: string | undefined;
  for (const line of block.split(/\r?\n/)) {
    if (line === '') {
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      return `not a header line: ${JSON.stringify(line.slice(0, 40))}`;
    }
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') {
      if (!/^\d+$/.test(value) || (length !== undefined && length !== Number(value))) {
        return `not a length: Content-Length: ${JSON.stringify(value.slice(0, 40))}`;
      }
      length = Number(value);
    } else if (name === 'content-type') {
      const declared = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(value)?.[1];
      charset = declared === undefined || /^utf-?8$/i.test(declared) ? undefined : declared;
    }
  }
  return length === undefined ? 'a header without a Content-Length' : { length, charset };
}

/** Where `content-length:` (in any case) begins in `buffer`, from `from` on; -1 if nowhere. */
function indexOfLength(buffer: Buffer, from: number): number {
  const WINDOW = 1 << 16;
  for (let at = from; at < buffer.length; at += WINDOW - KEEP) {
    const found = buffer.toString('latin1', at, Math.min(buffer.length, at + WINDOW)).toLowerCase().indexOf('content-length:');
    if (found >= 0) {
      return at + found;
    }
  }
  return -1;
}

/** How many of the last bytes of `buffer` begin `content-length:` (in any case), which the next chunk may end. */
function startOfLength(buffer: Buffer): number {
  const end = buffer.toString('latin1', Math.max(0, buffer.length - KEEP)).toLowerCase();
  for (let n = end.length; n > 0; n--) {
    if ('content-length:'.startsWith(end.slice(end.length - n))) {
      return n;
    }
  }
  return 0;
}

function isRequest(message: unknown): message is { id: string | number } {
  const { id, method } = (typeof message === 'object' && message !== null ? message : {}) as { id?: unknown; method?: unknown };
  return typeof method === 'string' && (typeof id === 'string' || typeof id === 'number');
}
