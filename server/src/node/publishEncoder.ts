/**
 * The message writer of the stdio transport, with one difference from
 * vscode-jsonrpc's: a publishDiagnostics notification, or the full list
 * answering a pull (`textDocument/diagnostic`), is written from the
 * serialisations of its diagnostics, each made once per diagnostic object.
 *
 * On a long brief a keystroke republishes hundreds of diagnostics of which
 * nearly all are the objects the previous version published (the language
 * service reuses a diagnostic whose finding, ranges, level and locale did not
 * change: see `findingsToDiagnostics`). Re-serialising them was a third of the
 * server's time per edit. Diagnostic objects are never mutated once built, so a
 * serialisation stays right for the object's life; the WeakMap lets it go with it.
 */
import type { Message, MessageWriter } from 'vscode-jsonrpc';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the library's exports, not a copy (see lspValues.ts)
import jsonrpc = require('vscode-jsonrpc');
import { isWrittenElementwise, isWrittenInParts, jsonPieces, sameElements } from '../service/lists';

/** UTF-8 serialisations by diagnostic object. */
const serialised = new WeakMap<object, Buffer>();

const PUBLISH = 'textDocument/publishDiagnostics';
const PARAMS = new Set(['uri', 'version', 'diagnostics']);
const COMMA = Buffer.from(',');
const TAIL = Buffer.from(']}}');

/**
 * The last list published per uri and its bytes: an edit that moves no
 * diagnostic republishes the very same objects, and then the whole list's
 * bytes are reused. A few documents' worth, the oldest dropped first.
 */
const lastList = new Map<string, { readonly items: readonly unknown[]; readonly bytes: Buffer }>();
const LAST_LISTS = 32;

interface Publish {
  readonly jsonrpc: string;
  readonly method: string;
  readonly params: { readonly uri: string; readonly version?: number; readonly diagnostics: readonly unknown[] };
}

interface FullReport {
  readonly jsonrpc: string;
  readonly id: number | string;
  readonly result: { readonly kind: 'full'; readonly resultId?: string; readonly items: readonly unknown[] };
}

const REPORT_KEYS = new Set(['kind', 'resultId', 'items']);

/** The answer to a pull (`textDocument/diagnostic`) with a full list, of exactly the shape written by hand. */
function isPlainFullReport(msg: Message): msg is Message & FullReport {
  const m = msg as Partial<FullReport>;
  if ((typeof m.id !== 'number' && typeof m.id !== 'string') || typeof m.result !== 'object' || m.result === null || Object.keys(msg).some((k) => k !== 'jsonrpc' && k !== 'id' && k !== 'result')) {
    return false;
  }
  const r = m.result;
  return r.kind === 'full' && Array.isArray(r.items) && (r.resultId === undefined || typeof r.resultId === 'string') && Object.keys(r).every((k) => REPORT_KEYS.has(k));
}

/**
 * An answer whose result is marked to be written in pieces: a list element by element
 * (`writtenElementwise`), or an object property by property (`writtenInParts`).
 */
function isPiecewiseAnswer(msg: Message): msg is Message & { readonly jsonrpc: string; readonly id: number | string; readonly result: unknown } {
  const m = msg as { id?: unknown; result?: unknown };
  return (typeof m.id === 'number' || typeof m.id === 'string') && (isWrittenElementwise(m.result) || isWrittenInParts(m.result)) &&
    Object.keys(msg).every((k) => k === 'jsonrpc' || k === 'id' || k === 'result');
}

const LIST_TAIL = Buffer.from(']}');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');
const CLOSE_OBJECT = Buffer.from('}');

/** The JSON of a value as pieces (`jsonPieces`): marked lists element by element, marked objects property by property, each other value's bytes made once. */
function piecesOf(value: unknown, out: Buffer[]): void {
  for (const piece of jsonPieces(value, '', elementBytes)) {
    out.push(typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece);
  }
}

/**
 * A list's bytes (its elements' JSON joined by commas) by the list: the pull delivery answers
 * with the same array while the list is unchanged, and a list read from JSON comes with its bytes.
 */
const knownLists = new WeakMap<readonly unknown[], Buffer>();

/**
 * A list parsed from `json` (the JSON of exactly that list, as saved): written as those
 * bytes rather than serialised again, its objects being what parsing them made.
 */
export function listFromJson(json: Buffer): unknown[] | undefined {
  let list: unknown;
  try {
    list = JSON.parse(json.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(list)) {
    return undefined;
  }
  // between the brackets, which JSON.stringify writes without spaces around them
  if (json[0] === 0x5b && json[json.length - 1] === 0x5d) {
    knownLists.set(list, json.subarray(1, json.length - 1));
  }
  return list;
}

/** A notification of exactly the shape this encoder writes by hand (anything else goes to JSON.stringify). */
function isPlainPublish(msg: Message): msg is Message & Publish {
  const m = msg as Partial<Publish>;
  if (m.method !== PUBLISH || typeof m.params !== 'object' || m.params === null || Object.keys(msg).some((k) => k !== 'jsonrpc' && k !== 'method' && k !== 'params')) {
    return false;
  }
  const p = m.params;
  return typeof p.uri === 'string' && Array.isArray(p.diagnostics) && Object.keys(p).every((k) => PARAMS.has(k)) &&
    (p.version === undefined || typeof p.version === 'number');
}

function utf8(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value) ?? 'null', 'utf8');
}

/**
 * The UTF-8 bytes of `JSON.stringify(msg)` (up to key order), in pieces to be
 * written one after the other, reusing each diagnostic's bytes: copying them is
 * an order of magnitude cheaper than serialising hundreds of objects again.
 * A list of the same objects as the last one published for its document is
 * its very bytes again, between a new head (the version) and the tail.
 */
export function encodeParts(msg: Message): Buffer[] {
  const answered = knownAnswer(msg);
  if (answered) {
    const { jsonrpc: version, id } = msg as unknown as { jsonrpc: string; id: number | string };
    return [Buffer.from(`{"jsonrpc":${JSON.stringify(version)},"id":${JSON.stringify(id)},"result":`, 'utf8'), answered, CLOSE_OBJECT];
  }
  if (isPiecewiseAnswer(msg)) {
    const head = `{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"id":${JSON.stringify(msg.id)},"result":`;
    if (isWrittenElementwise(msg.result)) {
      return [Buffer.from(`${head}[`, 'utf8'), listBytes(msg.result), LIST_TAIL];
    }
    const pieces: Buffer[] = [Buffer.from(head, 'utf8')];
    piecesOf(msg.result, pieces);
    pieces.push(CLOSE_OBJECT);
    return [Buffer.concat(pieces)];
  }
  if (isPlainFullReport(msg)) {
    const { resultId, items } = msg.result;
    const head = Buffer.from(`{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"id":${JSON.stringify(msg.id)},"result":{"kind":"full",${resultId === undefined ? '' : `"resultId":${JSON.stringify(resultId)},`}"items":[`, 'utf8');
    let bytes = knownLists.get(items);
    if (bytes === undefined) {
      bytes = listBytes(items);
      knownLists.set(items, bytes);
    }
    return [head, bytes, TAIL];
  }
  if (!isPlainPublish(msg)) {
    return [utf8(msg)];
  }
  const { uri, version, diagnostics } = msg.params;
  const head = Buffer.from(`{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"method":"${PUBLISH}","params":{"uri":${JSON.stringify(uri)},${version === undefined ? '' : `"version":${version},`}"diagnostics":[`, 'utf8');
  const known = knownLists.get(diagnostics);
  if (known !== undefined) {
    // a list read with its bytes (perhaps known by them alone): not one to compare elements with
    lastList.delete(uri);
    return [head, known, TAIL];
  }
  const last = lastList.get(uri);
  if (last && sameElements(last.items, diagnostics)) {
    return [head, last.bytes, TAIL];
  }
  const bytes = listBytes(diagnostics);
  lastList.delete(uri);
  lastList.set(uri, { items: [...diagnostics], bytes });
  if (lastList.size > LAST_LISTS) {
    lastList.delete(lastList.keys().next().value as string);
  }
  return [head, bytes, TAIL];
}

/** A list's elements as JSON, joined by commas: each diagnostic object serialised once, then its bytes reused. */
function listBytes(items: readonly unknown[]): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < items.length; i++) {
    const d = items[i];
    if (i > 0) {
      parts.push(COMMA);
    }
    parts.push(elementBytes(d));
  }
  return Buffer.concat(parts);
}

/**
 * A list known by its JSON bytes alone (as saved: server/src/node/savedDiagnostics.ts): an
 * empty, frozen array that this encoder writes as those bytes, without parsing them. Only for
 * a connection whose writer is this encoder; any other would write `[]`. Undefined when the
 * bytes are not a JSON list.
 */
export function listOfJson(json: Buffer): readonly unknown[] | undefined {
  if (json.length < 2 || json[0] !== 0x5b || json[json.length - 1] !== 0x5d) {
    return undefined;
  }
  const list: readonly unknown[] = Object.freeze([]);
  knownLists.set(list, json.subarray(1, json.length - 1));
  return list;
}

/** Values known by their JSON bytes alone (`valueOfJson`). */
const knownValues = new WeakMap<object, Buffer>();

/**
 * A value known by its JSON bytes alone, as a worker thread serialised its answer
 * (server.ts): this encoder writes those bytes as they are; any other writer (node IPC)
 * serialises the value, which gives the bytes parsed (`toJSON`).
 */
export function valueOfJson(json: Buffer): object {
  const value = { toJSON: (): unknown => JSON.parse(json.toString('utf8')) };
  knownValues.set(value, json);
  return value;
}

/** The bytes of a response whose result is a `valueOfJson`, else undefined. */
function knownAnswer(msg: Message): Buffer | undefined {
  const m = msg as { id?: unknown; result?: unknown };
  const bytes = typeof m.result === 'object' && m.result !== null ? knownValues.get(m.result) : undefined;
  return bytes && (typeof m.id === 'number' || typeof m.id === 'string') && Object.keys(msg).every((k) => k === 'jsonrpc' || k === 'id' || k === 'result') ? bytes : undefined;
}

/** A list's JSON (as JSON.stringify writes it), from its elements' bytes, made once per object. */
export function listJson(items: readonly unknown[]): Buffer {
  return Buffer.concat([OPEN, knownLists.get(items) ?? listBytes(items), CLOSE]);
}

/** An element's bytes: an object's made once and kept with it (objects are never changed once sent). */
function elementBytes(d: unknown): Buffer {
  if (typeof d !== 'object' || d === null) {
    return utf8(d);
  }
  let bytes = serialised.get(d);
  if (bytes === undefined) {
    bytes = utf8(d);
    serialised.set(d, bytes);
  }
  return bytes;
}

/** The whole message's bytes at once (what `encodeParts` writes piece by piece). */
export function encodeMessage(msg: Message): Buffer {
  const parts = encodeParts(msg);
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

/**
 * vscode-jsonrpc's stream writer, but writing a message's pieces one after the
 * other instead of one buffer: a republished list's bytes go out as they are,
 * without a copy into a fresh half-megabyte buffer on every keystroke (whose
 * pages the kernel must supply anew each time). Messages are written in order,
 * one at a time; a write error is reported as the library's writer does.
 */
export class StdioMessageWriter extends jsonrpc.AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (e: unknown) => this.fireError(e));
    out.on('close', () => this.fireClose());
  }

  /**
   * Resolves once every message given so far is written out. A big message leaves in
   * pieces as the editor reads them, between turns of the event loop: work that would
   * block the loop waits for this, or the editor waits for the rest of the message.
   */
  flushed(): Promise<void> {
    return this.queue;
  }

  write(msg: Message): Promise<void> {
    const send = () => this.send(msg);
    const written = this.queue.then(send, send);
    this.queue = written.catch(() => undefined);
    return written;
  }

  private send(msg: Message): Promise<void> {
    let parts: Buffer[];
    try {
      parts = encodeParts(msg);
    } catch (e) {
      this.fireError(e);
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    const length = parts.reduce((n, b) => n + b.length, 0);
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null) => {
        if (error) {
          this.errorCount++;
          this.fireError(error, msg, this.errorCount);
          reject(error);
        } else {
          resolve();
        }
      };
      this.out.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
      for (let i = 0; i < parts.length - 1; i++) {
        this.out.write(parts[i]);
      }
      this.out.write(parts[parts.length - 1], done);
    });
  }

  end(): void {
    // the stream belongs to the process; nothing to flush beyond what write() waits for
  }
}
