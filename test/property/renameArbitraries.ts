/** Arbitraries for the rename property (shared by rename.test.ts and the fuzz entry). */
import fc from 'fast-check';
import { gdoc, render, style } from './generators';

/** New names: ASCII, CJK, with the characters an id may hold. */
export const newName = fc.constantFrom('Renamed', 'ISP_9', 'x.y-z', '新名', '甲乙', 'Qvod2', 'a');

/** A generated brief that also mentions its ids in comments, notes and names (which must not change). */
export const briefWithMentions = fc.tuple(gdoc({ noise: true }), style).map(([d, s]) => {
  const text = render(d, s);
  const ids = d.providerIds.join(' ');
  return `# about ${ids}\n${text}\ncase "${ids}" {\n  source "${ids}"\n}\n`;
});
