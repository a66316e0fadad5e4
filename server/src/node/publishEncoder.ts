/**
 * The JSON encoder of the stdio transport, with one difference from
 * vscode-jsonrpc's: a publishDiagnostics notification is written from the
 * serialisations of its diagnostics, each made once per diagnostic object.
 *
 * On a long brief a keystroke republishes hundreds of diagnostics of which
 * nearly all are the objects the previous version published (the language
 * service reuses a diagnostic whose finding, ranges, level and locale did not
 * change: see `findingsToDiagnostics`). Re-serialising them was a third of the
 * server's time per edit. Diagnostic objects are never mutated once built, so a
 * serialisation stays right for the object's life; the WeakMap lets it go with it.
 */
import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-jsonrpc';
import { sameElements } from '../service/lists';

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
 * The UTF-8 bytes of `JSON.stringify(msg)` (up to key order), reusing each
 * diagnostic's bytes: copying them is an order of magnitude cheaper than
 * serialising and encoding hundreds of objects again.
 */
export function encodeMessage(msg: Message): Buffer {
  if (!isPlainPublish(msg)) {
    return utf8(msg);
  }
  const { uri, version, diagnostics } = msg.params;
  const head = Buffer.from(`{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"method":"${PUBLISH}","params":{"uri":${JSON.stringify(uri)},${version === undefined ? '' : `"version":${version},`}"diagnostics":[`, 'utf8');
  const last = lastList.get(uri);
  if (last && sameElements(last.items, diagnostics)) {
    return Buffer.concat([head, last.bytes, TAIL]);
  }
  const parts: Buffer[] = [];
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    if (i > 0) {
      parts.push(COMMA);
    }
    if (typeof d !== 'object' || d === null) {
      parts.push(utf8(d));
      continue;
    }
    let bytes = serialised.get(d);
    if (bytes === undefined) {
      bytes = utf8(d);
      serialised.set(d, bytes);
    }
    parts.push(bytes);
  }
  const bytes = Buffer.concat(parts);
  lastList.delete(uri);
  lastList.set(uri, { items: [...diagnostics], bytes });
  if (lastList.size > LAST_LISTS) {
    lastList.delete(lastList.keys().next().value as string);
  }
  return Buffer.concat([head, bytes, TAIL]);
}

export const publishEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(msg: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      return Promise.resolve(/^utf-?8$/i.test(options.charset) ? encodeMessage(msg) : Buffer.from(JSON.stringify(msg), options.charset));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
