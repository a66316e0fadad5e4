/**
 * The TextMate grammar: generated from the vocabulary, and colouring what the
 * parser reads. vscode-textmate/vscode-oniguruma are not dependencies, so the
 * grammar's Oniguruma regexes are translated to JavaScript (`(?i:…)` groups
 * become [xX] classes; `\p{L}` needs the `u` flag; `^`/`$` are line anchors, so
 * the `m` flag) and run by a small TextMate tokenizer below: match, begin/end,
 * captures, includes — all that this grammar uses.
 */
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import {
  buildGrammar,
  buildMarkdownInjection,
  generatedFiles,
  Grammar,
  Rule,
} from '../../scripts/gen-grammar';
import { extractCase } from '../../server/src/service/markdown';
import { RULES } from '../../server/src/service/rules/meta';
import { parse } from '../../server/src/service/parser';
import { TokenKind } from '../../server/src/service/scanner';
import {
  BLOCKS,
  KEYS,
  lookupOffense,
  lookupValue,
  OFFENSES,
  VALUE_SETS,
  ValueSetId,
} from '../../server/src/service/vocabulary';

const ROOT = join(__dirname, '..', '..');

// ---------------------------------------------------------------------------
// Oniguruma → JavaScript

/** Translates the Oniguruma subset the grammars use into a JavaScript RegExp. */
function onigToJs(source: string): RegExp {
  let out = '';
  const ci: boolean[] = [false];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const insensitive = ci[ci.length - 1];
    if (c === '\\') {
      if (source[i + 1] === 'G') {
        out += '(?!)'; // \G: only where the previous match ended; never, for a lone line
        i++;
      } else if ((source[i + 1] === 'p' || source[i + 1] === 'P') && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        out += source.slice(i, close + 1);
        i = close;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
    } else if (c === '[') {
      let j = i + 1;
      let cls = '[';
      while (j < source.length && source[j] !== ']') {
        if (source[j] === '\\') {
          cls += source.slice(j, j + 2);
          j += 2;
          continue;
        }
        cls += insensitive && /[a-z]/i.test(source[j]) ? source[j].toLowerCase() + source[j].toUpperCase() : source[j];
        j++;
      }
      out += `${cls}]`;
      i = j;
    } else if (c === '(') {
      if (source.startsWith('(?i:', i)) {
        ci.push(true);
        out += '(?:';
        i += 3;
      } else {
        ci.push(insensitive);
        out += c;
      }
    } else if (c === ')') {
      ci.pop();
      out += c;
    } else if (insensitive && /[a-z]/i.test(c)) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    } else {
      out += c;
    }
  }
  return new RegExp(out, 'gmud');
}

/** Whether `regex` matches the whole of `word`. */
function matchesWhole(regex: string, word: string): boolean {
  const re = onigToJs(regex);
  const m = re.exec(word);
  return m !== null && m.index === 0 && m[0].length === word.length;
}

/** Whether `regex` matches, or captures, exactly `word` inside `line` (at its first occurrence). */
function matchesIn(regex: string, line: string, word: string): boolean {
  const at = line.indexOf(word);
  const re = onigToJs(regex);
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if ((m.indices ?? []).some((span) => span !== undefined && span[0] === at && span[1] === at + word.length)) {
      return true;
    }
    if (m[0].length === 0) {
      re.lastIndex++;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// A small TextMate tokenizer

interface Frame {
  rule: Rule;
  end: RegExp;
  scopes: string[];
}

interface Candidate {
  rule: Rule;
  regex: RegExp;
  isEnd: boolean;
}

class Tokenizer {
  private readonly compiled = new Map<string, RegExp>();

  constructor(private readonly grammar: Grammar) {}

  private regex(source: string): RegExp {
    let re = this.compiled.get(source);
    if (!re) {
      re = onigToJs(source);
      this.compiled.set(source, re);
    }
    return re;
  }

  private flatten(patterns: readonly Rule[] | undefined, out: Rule[] = [], seen = new Set<Rule>()): Rule[] {
    for (const p of patterns ?? []) {
      if (p.include) {
        const target = p.include === '$self' ? { patterns: this.grammar.patterns } : this.grammar.repository?.[p.include.slice(1)];
        assert.ok(target, `include ${p.include} resolves`);
        if (!seen.has(target)) {
          seen.add(target);
          if (target.match || target.begin) {
            out.push(target);
          } else {
            this.flatten(target.patterns, out, seen);
          }
        }
      } else if (p.match || p.begin) {
        out.push(p);
      } else {
        this.flatten(p.patterns, out, seen);
      }
    }
    return out;
  }

  /** Scopes of every UTF-16 unit of `text` (the root scope left out). */
  tokenize(text: string): string[][] {
    const scopes: string[][] = [];
    const stack: Frame[] = [];
    const lineRe = /([^\r\n]*)(\r\n|\r|\n|$)/g;
    for (let lm = lineRe.exec(text); lm; lm = lineRe.exec(text)) {
      const line = `${lm[1]}\n`;
      const base = lm.index;
      let pos = 0;
      for (let guard = 0; guard < 10_000; guard++) {
        const top = stack[stack.length - 1];
        const candidates: Candidate[] = [];
        if (top) {
          candidates.push({ rule: top.rule, regex: top.end, isEnd: true });
        }
        for (const rule of this.flatten(top ? top.rule.patterns : this.grammar.patterns)) {
          candidates.push({ rule, regex: this.regex((rule.match ?? rule.begin) as string), isEnd: false });
        }
        let best: { c: Candidate; m: RegExpExecArray } | undefined;
        for (const c of candidates) {
          c.regex.lastIndex = pos;
          const m = c.regex.exec(line);
          if (m && (!best || m.index < best.m.index)) {
            best = { c, m };
          }
        }
        const outer = top ? top.scopes : [];
        if (!best || (best.m[0].length === 0 && !best.c.isEnd && best.c.rule.match)) {
          this.fill(scopes, base, pos, line.length - 1, outer);
          break;
        }
        const { c, m } = best;
        this.fill(scopes, base, pos, m.index, outer);
        if (c.isEnd && top) {
          stack.pop();
          this.capture(scopes, base, m, top.scopes.slice(0, top.scopes.length - (top.rule.contentName ? 1 : 0)), top.rule.endCaptures);
        } else if (c.rule.match) {
          const own = c.rule.name ? [...outer, c.rule.name] : outer;
          this.capture(scopes, base, m, own, c.rule.captures);
        } else {
          const own = c.rule.name ? [...outer, c.rule.name] : outer;
          this.capture(scopes, base, m, own, c.rule.beginCaptures);
          stack.push({
            rule: c.rule,
            end: this.regex(c.rule.end as string),
            scopes: c.rule.contentName ? [...own, c.rule.contentName] : own,
          });
        }
        pos = m.index + m[0].length;
        if (pos >= line.length) {
          break;
        }
      }
      if (lm[2] === '') {
        break;
      }
    }
    return scopes;
  }

  private fill(scopes: string[][], base: number, from: number, to: number, value: string[]): void {
    for (let i = from; i < to; i++) {
      scopes[base + i] = value;
    }
  }

  private capture(
    scopes: string[][],
    base: number,
    m: RegExpExecArray,
    own: string[],
    captures: Rule['captures'],
  ): void {
    const end = Math.min(m.index + m[0].length, m.input.length - 1);
    this.fill(scopes, base, m.index, end, own);
    const indices = m.indices ?? [];
    for (let g = 0; g < indices.length; g++) {
      const span = indices[g];
      const name = captures?.[String(g)]?.name;
      if (span && name) {
        for (let i = span[0]; i < Math.min(span[1], end); i++) {
          scopes[base + i] = [...scopes[base + i], name];
        }
      }
    }
  }
}

const grammar = buildGrammar();
const tokenizer = new Tokenizer(grammar);

/** `word`'s scopes in `text` (its `nth` occurrence); asserts the whole word shares them. */
function scopesOf(text: string, word: string, nth = 1): string[] {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(word, at + 1);
  }
  assert.ok(at >= 0, `${word} in text`);
  const all = tokenizer.tokenize(text);
  const first = all[at] ?? [];
  for (let i = at; i < at + word.length; i++) {
    assert.deepStrictEqual(all[i] ?? [], first, `"${word}" is one token`);
  }
  return first;
}

function hasScope(scopes: string[], prefix: string): boolean {
  return scopes.some((s) => s === prefix || s.startsWith(`${prefix}.`));
}

function rule(name: string): Rule {
  const r = grammar.repository?.[name];
  assert.ok(r, `repository has ${name}`);
  return r;
}

/** Spellings as a user may type them: English in any case. */
function variants(word: string): string[] {
  return /[a-z]/i.test(word) ? [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)] : [word];
}

// ---------------------------------------------------------------------------

suite('grammar: generated from the vocabulary', () => {
  test('the committed grammars are what scripts/gen-grammar.ts writes now', () => {
    for (const file of generatedFiles()) {
      assert.strictEqual(
        readFileSync(file.path, 'utf8'),
        file.text,
        `${file.path} is stale: run npx tsx scripts/gen-grammar.ts`,
      );
    }
  });

  test('every regex of both grammars compiles in JavaScript', () => {
    const walk = (r: Rule): void => {
      for (const src of [r.match, r.begin, r.end, r.while]) {
        if (src) {
          assert.doesNotThrow(() => onigToJs(src.replace(/\\[23]/g, '')), src);
        }
      }
      r.patterns?.forEach(walk);
    };
    for (const g of [grammar, buildMarkdownInjection()]) {
      g.patterns.forEach(walk);
      Object.values(g.repository ?? {}).forEach(walk);
    }
  });

  test('every block spelling opens its block at a line\'s start, in any case for English', () => {
    for (const block of BLOCKS) {
      const begin = rule(`block-${block.id}`).begin as string;
      for (const spelling of [...block.en, ...block.zh]) {
        for (const v of variants(spelling)) {
          assert.ok(matchesIn(begin, `${v} `, v), `${v} opens ${block.id}`);
          assert.ok(matchesIn(begin, `  ${v}｛`, v), `indented ${v} before ｛ opens ${block.id}`);
          assert.ok(!matchesIn(begin, `x ${v} `, v), `${v} after a word opens nothing`);
          // No word boundary in Chinese: a longer word is not the keyword.
          assert.ok(!matchesIn(begin, `${v}X `, v), `${v}X is another word`);
          assert.ok(!matchesIn(begin, `${v}快播 `, v), `${v}快播 is another word`);
        }
      }
    }
  });

  test('in a list item or a blockquote, a line\'s start is where the container left it (\\G)', () => {
    // VS Code's Markdown grammar takes the item's indentation or the `>` and resumes the case
    // block's rules there, at \\G: here \\G stands for the end of those two columns.
    const afterContainer = (regex: string) => regex.replace(/\\G/g, '(?<=^(?:> |  ))');
    for (const block of BLOCKS) {
      const begin = afterContainer(rule(`block-${block.id}`).begin as string);
      for (const line of [`> ${block.en[0]} `, `  ${block.en[0]} `, `> ${block.zh[0]}｛`]) {
        const word = line.includes(block.en[0]) ? block.en[0] : block.zh[0];
        assert.ok(matchesIn(begin, line, word), `${JSON.stringify(line)} opens ${block.id}`);
      }
      assert.ok(!matchesIn(begin, `> x ${block.en[0]} `, block.en[0]), `after a word, ${block.en[0]} opens nothing`);
    }
    const roleKey = (rule('body-provider').patterns ?? []).map((r) => r.include?.slice(1)).find((n) => n?.startsWith('key-provider-role'));
    assert.ok(roleKey, 'the provider body has a role key rule');
    assert.ok(matchesIn(afterContainer(rule(roleKey).begin as string), '>   role caching', 'role'), 'a key at the start of a quoted line');
  });

  test('every key spelling starts a statement in its own block\'s body, and only there', () => {
    for (const key of KEYS) {
      const begin = rule(`key-${key.block}-${key.id}`).begin as string;
      for (const spelling of [...key.en, ...key.zh]) {
        for (const v of variants(spelling)) {
          assert.ok(matchesIn(begin, `  ${v} x`, v), `${v} at a line's start`);
          assert.ok(matchesIn(begin, `{ ${v}：x`, v), `${v} after {`);
          assert.ok(matchesIn(begin, `a；${v}:x`, v), `${v} after ；`);
          assert.ok(!matchesIn(begin, `  a ${v}`, v), `${v} as a value is no key`);
          assert.ok(!matchesIn(begin, `  ${v}案 x`, v), `${v}案 is another word`);
        }
      }
    }
    for (const block of BLOCKS) {
      const included = (rule(`body-${block.id}`).patterns ?? []).map((p) => p.include).filter((i) => i?.startsWith('#key-'));
      assert.deepStrictEqual(
        included,
        KEYS.filter((k) => k.block === block.id).map((k) => `#key-${k.block}-${k.id}`),
        `${block.id} body colours its own keys`,
      );
    }
  });

  test('every value spelling of every set is a whole word of that set\'s rule', () => {
    for (const set of Object.keys(VALUE_SETS) as ValueSetId[]) {
      const match = (set === 'mode' ? rule('modes') : rule(`values-${set}`)).match as string;
      for (const term of VALUE_SETS[set]) {
        for (const spelling of [...term.en, ...term.zh]) {
          for (const v of variants(spelling)) {
            assert.ok(matchesWhole(match, v), `${set}: ${v}`);
            assert.ok(matchesIn(match, `：${v}，x`, v), `${set}: ${v} between full-width punctuation`);
            assert.ok(!matchesIn(match, `${v}_x`, v), `${set}: ${v}_x is another word`);
            assert.ok(!matchesIn(match, `x${v}`, v), `${set}: x${v} is another word`);
          }
        }
      }
    }
  });

  test('every offense spelling, id, article and statutory name, is an offense', () => {
    const match = rule('offenses').match as string;
    for (const offense of OFFENSES) {
      for (const spelling of [...offense.en, ...offense.zh, offense.nameZh]) {
        for (const v of variants(spelling)) {
          assert.ok(matchesWhole(match, v), v);
        }
      }
    }
    assert.ok(!matchesWhole(match, 'art287'), 'art287 is no offense (art287-2 is)');
    assert.ok(!matchesIn(match, 'art287-2x', 'art287-2'), 'art287-2x is another word');
  });

  test('every key of a statement colours the values of its own set, and only those', () => {
    for (const key of KEYS) {
      const patterns = rule(`key-${key.block}-${key.id}`).patterns ?? [];
      const sets = patterns.map((p) => p.include).filter((i) => i?.startsWith('#values-'));
      assert.deepStrictEqual(sets, key.value.type === 'enum' ? [`#values-${key.value.set}`] : [], key.id);
    }
  });
});

suite('grammar: tokens', () => {
  test('a Chinese provider header: keyword, id, curly string, full-width brace', () => {
    const line = '服务商 快播 “深圳快播公司” ｛';
    assert.ok(hasScope(scopesOf(line, '服务商'), 'keyword.control.block.provider'));
    assert.ok(hasScope(scopesOf(line, '快播'), 'entity.name.type.provider'));
    assert.ok(!hasScope(scopesOf(line, '快播'), 'keyword'));
    assert.ok(hasScope(scopesOf(line, '深圳快播公司'), 'string.quoted.other.curly'));
    assert.ok(hasScope(scopesOf(line, '“'), 'punctuation.definition.string.begin'));
    assert.ok(hasScope(scopesOf(line, '｛'), 'punctuation.section.block.begin'));
  });

  test('a Chinese body as an input method types it', () => {
    const text = '服务商 快播 ｛\n  类型：缓存，搜索、链接\n  牟利：是；专门：否\n｝\n';
    assert.ok(hasScope(scopesOf(text, '类型'), 'support.type.property-name'));
    assert.ok(hasScope(scopesOf(text, '：'), 'punctuation.separator.key-value'));
    assert.ok(hasScope(scopesOf(text, '缓存'), 'constant.language.role'));
    assert.ok(hasScope(scopesOf(text, '，'), 'punctuation.separator.comma'));
    assert.ok(hasScope(scopesOf(text, '、'), 'punctuation.separator.comma'));
    assert.ok(hasScope(scopesOf(text, '链接'), 'constant.language.role'));
    assert.ok(hasScope(scopesOf(text, '是'), 'constant.language.yesno'));
    assert.ok(hasScope(scopesOf(text, '；'), 'punctuation.terminator.statement'));
    assert.ok(hasScope(scopesOf(text, '专门'), 'support.type.property-name'), 'a key after ；');
    assert.ok(hasScope(scopesOf(text, '｝'), 'punctuation.section.block.end'));
  });

  test('正犯 is the offender keyword at a line\'s start and a mode in a charge header', () => {
    const text = '正犯 诈骗犯 ｛ 罪名：诈骗罪；利用：张某 ｝\n指控 张某 第287条之二 正犯\n';
    assert.ok(hasScope(scopesOf(text, '正犯', 1), 'keyword.control.block.offender'));
    assert.ok(hasScope(scopesOf(text, '诈骗犯'), 'entity.name.type.offender'));
    assert.ok(hasScope(scopesOf(text, '诈骗罪'), 'support.constant.offense'));
    assert.ok(hasScope(scopesOf(text, '张某', 1), 'variable.other.reference.provider'));
    assert.ok(hasScope(scopesOf(text, '指控'), 'keyword.control.block.charge'));
    assert.ok(hasScope(scopesOf(text, '张某', 2), 'entity.name.type.reference'));
    assert.ok(hasScope(scopesOf(text, '第287条之二'), 'support.constant.offense'));
    assert.ok(hasScope(scopesOf(text, '正犯', 2), 'storage.modifier.mode'));
  });

  test('values are coloured only after a key that takes them', () => {
    const text = 'case { court yes }\nprovider P { profit yes; ROLE Caching }\n';
    assert.ok(!hasScope(scopesOf(text, 'yes', 1), 'constant.language'), 'yes is no value of court');
    assert.ok(hasScope(scopesOf(text, 'yes', 2), 'constant.language.yesno'));
    assert.ok(hasScope(scopesOf(text, 'ROLE'), 'support.type.property-name'), 'keys without case');
    assert.ok(hasScope(scopesOf(text, 'Caching'), 'constant.language.role'), 'values without case');
  });

  test('a block keyword inside a word, or after another word, is no keyword', () => {
    const text = 'casefile x\n  provider X\nx 服务商 Y\n服务商快播 ｛\n';
    assert.ok(!hasScope(scopesOf(text, 'casefile'), 'keyword'));
    assert.ok(hasScope(scopesOf(text, 'provider'), 'keyword.control.block.provider'), 'indentation is allowed');
    assert.ok(!hasScope(scopesOf(text, '服务商', 1), 'keyword'));
    assert.ok(!hasScope(scopesOf(text, '服务商快播'), 'keyword'));
  });

  test('comments, strings with escapes, dates and numbers', () => {
    const text = '# note\ncase "a \\"q\\" \\\\" { date 2016-01-01; source 「来源」, “出处” } // tail\nevidence { seized 21251 }\n';
    assert.ok(hasScope(scopesOf(text, 'note'), 'comment.line.number-sign'));
    assert.ok(hasScope(scopesOf(text, 'tail'), 'comment.line.double-slash'));
    assert.ok(hasScope(scopesOf(text, '//'), 'punctuation.definition.comment'));
    assert.ok(hasScope(scopesOf(text, '\\"'), 'constant.character.escape'));
    assert.ok(hasScope(scopesOf(text, '\\\\'), 'constant.character.escape'));
    assert.ok(hasScope(scopesOf(text, 'q'), 'string.quoted.double'), 'the string goes on after \\"');
    assert.ok(hasScope(scopesOf(text, '2016-01-01'), 'constant.numeric.date'));
    assert.ok(hasScope(scopesOf(text, '来源'), 'string.quoted.other.corner'));
    assert.ok(hasScope(scopesOf(text, '出处'), 'string.quoted.other.curly'));
    assert.ok(hasScope(scopesOf(text, '21251'), 'constant.numeric.integer'));
  });

  test('a disable comment: the directive, and every rule id it names', () => {
    const text = '# casefacts-disable-next-line omission-dissemination, tech-neutrality omision-x\nprovider P { role access } // casefacts-disable-next-line\n';
    for (const nth of [1, 2]) {
      const directive = scopesOf(text, 'casefacts-disable-next-line', nth);
      assert.ok(hasScope(directive, 'comment.line') && hasScope(directive, 'keyword.other.directive.disable'), directive.join(' '));
    }
    assert.ok(hasScope(scopesOf(text, 'omission-dissemination'), 'constant.other.rule-id'));
    assert.ok(hasScope(scopesOf(text, 'tech-neutrality'), 'constant.other.rule-id'));
    assert.ok(!hasScope(scopesOf(text, 'omision-x'), 'constant.other.rule-id'), 'a misspelt id stays plain comment');
    assert.ok(hasScope(scopesOf(text, 'omision-x'), 'comment.line'));
    for (const r of RULES) {
      const line = `# casefacts-disable-next-line ${r.id}\n`;
      assert.ok(hasScope(scopesOf(line, r.id), 'constant.other.rule-id'), r.id);
      assert.ok(!hasScope(scopesOf(`# ${r.id}\n`, r.id), 'constant.other.rule-id'), `${r.id} outside a directive`);
    }
  });

  test('an unterminated string ends at the line\'s end; a body left open ends at the next block', () => {
    const text = 'provider P "open {\n  role caching\nprovider Q { role link\ncharge Q art217\n';
    assert.ok(!hasScope(scopesOf(text, 'role', 1), 'string'), 'the next line is no string');
    assert.ok(hasScope(scopesOf(text, 'link'), 'constant.language.role'));
    assert.ok(hasScope(scopesOf(text, 'charge'), 'keyword.control.block.charge'));
    assert.ok(hasScope(scopesOf(text, 'art217'), 'support.constant.offense'));
  });

  test('the grammar agrees with the parser on every example', () => {
    const dir = join(ROOT, 'examples');
    const files = readdirSync(dir).filter((f) => /\.(case|md)$/.test(f));
    assert.ok(files.length > 0);
    let checked = 0;
    for (const file of files) {
      const raw = readFileSync(join(dir, file), 'utf8');
      const text = file.endsWith('.md') ? extractCase(raw).text : raw;
      const scopes = tokenizer.tokenize(text);
      const doc = parse(text);
      const expect = (offset: number, scope: string, what: string): void => {
        checked++;
        assert.ok(hasScope(scopes[offset] ?? [], scope), `${file}: ${what} at ${offset} has ${scope}: ${scopes[offset]}`);
      };
      for (const c of doc.comments) {
        expect(c.offset, 'comment.line', c.value);
      }
      for (const block of doc.blocks) {
        if (!block.spec) {
          continue;
        }
        expect(block.keyword.offset, `keyword.control.block.${block.spec.id}`, block.keyword.value);
        const [first, second, third] = block.header;
        if (first?.kind === TokenKind.Word && ['provider', 'offender', 'charge'].includes(block.spec.id)) {
          expect(first.offset, 'entity.name.type', first.value);
        }
        if (block.spec.id === 'charge' && second && lookupOffense(second.value)) {
          expect(second.offset, 'support.constant.offense', second.value);
        }
        if (block.spec.id === 'charge' && third && lookupValue('mode', third.value)) {
          expect(third.offset, 'storage.modifier.mode', third.value);
        }
        for (const st of block.statements) {
          if (!st.spec) {
            continue;
          }
          expect(st.key.offset, 'support.type.property-name', st.key.value);
          const kind = st.spec.value;
          for (const v of st.values) {
            if (v.kind === TokenKind.String) {
              expect(v.offset, 'string.quoted', v.value);
            } else if (kind.type === 'enum' && lookupValue(kind.set, v.value)) {
              expect(v.offset, `constant.language.${kind.set}`, v.value);
            } else if (kind.type === 'offense' && lookupOffense(v.value)) {
              expect(v.offset, 'support.constant.offense', v.value);
            } else if (kind.type === 'providerRef') {
              expect(v.offset, 'variable.other.reference.provider', v.value);
            } else if (v.kind === TokenKind.Date) {
              expect(v.offset, 'constant.numeric.date', v.value);
            } else if (v.kind === TokenKind.Number) {
              expect(v.offset, 'constant.numeric.integer', v.value);
            }
          }
          if (st.note) {
            expect(st.note.offset, 'string.quoted', st.note.value);
          }
        }
      }
    }
    assert.ok(checked > 100, `checked ${checked} tokens`);
  });
});

suite('grammar: ```case fences in Markdown', () => {
  const md = buildMarkdownInjection();
  const block = md.repository?.['casefacts-code-block'] as Rule;

  test('injects into Markdown and embeds source.casefacts', () => {
    assert.strictEqual(md.scopeName, 'markdown.casefacts.codeblock');
    assert.strictEqual(md.injectionSelector, 'L:text.html.markdown');
    const inner = block.patterns?.[0];
    assert.strictEqual(inner?.contentName, 'meta.embedded.block.casefacts');
    assert.deepStrictEqual(inner?.patterns, [{ include: 'source.casefacts' }]);
  });

  test('opens on ```case, ```casefacts and ~~~case, any case, with attributes', () => {
    const begin = block.begin as string;
    for (const fence of ['```case', '~~~case', '```casefacts', '````Case', '  ```CASE title', '~~~casefacts {.x}']) {
      assert.ok(onigToJs(begin).test(fence), fence);
    }
    for (const fence of ['```cases', '```js', '``case', 'text ```case']) {
      assert.ok(!onigToJs(begin).test(fence), `${fence} is no case fence`);
    }
  });

  /** What markdown.ts reads: the content of the case block that `open` opens and `close` closes, if any. */
  const serverReads = (open: string, close: string): string | undefined => {
    const brief = `${open}\nprovider P\n${close}\nprovider Q\n`;
    const region = extractCase(brief).regions[0];
    return region && brief.slice(region.start, region.end);
  };

  test('opens exactly where the server reads a case block: the info string\'s first word', () => {
    const fences = [
      '```case', '```case title', '```case {.x}', '~~~case', '```Casefacts', '   ```case', '```\tcase',
      '```case{.x}', '```case:x', '```case,x', '```case?', '```cases', '```case-x', '```case`x', '~~~case`x', '```js case',
      '    ```case', '\t```case', '     ~~~case', // four columns in: an indented code block
    ];
    for (const fence of fences) {
      const close = fence.trim()[0] === '~' ? '~~~' : '```';
      const grammarOpens = onigToJs(block.begin as string).test(fence);
      assert.strictEqual(grammarOpens, serverReads(fence, close) !== undefined, `${fence}: grammar ${grammarOpens ? 'opens' : 'does not open'} a case block`);
    }
  });

  test('closes exactly where the server closes: the same character, at least as many times', () => {
    const pairs: [string, string][] = [
      ['```case', '```'], ['```case', '```  '], ['```case', '````'], ['````case', '```'], ['````case', '`````'],
      ['~~~case', '~~~'], ['~~~case', '~~~~'], ['~~~~case', '~~~'], ['~~~case', '```'], ['```case', '~~~'],
      ['```case', '``` case'], ['  ```case', '```'], ['```case', '  ```'], ['```case', '   ```'],
      ['```case', '    ```'], ['```case', '\t```'], // four columns in: a line of the block
    ];
    for (const [open, close] of pairs) {
      // TextMate puts the begin match's captures in place of \3 (the fence).
      const fence = /[`~]{3,}/.exec(open)![0];
      const end = onigToJs((block.end as string).replace('\\3', fence));
      assert.strictEqual(end.test(close), serverReads(open, close) === 'provider P\n', `${open} … ${close}`);
    }
  });
});
