/**
 * "Did you mean …": the nearest spellings, drawn from both languages' words.
 */
import { foldAscii } from './vocabulary';

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) {
    return max + 1;
  }
  const m = a.length;
  const n = b.length;
  let prev2: number[] = new Array<number>(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) {
      return max + 1;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

const CJK = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

/**
 * The nearest candidates to `word` (at most `limit`), closest first. A
 * candidate qualifies within a distance that grows with the word's length,
 * or when one is a prefix of the other.
 */
export function nearest(word: string, candidates: readonly string[], limit = 3): string[] {
  const w = foldAscii(word);
  // A Chinese character is a word of its own: 帮信罪 is two words away from 诈骗罪, not a typo of it
  const budget = CJK.test(w) ? Math.max(1, Math.min(3, Math.floor(w.length / 3))) : Math.max(1, Math.min(3, Math.floor(w.length / 3) + 1));
  const scored: { c: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c)) {
      continue;
    }
    seen.add(c);
    const f = foldAscii(c);
    let d = editDistance(w, f, budget);
    // a prefix of three letters, or of two Chinese characters (参与 → 参与程度)
    if (d > budget && (w.length >= 3 || (w.length === 2 && CJK.test(w))) && (f.startsWith(w) || w.startsWith(f))) {
      d = budget;
    }
    if (d <= budget) {
      scored.push({ c, d });
    }
  }
  scored.sort((x, y) => x.d - y.d || x.c.length - y.c.length);
  return scored.slice(0, limit).map((x) => x.c);
}
