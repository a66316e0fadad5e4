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
