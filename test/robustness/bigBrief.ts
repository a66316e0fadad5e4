/** Big briefs for the robustness tests and the scaling benchmark. */
import { EXAMPLES } from '../property/support';

/** A brief of about `size` characters: the examples with their own ids per copy, and a bad line in each. */
export function bigBrief(size: number): string {
  const texts = EXAMPLES.map((e) => e.text.replace(/^case [^]*?^\}\n?/m, ''));
  const ids = [...new Set(texts.flatMap((t) => [...t.matchAll(/^(?:provider|offender|服务商|正犯)\s+(\S+)/gm)].map((m) => m[1])))];
  const idPattern = new RegExp(`(?<![\\p{L}\\p{N}_.-])(${ids.join('|')})(?![\\p{L}\\p{N}_.-])`, 'gu');
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const p = texts[i % texts.length].replace(idPattern, `$1_${i}`) + `provider Bad${i} {\n  rol cachng ｛ "unterminated\n}\n\n`;
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}
