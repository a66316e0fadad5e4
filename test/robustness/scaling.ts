/**
 * Linear time, measured (not asserted): parse + analyse + findings of a
 * document and of its 10× copy, for several shapes of document. Prints the
 * times and the ratio; a ratio near 10 is linear, near 100 quadratic.
 *
 *   npx tsx test/robustness/scaling.ts [--base BYTES] [--repeat N]
 */
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findingsToDiagnostics, parseText } from '../../server/src/service/languageService';
import { hostileText } from '../property/generators';
import { EXAMPLES } from '../property/support';

function arg(flag: string, fallback: number): number {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const BASE = arg('--base', 100_000);
const REPEAT = arg('--repeat', 3);

/** Repeats a generator's pieces until the text reaches a length. */
function grow(size: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const p = piece(i);
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}

const examples = EXAMPLES.map((e) => e.text);
/** Every provider and offender id of the examples, so that each copy can have its own. */
const ids = [...new Set(examples.flatMap((t) => [...t.matchAll(/^(?:provider|offender|服务商|正犯)\s+(\S+)/gm)].map((m) => m[1])))];
const idPattern = new RegExp(`(?<![\\p{L}\\p{N}_.-])(${ids.join('|')})(?![\\p{L}\\p{N}_.-])`, 'gu');
const renameIds = (text: string, i: number) => text.replace(idPattern, `$1_${i}`);
const random = fc.sample(hostileText, { seed: 7, numRuns: 400 });

const SHAPES: Record<string, (size: number) => string> = {
  'briefs, unique ids': (size) => grow(size, (i) => renameIds(examples[i % examples.length], i).replace(/^case .*\{[^}]*\}/m, '') + '\n'),
  'briefs repeated verbatim (duplicate ids)': (size) => grow(size, (i) => examples[i % examples.length] + '\n'),
  'each provider written twice in a row': (size) => grow(size, (i) => `provider P${i} {\n role caching\n}\nprovider P${i} {\n role search\n}\n`),
  'charges on undefined ids': (size) => grow(size, (i) => `provider P${i} {\n role caching\n knowledge specific\n}\ncharge Q${i} art363\n`),
  'offenders using many providers': (size) => grow(size, (i) => `provider P${i} {\n role link\n knowledge specific\n}\noffender O${i} {\n offense art266\n uses P${i}, P${i >> 1}\n}\n`),
  // one provider helping every offender: its accomplice conclusions grow with the brief
  'one provider used by every offender': (size) => grow(size, (i) => i === 0 ? 'provider P {\n role caching\n knowledge specific\n}\n' : `offender O${i} {\n offense art363\n uses P\n}\n`),
  // one uses list naming thousands of ids, on one line
  'one uses list of many ids': (size) => `offender O {\n offense art363\n uses ${grow(size, (i) => `${i ? ', ' : ''}Q${i}`)}\n}\n`,
  'random Unicode and vocabulary': (size) => grow(size, (i) => random[i % random.length] + '\n'),
  'one long line': (size) => grow(size, (i) => `role caching, search ${i} `),
  'Markdown brief, many case blocks': (size) => grow(size, (i) => `Prose ${i}.\n\n\`\`\`case\n${renameIds(examples[i % examples.length], i)}\n\`\`\`\n`),
};

function time(text: string, markdown: boolean): { ms: number; findings: number } {
  let best = Infinity;
  let findings = 0;
  for (let r = 0; r < REPEAT; r++) {
    const t0 = performance.now();
    const parsed = parseText(markdown ? 'file:///s.md' : 'file:///s.case', 1, text, markdown);
    const document = TextDocument.create(parsed.uri, markdown ? 'markdown' : 'casefacts', 1, text);
    findings = findingsToDiagnostics(parsed, document, { locale: 'en' }).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, findings };
}

console.log(`parse + analyse + diagnostics, best of ${REPEAT}; base ${BASE} characters`);
console.log(`${'shape'.padEnd(44)} ${'1× ms'.padStart(9)} ${'10× ms'.padStart(9)} ${'ratio'.padStart(6)}  findings 1×/10×`);
// Warm the JIT so the first shape is not charged for it.
time(SHAPES['briefs, unique ids'](BASE), false);
let worst = 0;
for (const [name, make] of Object.entries(SHAPES)) {
  const markdown = name.startsWith('Markdown');
  const small = make(BASE);
  const big = make(BASE * 10);
  const a = time(small, markdown);
  const b = time(big, markdown);
  const ratio = b.ms / a.ms;
  worst = Math.max(worst, ratio);
  console.log(`${name.padEnd(44)} ${a.ms.toFixed(1).padStart(9)} ${b.ms.toFixed(1).padStart(9)} ${ratio.toFixed(1).padStart(6)}  ${a.findings}/${b.findings}`);
}
console.log(`worst ratio ${worst.toFixed(1)} (linear ≈ 10; the target is ≤ 12)`);
