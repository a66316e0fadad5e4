/**
 * The fuzz entry (`npm run test:fuzz`): many generated documents through the
 * properties of parser.test.ts (1), analysis.test.ts (4) and formatter.test.ts
 * (3), split over worker processes. Not a mocha suite: it prints what it ran
 * and exits 1 on a failure, with the shrunk counterexample and its seed.
 *
 *   npx tsx test/property/fuzz.ts [--docs N] [--seconds S] [--workers W] [--seed X] [--size medium]
 *
 * CASEFACTS_FUZZ_DOCS, CASEFACTS_FUZZ_SECONDS, CASEFACTS_FUZZ_WORKERS,
 * CASEFACTS_FUZZ_SEED and CASEFACTS_FUZZ_SIZE say the same. The time limit bounds the run: a
 * property that reaches it stops where it is and the report says so.
 */
// First: the size must be set before the generators' arbitraries are built.
import { SIZE } from './fuzzSize';
import { spawn } from 'child_process';
import * as os from 'os';
import fc from 'fast-check';
import { gdoc, hostileText, markdownOf, mutatedBrief, PLAIN, render, style } from './generators';
import { checkFormat, checkRename, checkSame, checkText, checkTotal } from './properties';
import { briefWithMentions, newName } from './renameArbitraries';
import { EXAMPLES, SEED } from './support';

interface Prop {
  readonly name: string;
  /** Share of the documents. */
  readonly weight: number;
  readonly property: () => fc.IPropertyWithHooks<[unknown]> | fc.IProperty<[unknown]>;
}

const generated = fc.tuple(gdoc({ noise: true }), style).map(([d, s]) => render(d, s));

const PROPS: readonly Prop[] = [
  { name: '1 parser: mutated briefs', weight: 20, property: () => fc.property(mutatedBrief, (t) => void checkText(t)) },
  { name: '1 parser: random Unicode', weight: 13, property: () => fc.property(hostileText, (t) => void checkText(t)) },
  { name: '1 parser: generated briefs with noise', weight: 10, property: () => fc.property(generated, (t) => void checkText(t)) },
  {
    name: '1 parser: Markdown briefs',
    weight: 5,
    property: () => fc.property(markdownOf(fc.oneof(mutatedBrief, hostileText, fc.constantFrom(...EXAMPLES.map((e) => e.text)))), (t) => void checkText(t, true)),
  },
  { name: '4 analysis: total', weight: 15, property: () => fc.property(fc.tuple(gdoc(), style), ([d, s]) => void checkTotal(d, render(d, s), false)) },
  { name: '4 analysis: English = Chinese', weight: 10, property: () => fc.property(fc.tuple(gdoc(), fc.integer()), ([d, seed]) => checkSame(d, PLAIN, { ...PLAIN, seed, lang: 'zh' }, false)) },
  { name: '4 analysis: any style and order', weight: 10, property: () => fc.property(fc.tuple(gdoc({ noise: true }), style), ([d, s]) => checkSame(d, PLAIN, s, true)) },
  { name: '3 formatter: valid and invalid', weight: 12, property: () => fc.property(fc.oneof(generated, mutatedBrief, hostileText), (t) => checkFormat(t)) },
  { name: '3 rename: only the identifier', weight: 5, property: () => fc.property(fc.tuple(briefWithMentions, fc.nat(), fc.nat({ max: 8 }), newName), ([t, pick, caret, name]) => checkRename(t, pick, caret, name)) },
] as Prop[];

function option(flag: string, env: string, fallback: number): number {
  const i = process.argv.indexOf(flag);
  const v = i >= 0 ? process.argv[i + 1] : process.env[env];
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

interface Outcome {
  readonly name: string;
  readonly runs: number;
  readonly ms: number;
  readonly interrupted: boolean;
  readonly failure?: { readonly seed: number; readonly path?: string; readonly counterexample: string; readonly error: string };
}

/** Runs one worker's share of every property. */
function work(index: number, docs: number, seconds: number, seed: number): Outcome[] {
  const total = PROPS.reduce((s, p) => s + p.weight, 0);
  const deadline = Date.now() + seconds * 1000;
  const out: Outcome[] = [];
  PROPS.forEach((p, i) => {
    const numRuns = Math.ceil((docs * p.weight) / total);
    // Each property gets the time left, shared among the properties still to run.
    const budget = Math.max(1000, (deadline - Date.now()) / (PROPS.length - i));
    const propSeed = seed + index * 1000 + i;
    const start = Date.now();
    const r = fc.check(p.property() as fc.IProperty<[unknown]>, {
      seed: propSeed,
      numRuns,
      interruptAfterTimeLimit: budget,
      markInterruptAsFailure: false,
    });
    const ms = Date.now() - start;
    out.push({
      name: p.name,
      runs: r.numRuns,
      ms,
      interrupted: r.interrupted,
      failure: r.failed
        ? {
          seed: propSeed,
          path: r.counterexamplePath ?? undefined,
          counterexample: fc.stringify(r.counterexample).slice(0, 4000),
          error: String((r.errorInstance as Error | undefined)?.message ?? r.errorInstance).slice(0, 2000),
        }
        : undefined,
    });
  });
  return out;
}

async function main(): Promise<void> {
  const workerAt = process.argv.indexOf('--worker');
  const docs = option('--docs', 'CASEFACTS_FUZZ_DOCS', 100_000);
  const seconds = option('--seconds', 'CASEFACTS_FUZZ_SECONDS', 1200);
  const seed = option('--seed', 'CASEFACTS_FUZZ_SEED', SEED);
  if (workerAt >= 0) {
    const index = Number(process.argv[workerAt + 1]);
    const share = option('--share', '', docs);
    process.stdout.write(JSON.stringify(work(index, share, seconds, seed)) + '\n');
    return;
  }
  const workers = Math.floor(option('--workers', 'CASEFACTS_FUZZ_WORKERS', Math.max(1, Math.min(4, os.cpus().length))));
  const share = Math.ceil(docs / workers);
  const t0 = Date.now();
  console.log(`fuzz: ${docs} documents, ${workers} workers, seed ${seed}, size ${SIZE}, at most ${seconds} s`);
  const results = await Promise.all(
    Array.from({ length: workers }, (_, i) =>
      new Promise<Outcome[]>((resolve, reject) => {
        const child = spawn(process.execPath, [...process.execArgv, __filename, '--worker', String(i), '--share', String(share), '--seconds', String(seconds), '--seed', String(seed), '--size', SIZE], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.on('exit', (code) => {
          try {
            resolve(JSON.parse(out.trim().split('\n').pop() as string) as Outcome[]);
          } catch {
            reject(new Error(`worker ${i} exited ${code} without a report: ${out.slice(0, 500)}`));
          }
        });
      }),
    ),
  );
  const wall = (Date.now() - t0) / 1000;
  let runs = 0;
  let failures = 0;
  const rows = PROPS.map((p) => {
    const mine = results.map((r) => r.find((o) => o.name === p.name) as Outcome);
    const n = mine.reduce((s, o) => s + o.runs, 0);
    const ms = Math.max(...mine.map((o) => o.ms));
    runs += n;
    const failed = mine.filter((o) => o.failure);
    failures += failed.length;
    return `  ${p.name.padEnd(40)} ${String(n).padStart(7)} docs ${(ms / 1000).toFixed(1).padStart(7)} s${mine.some((o) => o.interrupted) ? '  (time limit reached)' : ''}${failed.length ? '  FAILED' : ''}`;
  });
  console.log(rows.join('\n'));
  console.log(`fuzz: ${runs} documents in ${wall.toFixed(1)} s (${Math.round(runs / wall)}/s), ${failures} failing properties`);
  for (const r of results.flat()) {
    if (r.failure) {
      console.log(`\nFAILED ${r.name} (seed ${r.failure.seed}, path ${r.failure.path}):\n${r.failure.error}\ncounterexample: ${r.failure.counterexample}`);
    }
  }
  process.exitCode = failures > 0 ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 2;
});
