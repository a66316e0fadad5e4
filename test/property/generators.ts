/**
 * Generators for the properties: documents built from the vocabulary (so every
 * fact is one the language knows) and rendered in any of the spellings the
 * spec allows, and hostile text (mutated briefs, random Unicode).
 *
 * A generated document is abstract (`GDoc`); `render` writes it with a
 * `Style` (English or Chinese words, ASCII or full-width punctuation, fact
 * order, line ends, quotes), so one set of facts has many texts.
 */
import fc from 'fast-check';
import {
  BLOCKS,
  BlockKind,
  BlockSpec,
  KEYS,
  KeySpec,
  OFFENSES,
  Term,
  VALUE_SETS,
  ValueSetId,
} from '../../server/src/service/vocabulary';
import { EXAMPLES } from './support';

// ---------------------------------------------------------------------------
// Abstract documents

export type GWord =
  | { readonly t: 'term'; readonly term: Term }
  | { readonly t: 'id'; readonly id: string }
  | { readonly t: 'number'; readonly n: number }
  | { readonly t: 'date'; readonly d: string }
  | { readonly t: 'string'; readonly s: string }
  /** Written as is in every style (noise: unknown words). */
  | { readonly t: 'raw'; readonly s: string };

export interface GStatement {
  /** A key of the block, or a raw unknown key word. */
  readonly key: KeySpec | { readonly raw: string };
  readonly values: readonly GWord[];
  readonly note?: string;
}

export interface GBlock {
  readonly spec: BlockSpec;
  readonly header: readonly GWord[];
  /** Undefined: no body. */
  readonly body?: readonly GStatement[];
}

export interface GDoc {
  readonly blocks: readonly GBlock[];
  /** Ids of the provider blocks (for the totality property). */
  readonly providerIds: readonly string[];
}

const block = (id: BlockKind) => BLOCKS.find((b) => b.id === id) as BlockSpec;
const keysOf = (b: BlockKind) => KEYS.filter((k) => k.block === b);
const term = (set: ValueSetId) => fc.constantFrom(...VALUE_SETS[set]).map((x): GWord => ({ t: 'term', term: x }));
const offense = fc.constantFrom(...OFFENSES).map((x): GWord => ({ t: 'term', term: x }));

/** Free text for names and notes: letters, CJK, spaces, quotes that must be escaped or avoided. */
const text = fc.string({
  unit: fc.constantFrom(...'abcXYZ 019-_.()（）深圳快播公司网络淫秽平台 \\"\'#/{}，、：；'.split('')),
  minLength: 1,
  maxLength: 12,
});

const ASCII_IDS = ['Qvod', 'Zhang', 'Li', 'P1', 'ISP_2', 'Baidu', 'Fraudsters', 'x.y-z', 'A'];
const CJK_IDS = ['快播', '百度', '张某', '淫秽网站', '诈骗团伙', '甲公司'];
/** Identifiers: from a pool (so references hit) or random words starting with a letter. */
const identifier = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ASCII_IDS, ...CJK_IDS) },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom(...'abcdefghQRSTUVW甲乙丙丁'.split('')),
      fc.string({ unit: fc.constantFrom(...'abz09_-.号司'.split('')), maxLength: 6 }),
    ).map(([a, b]) => a + b),
  },
);

const date = fc.record({
  y: fc.integer({ min: 2005, max: 2024 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
}).map(({ y, m, d }): GWord => ({ t: 'date', d: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` }));

function valuesFor(key: KeySpec, refs: readonly string[]): fc.Arbitrary<GWord[]> {
  const one = (arb: fc.Arbitrary<GWord>) => arb.map((w) => [w]);
  const many = (arb: fc.Arbitrary<GWord>, max = 3) =>
    fc.uniqueArray(arb, { minLength: 1, maxLength: max, selector: (w) => JSON.stringify(w) });
  let arb: fc.Arbitrary<GWord>;
  switch (key.value.type) {
    case 'enum':
      arb = key.value.allowString
        ? fc.oneof(term(key.value.set), text.map((s): GWord => ({ t: 'string', s })))
        : term(key.value.set);
      break;
    case 'offense':
      arb = offense;
      break;
    case 'providerRef':
      arb = refs.length > 0 ? fc.constantFrom(...refs).map((id): GWord => ({ t: 'id', id })) : identifier.map((id): GWord => ({ t: 'id', id }));
      break;
    case 'number':
      arb = fc.nat({ max: 1_000_000 }).map((n): GWord => ({ t: 'number', n }));
      break;
    case 'date':
      arb = date;
      break;
    case 'text':
      arb = text.map((s): GWord => ({ t: 'string', s }));
      break;
    case 'textOrDate':
      arb = fc.oneof(text.map((s): GWord => ({ t: 'string', s })), date);
      break;
  }
  return key.arity === 'one' ? one(arb) : many(arb);
}

/** Statements for a block: each key at most once, with valid values; required keys always. */
function statementsFor(kind: BlockKind, refs: readonly string[]): fc.Arbitrary<GStatement[]> {
  const keys = keysOf(kind);
  return fc.tuple(
    ...keys.map((key) =>
      fc.tuple(key.required ? fc.constant(true) : fc.boolean(), valuesFor(key, refs), fc.option(text, { freq: 5 })),
    ),
  ).map((picks) => {
    const out: GStatement[] = [];
    picks.forEach(([present, values, note], i) => {
      if (present) {
        out.push({ key: keys[i], values, note: note ?? undefined });
      }
    });
    return out;
  });
}

const NOISE_KEYS = ['rol', 'knowlege', '类别', 'foo', 'court2'];
const NOISE_VALUES = ['cachin', 'maybe', '不详', 'art999', 'x'];

/** A statement that is wrong in a way the checks report (unknown key or value), written alike in every style. */
function noiseStatement(kind: BlockKind): fc.Arbitrary<GStatement> {
  const unknownKey = fc.tuple(fc.constantFrom(...NOISE_KEYS), fc.constantFrom(...NOISE_VALUES)).map(([k, v]): GStatement => ({
    key: { raw: k },
    values: [{ t: 'raw', s: v }],
  }));
  const enumKeys = keysOf(kind).filter((k) => k.value.type === 'enum' && !k.value.allowString);
  if (enumKeys.length === 0) {
    return unknownKey;
  }
  const unknownValue = fc.tuple(fc.constantFrom(...enumKeys), fc.constantFrom(...NOISE_VALUES)).map(
    ([k, v]): GStatement => ({ key: k, values: [{ t: 'raw', s: v }] }),
  );
  return fc.oneof(unknownKey, unknownValue);
}

export interface DocOptions {
  /** Add unknown keys and values (still one set of facts in every style). */
  readonly noise?: boolean;
  readonly maxProviders?: number;
}

/** An abstract document: one optional case block, providers, offenders, charges, evidence. */
export function gdoc(opts: DocOptions = {}): fc.Arbitrary<GDoc> {
  const maxProviders = opts.maxProviders ?? 3;
  return fc.uniqueArray(identifier, { minLength: 0, maxLength: maxProviders + 2 }).chain((ids) => {
    const nProviders = Math.min(ids.length, maxProviders);
    const providerIds = ids.slice(0, Math.max(nProviders, 0));
    const offenderIds = ids.slice(providerIds.length);
    const noisy = (kind: BlockKind, st: fc.Arbitrary<GStatement[]>) =>
      opts.noise
        ? fc.tuple(st, fc.array(noiseStatement(kind), { maxLength: 2 })).map(([a, b]) => [...a, ...b])
        : st;
    const name = fc.option(text.map((s): GWord => ({ t: 'string', s })), { freq: 2 });
    const provider = (id: string) =>
      fc.tuple(name, noisy('provider', statementsFor('provider', providerIds))).map(([n, body]): GBlock => ({
        spec: block('provider'),
        header: n ? [{ t: 'id', id }, n] : [{ t: 'id', id }],
        body,
      }));
    const offender = (id: string) =>
      fc.tuple(name, noisy('offender', statementsFor('offender', providerIds))).map(([n, body]): GBlock => ({
        spec: block('offender'),
        header: n ? [{ t: 'id', id }, n] : [{ t: 'id', id }],
        body,
      }));
    const refs = [...providerIds, ...offenderIds];
    const charge = fc.tuple(
      refs.length > 0 ? fc.constantFrom(...refs) : identifier,
      offense,
      fc.option(term('mode'), { freq: 2 }),
      fc.option(noisy('charge', statementsFor('charge', [])), { freq: 3 }),
    ).map(([ref, off, mode, body]): GBlock => ({
      spec: block('charge'),
      header: mode ? [{ t: 'id', id: ref }, off, mode] : [{ t: 'id', id: ref }, off],
      body: body ?? undefined,
    }));
    const caseBlock = fc.tuple(
      fc.option(text.map((s): GWord => ({ t: 'string', s })), { freq: 2 }),
      fc.option(statementsFor('case', []), { freq: 4 }),
    ).map(([title, body]): GBlock => ({ spec: block('case'), header: title ? [title] : [], body: body ?? undefined }));
    const evidence = fc.tuple(
      fc.option(text.map((s): GWord => ({ t: 'string', s })), { freq: 2 }),
      noisy('evidence', statementsFor('evidence', [])),
    ).map(([label, body]): GBlock => ({ spec: block('evidence'), header: label ? [label] : [], body }));
    return fc.tuple(
      fc.option(caseBlock, { freq: 2 }),
      fc.tuple(...providerIds.map(provider)),
      fc.tuple(...offenderIds.map(offender)),
      fc.array(charge, { maxLength: 3 }),
      fc.array(evidence, { maxLength: 1 }),
    ).map(([c, ps, os, cs, es]): GDoc => ({
      blocks: [...(c ? [c] : []), ...ps, ...os, ...cs, ...es],
      providerIds,
    }));
  });
}

// ---------------------------------------------------------------------------
// Rendering

export interface Style {
  /** Seeds the per-word choices. */
  readonly seed: number;
  readonly lang: 'en' | 'zh' | 'mixed';
  readonly punct: 'ascii' | 'full' | 'mixed';
  readonly eol: '\n' | '\r\n' | '\r';
  /** Shuffle the statements inside each block. */
  readonly shuffle: boolean;
  /** Vary the case of ASCII keywords and values. */
  readonly caseFold: boolean;
  /** Write bodies on one line, statements separated by `;`. */
  readonly oneLine: boolean;
  readonly comments: boolean;
  readonly colons: boolean;
}

export const style: fc.Arbitrary<Style> = fc.record({
  seed: fc.integer(),
  lang: fc.constantFrom('en', 'zh', 'mixed'),
  punct: fc.constantFrom('ascii', 'full', 'mixed'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  shuffle: fc.boolean(),
  caseFold: fc.boolean(),
  oneLine: fc.boolean(),
  comments: fc.boolean(),
  colons: fc.boolean(),
});

/** A small deterministic PRNG (mulberry32), so a style renders one text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function render(doc: GDoc, s: Style): string {
  const rnd = prng(s.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const coin = () => rnd() < 0.5;
  const full = () => s.punct === 'full' || (s.punct === 'mixed' && coin());
  const zh = () => s.lang === 'zh' || (s.lang === 'mixed' && coin());
  const fold = (w: string) => {
    if (!s.caseFold) {
      return w;
    }
    const r = rnd();
    return r < 0.3 ? w.toUpperCase() : r < 0.5 ? w[0].toUpperCase() + w.slice(1) : w;
  };
  const spell = (t: Term) => (zh() ? pick(t.zh) : fold(pick(t.en)));
  const sp = () => pick([' ', ' ', '  ', '\t', '\u3000']);
  const str = (v: string) => {
    const q = pick(['"', '“', '「']);
    if (q === '"') {
      return `"${v.replace(/[\\"]/g, (c) => '\\' + c)}"`;
    }
    // “…” and 「…」 have no escapes: leave out their closing quote.
    return q === '“' ? `“${v.replace(/”/g, '')}”` : `「${v.replace(/」/g, '')}」`;
  };
  const word = (w: GWord): string => {
    switch (w.t) {
      case 'term':
        return spell(w.term);
      case 'id':
        return w.id;
      case 'number':
        return String(w.n);
      case 'date':
        return w.d;
      case 'string':
        return str(w.s);
      case 'raw':
        return w.s;
    }
  };
  const comma = () => (full() ? pick(['，', '、']) : ',');
  const open = () => (full() ? '｛' : '{');
  const close = () => (full() ? '｝' : '}');
  const colon = () => (s.colons ? (full() ? '：' : ':') : '');
  const semi = () => (full() ? '；' : ';');
  const comment = () => pick(['# ', '// ']) + pick(['note', '说明：快播', 'see II.(二)', '']);

  const statement = (st: GStatement): string => {
    const key = 'raw' in st.key ? st.key.raw : spell(st.key);
    const values = st.values.map(word);
    let out = key + colon();
    if (values.length > 0) {
      out += sp() + values.map((v, i) => (i === 0 ? v : comma() + sp() + v)).join('');
    }
    if (st.note !== undefined && values.length > 0) {
      out += sp() + str(st.note);
    }
    return out;
  };

  const lines: string[] = [];
  for (const b of doc.blocks) {
    if (s.comments && coin()) {
      lines.push(comment());
    }
    const header = [spell(b.spec), ...b.header.map(word)].join(' ');
    if (!b.body) {
      lines.push(header);
      lines.push('');
      continue;
    }
    const body = [...b.body];
    if (s.shuffle) {
      for (let i = body.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [body[i], body[j]] = [body[j], body[i]];
      }
    }
    if (s.oneLine) {
      lines.push(`${header} ${open()} ${body.map(statement).join(semi() + ' ')} ${close()}`);
    } else {
      lines.push(`${header} ${open()}`);
      for (const st of body) {
        lines.push(pick(['  ', '    ', '\t']) + statement(st) + (s.comments && coin() ? '  ' + comment() : ''));
      }
      lines.push(close());
    }
    lines.push('');
  }
  return lines.join(s.eol);
}

/** The default style: English words, ASCII punctuation, LF, facts in the order generated. */
export const PLAIN: Style = {
  seed: 1,
  lang: 'en',
  punct: 'ascii',
  eol: '\n',
  shuffle: false,
  caseFold: false,
  oneLine: false,
  comments: false,
  colons: false,
};

// ---------------------------------------------------------------------------
// Hostile text

/** Characters that matter to the scanner, and some that nothing expects. */
const hostileChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'{}｛｝,，、;；:："“”「」#/\\ \t\n\r'.split('')) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u0000', '\uFEFF', '\u3000', '\u2028', '\u200B', '\u0301', '\uFFFF', '\uFFFD') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom('😀', '𠀀', '\uD83D\uDE00', 'İ', 'ß', 'ǅ') },
);

/** Vocabulary words, so random text hits keywords, keys and values. */
const vocabWord = fc.constantFrom(
  ...BLOCKS.flatMap((b) => [...b.en, ...b.zh]),
  ...KEYS.flatMap((k) => [...k.en, ...k.zh]),
  ...Object.values(VALUE_SETS).flatMap((set) => set.flatMap((t) => [...t.en, ...t.zh])),
  ...OFFENSES.flatMap((o) => [...o.en, ...o.zh]),
  'casefacts-disable-next-line', '2015-11-01', '12345', '```case', '```',
);

/** Random text: hostile characters mixed with vocabulary words. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: hostileChar }, { weight: 2, arbitrary: vocabWord.map((w) => w + ' ') }), { maxLength: 200 })
  .map((parts) => parts.join(''));

/** A span [start, end) of a text. */
const span = (n: number) =>
  fc.tuple(fc.nat({ max: n }), fc.nat({ max: n })).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);

export type Mutation =
  | { readonly op: 'delete'; readonly at: [number, number] }
  | { readonly op: 'duplicate'; readonly at: [number, number] }
  | { readonly op: 'swap'; readonly a: [number, number]; readonly b: [number, number] }
  | { readonly op: 'insert'; readonly pos: number; readonly text: string };

export function mutation(n: number): fc.Arbitrary<Mutation> {
  return fc.oneof(
    span(n).map((at): Mutation => ({ op: 'delete', at })),
    span(n).map((at): Mutation => ({ op: 'duplicate', at })),
    fc.tuple(span(n), span(n)).map(([a, b]): Mutation => ({ op: 'swap', a, b })),
    fc.tuple(fc.nat({ max: n }), hostileText).map(([pos, t]): Mutation => ({ op: 'insert', pos, text: t })),
  );
}

export function applyMutation(text: string, m: Mutation): string {
  const clamp = (x: number) => Math.min(x, text.length);
  switch (m.op) {
    case 'delete':
      return text.slice(0, clamp(m.at[0])) + text.slice(clamp(m.at[1]));
    case 'duplicate':
      return text.slice(0, clamp(m.at[1])) + text.slice(clamp(m.at[0]), clamp(m.at[1])) + text.slice(clamp(m.at[1]));
    case 'insert':
      return text.slice(0, clamp(m.pos)) + m.text + text.slice(clamp(m.pos));
    case 'swap': {
      const [a, first] = [m.a, m.b].sort((x, y) => x[0] - y[0]);
      let b = first;
      if (a[1] > b[0]) {
        b = [a[1], Math.max(a[1], b[1])];
      }
      const [a0, a1, b0, b1] = [a[0], a[1], b[0], b[1]].map(clamp);
      return text.slice(0, a0) + text.slice(b0, b1) + text.slice(a1, b0) + text.slice(a0, a1) + text.slice(b1);
    }
  }
}

/** An acceptance brief (or a generated one) after up to eight random mutations. */
export const mutatedBrief: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...EXAMPLES.map((e) => e.text)) },
    { weight: 1, arbitrary: fc.tuple(gdoc({ noise: true }), style).map(([d, s]) => render(d, s)) },
  )
  .chain((base) =>
    fc.array(fc.nat(), { minLength: 1, maxLength: 8 }).chain((seeds) =>
      fc.tuple(...seeds.map(() => mutation(base.length * 2))).map((ms) => ms.reduce(applyMutation, base)),
    ),
  );

/** Wraps case text as a Markdown brief: prose, fences (some unclosed, some tilde, some other languages). */
export const markdownOf = (caseTexts: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.array(
    fc.oneof(
      caseTexts.map((t) => '```case\n' + t + '\n```\n'),
      caseTexts.map((t) => '~~~~ casefacts\n' + t + '\n~~~~\n'),
      caseTexts.map((t) => '```case\n' + t),
      caseTexts.map((t) => '```js\n' + t + '\n```\n'),
      hostileText.map((t) => t + '\n'),
      fc.constantFrom('# Brief\n\nThe facts:\n\n', '  ```case {\n', '```\n', '> quote ```case\n', '\r\n'),
    ),
    { maxLength: 6 },
  ).map((parts) => parts.join(''));
