/**
 * In a list of `length` items of which those that satisfy `before` all come first (a sorted
 * list asked "does it start before x?"), the index of the first that does not: a binary search.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** Whether two lists hold the same objects in the same order (identity, not equality). */
export function sameElements<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

/**
 * Lists that the stdio transport writes element by element (node/publishEncoder.ts):
 * long answers of plain JSON objects, such as a brief's outline. One JSON text
 * of several megabytes is built whole and then copied into UTF-8 again; element
 * by element, each small piece converts at once.
 */
const elementwise = new WeakSet<readonly unknown[]>();

/** Marks a list to be written element by element; returns it. */
export function writtenElementwise<T extends readonly unknown[]>(list: T): T {
  elementwise.add(list);
  return list;
}

export const isWrittenElementwise = (list: unknown): list is readonly unknown[] => Array.isArray(list) && elementwise.has(list);

/** Objects that the stdio transport writes property by property (see `writtenElementwise`). */
const inParts = new WeakSet<object>();

/**
 * Marks a plain object to be written property by property, so that a marked list inside it
 * is written element by element; returns it.
 */
export function writtenInParts<T extends object>(value: T): T {
  inParts.add(value);
  return value;
}

export const isWrittenInParts = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && inParts.has(value);

/** A value JSON.stringify leaves out of an object and writes as null in a list. */
const unwritten = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * The JSON text of `value` as `JSON.stringify(value, null, gap)` writes it, in pieces: a list
 * marked `writtenElementwise` element by element, an object marked `writtenInParts` property by
 * property, anything else whole, as `whole` writes it at its depth's `indent` (by default
 * JSON.stringify with the gap, each line after the first indented). The stdio transport writes
 * a marked answer so, without a gap and each whole value's bytes made once (node/publishEncoder.ts);
 * the command line writes `analyze --format json` so, with one space (cli/main.ts).
 */
export function* jsonPieces<T = never>(
  value: unknown,
  gap = '',
  whole: (value: unknown, indent: string) => string | T = (v, indent) => {
    const json = JSON.stringify(v, null, gap) ?? 'null';
    // a line break in JSON text is always between tokens: one in a string is written \n
    return indent === '' ? json : json.replace(/\n/g, `\n${indent}`);
  },
  indent = '',
): Generator<string | T, void, undefined> {
  const inner = indent + gap;
  const open = (bracket: string) => (gap === '' ? bracket : `${bracket}\n${inner}`);
  const next = gap === '' ? ',' : `,\n${inner}`;
  const close = (bracket: string) => (gap === '' ? bracket : `\n${indent}${bracket}`);
  if (isWrittenElementwise(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? open('[') : next;
      const v = value[i];
      if (unwritten(v)) {
        yield 'null';
      } else {
        yield* jsonPieces(v, gap, whole, inner);
      }
    }
    yield close(']');
  } else if (isWrittenInParts(value)) {
    let first = true;
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (unwritten(v)) {
        continue;
      }
      yield `${first ? open('{') : next}${JSON.stringify(key)}:${gap === '' ? '' : ' '}`;
      first = false;
      yield* jsonPieces(v, gap, whole, inner);
    }
    yield first ? '{}' : close('}');
  } else {
    yield whole(value, indent);
  }
}

/**
 * Lines given a chunk at a time, as the pieces of their text joined by line breaks: each
 * chunk's lines joined, after a line break when a chunk came before it. The pieces make
 * what joining all the lines at once makes; a chunk of no lines adds nothing.
 */
export function* linesInPieces(chunks: Iterable<readonly string[]>): Generator<string, void, undefined> {
  let first = true;
  for (const lines of chunks) {
    if (lines.length > 0) {
      yield first ? lines.join('\n') : `\n${lines.join('\n')}`;
      first = false;
    }
  }
}
