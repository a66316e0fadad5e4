/**
 * Reads the editor's messages off a byte stream (stdio, a socket, a named pipe):
 * JSON bodies framed by a `Content-Length` header, as vscode-jsonrpc's reader reads
 * them, except after a header that frames nothing.
 *
 * Given a header without a Content-Length, or with one that is not a number (or is
 * negative), the library's reader reports an error and then reads each later body as
 * the next header: the server answers nothing more and never exits, and the editor
 * waits on it. Here what cannot be a header is skipped up to the next `Content-Length:`
 * and the messages after it are read as usual; a body that is not JSON is skipped alone.
 */
import type { DataCallback } from 'vscode-jsonrpc/lib/common/messageReader';
import type { Disposable } from 'vscode-jsonrpc/lib/common/disposable';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the library's exports, not a copy (see lspValues.ts)
import jsonrpc = require('vscode-jsonrpc/lib/common/api');

const LENGTH = /^content-length:[ \t]*(\d+)[ \t]*$/im;

export class StreamMessageReader extends jsonrpc.AbstractMessageReader {
  /** What has arrived and is not read yet: `buffer`, then the chunks after it. */
  private buffer = Buffer.alloc(0);
  private chunks: Buffer[] = [];
  private size = 0;
  /** How many bytes must have arrived before reading on (the whole of a long body). */
  private need = 0;

  constructor(private readonly input: NodeJS.ReadableStream) {
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
    while (this.size >= this.need && this.size > 0) {
      // joined once a message is whole, not on every chunk of a long one
      const buffer = (this.buffer = this.chunks.length > 0 ? Buffer.concat([this.buffer, ...this.chunks]) : this.buffer);
      this.chunks = [];
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) {
        this.need = this.size + 1;
        return;
      }
      const header = LENGTH.exec(buffer.toString('latin1', 0, end));
      if (!header) {
        // not a header: on to the next one, if it has arrived
        const next = buffer.toString('latin1').toLowerCase().indexOf('content-length:', 1);
        this.fireError(new Error(`skipped ${next < 0 ? buffer.length : next} bytes that frame no message`));
        this.take(next < 0 ? buffer.length : next);
        continue;
      }
      const start = end + 4;
      this.need = start + Number(header[1]);
      if (this.size < this.need) {
        return;
      }
      const body = buffer.toString('utf8', start, this.need);
      this.take(this.need);
      try {
        callback(JSON.parse(body) as jsonrpc.Message);
      } catch (e) {
        this.fireError(e);
      }
    }
  }

  private take(bytes: number): void {
    // nothing left: the joined bytes of a long message are not kept for the next one
    this.buffer = bytes < this.buffer.length ? this.buffer.subarray(bytes) : Buffer.alloc(0);
    this.size = this.buffer.length;
    this.need = 0;
  }
}
