/**
 * Every snippet, once its placeholders take their defaults, is a case text the
 * language service reads without a syntax or vocabulary error; and so is every
 * other option of every choice placeholder.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { findingsToDiagnostics, parseText } from '../../server/src/service/languageService';
import { BLOCKS, lookupKey, Term, VALUE_SETS } from '../../server/src/service/vocabulary';

const ROOT = join(__dirname, '..', '..');

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

function load(file: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(join(ROOT, 'snippets', file), 'utf8')) as Record<string, Snippet>;
}

function bodyOf(s: Snippet): string {
  return Array.isArray(s.body) ? s.body.join('\n') : s.body;
}

function prefixes(s: Snippet): string[] {
  return Array.isArray(s.prefix) ? s.prefix : [s.prefix];
}

// ---------------------------------------------------------------------------
// Snippet syntax: $1, ${1}, ${1:default}, ${1|a,b|}, $VAR, ${VAR:default}, \$ \} \\ escapes.

interface Choice {
  index: number;
  options: string[];
}

interface Expansion {
  text: string;
  choices: Choice[];
}

/**
 * Expands a snippet body as VS Code inserts it before the user types: each
 * placeholder its default (a choice its first option, or `pick`'s), each
 * mirror (`$1` after `${1:x}`) the same text.
 */
function expand(body: string, pick?: { index: number; option: string }): Expansion {
  const values = new Map<number, string>();
  const choices: Choice[] = [];
  const run = (): string => {
    let i = 0;
    const parse = (stopAt: string): string => {
      let out = '';
      while (i < body.length && !stopAt.includes(body[i])) {
        const c = body[i];
        if (c === '\\' && i + 1 < body.length && '$}\\,|'.includes(body[i + 1])) {
          out += body[i + 1];
          i += 2;
        } else if (c === '$' && /[0-9]/.test(body[i + 1] ?? '')) {
          const m = /^[0-9]+/.exec(body.slice(i + 1)) as RegExpExecArray;
          i += 1 + m[0].length;
          out += values.get(Number(m[0])) ?? '';
        } else if (c === '$' && /[A-Z_]/.test(body[i + 1] ?? '')) {
          const m = /^[A-Z_]+/.exec(body.slice(i + 1)) as RegExpExecArray;
          i += 1 + m[0].length;
        } else if (c === '$' && body[i + 1] === '{') {
          i += 2;
          const m = /^([0-9]+|[A-Z_]+)/.exec(body.slice(i));
          assert.ok(m, `placeholder at ${i} of:\n${body}`);
          i += m[0].length;
          const index = /^[0-9]/.test(m[0]) ? Number(m[0]) : undefined;
          if (body[i] === '}') {
            i++;
            out += index === undefined ? '' : values.get(index) ?? '';
          } else if (body[i] === ':') {
            i++;
            const inner = parse('}');
            i++;
            if (index !== undefined && !values.has(index)) {
              values.set(index, inner);
            }
            out += index === undefined ? inner : values.get(index) ?? inner;
          } else if (body[i] === '|') {
            i++;
            const options: string[] = [];
            for (;;) {
              options.push(parse(',|'));
              if (body[i++] === '|') {
                break;
              }
            }
            assert.strictEqual(body[i++], '}', `choice ${index} closes`);
            assert.ok(index !== undefined, 'a choice has an index');
            if (!choices.some((ch) => ch.index === index)) {
              choices.push({ index, options });
            }
            const chosen = pick?.index === index ? pick.option : options[0];
            if (!values.has(index)) {
              values.set(index, chosen);
            }
            out += values.get(index);
          } else {
            assert.fail(`bad placeholder \${${m[0]}${body[i]} in:\n${body}`);
          }
        } else {
          out += c;
          i++;
        }
      }
      return out;
    };
    return parse('');
  };
  run(); // first pass: learn every placeholder's value, so mirrors before it resolve too
  choices.length = 0;
  const text = run();
  return { text, choices };
}

// ---------------------------------------------------------------------------

/** Codes that mean the text is not valid case-facts language. */
const LANGUAGE_ERRORS = ['syntax', 'unknown-block', 'unknown-key', 'unknown-value', 'undefined-reference', 'missing-role'];

/**
 * Where a block skeleton that names a provider is inserted: a file that
 * defines it (the skeletons' default ids).
 */
const HOST = [
  'provider Provider "host" {',
  '  role access',
  '}',
  '服务商 甲公司 “宿主” ｛',
  '  类型：接入',
  '｝',
  '',
].join('\n');

const PROVIDER_LINE = new RegExp(
  `^\\s*(?:${BLOCKS.find((b) => b.id === 'provider')?.en.concat(BLOCKS.find((b) => b.id === 'provider')?.zh ?? []).join('|')})\\s`,
  'im',
);

function errorsOf(text: string, markdown: boolean, codes?: readonly string[]): string[] {
  const source = markdown || PROVIDER_LINE.test(text) ? text : HOST + text;
  const uri = markdown ? 'file:///brief.md' : 'file:///snippet.case';
  const parsed = parseText(uri, 1, source, markdown);
  const document = TextDocument.create(uri, markdown ? 'markdown' : 'casefacts', 1, source);
  return findingsToDiagnostics(parsed, document, { locale: 'en' })
    .filter((d) => d.severity === DiagnosticSeverity.Error && (!codes || codes.includes(String(d.code))))
    .map((d) => `${d.code} at ${d.range.start.line}:${d.range.start.character}: ${d.message}`);
}

const caseSnippets = load('casefacts.code-snippets');
const markdownSnippets = load('markdown.code-snippets');

suite('snippets: casefacts.code-snippets', () => {
  test('the expander reads defaults, choices and mirrors', () => {
    const e = expand('a ${1:x} ${2|p,q|} $1 ${2} \\$ ${3:${1}y}');
    assert.strictEqual(e.text, 'a x p x p $ xy');
    assert.deepStrictEqual(e.choices, [{ index: 2, options: ['p', 'q'] }]);
    assert.strictEqual(expand('${2|p,q|} $2', { index: 2, option: 'q' }).text, 'q q');
  });

  for (const [name, snippet] of Object.entries(caseSnippets)) {
    test(`"${name}" parses with no error once its placeholders take their defaults`, () => {
      assert.ok(prefixes(snippet).length > 0 && snippet.description.length > 0, 'prefix and description');
      const { text } = expand(bodyOf(snippet));
      assert.deepStrictEqual(errorsOf(text, false), [], `\n${text}`);
    });

    test(`"${name}": every option of every choice is valid language`, () => {
      const body = bodyOf(snippet);
      for (const choice of expand(body).choices) {
        for (const option of choice.options.slice(1)) {
          const { text } = expand(body, { index: choice.index, option });
          assert.deepStrictEqual(errorsOf(text, false, LANGUAGE_ERRORS), [], `\${${choice.index}} = ${option}:\n${text}`);
        }
      }
    });
  }

  test('once inserted, a skeleton shows no diagnostic but the doctrine findings its defaults are there to show', () => {
    // A scenario's defaults state the facts it is about; the doctrine answers them.
    const EXPECTED: Record<string, string[]> = {
      'provider-search': ['ranking-intervention'],
      'provider-link': ['embedded-link'],
      '服务商-搜索': ['ranking-intervention'],
      '服务商-链接': ['embedded-link'],
      'scenario-notice-takedown': ['notice-takedown-not-criminal'],
      '场景-通知删除': ['notice-takedown-not-criminal'],
      'scenario-art287-2': ['helping-concurrence'],
      '场景-第287条之二': ['helping-concurrence'],
      // against HOST's access provider, of which nothing is known
      charge: ['no-general-monitoring', 'verdict-divergence'],
      指控: ['no-general-monitoring', 'verdict-divergence'],
    };
    for (const snippet of Object.values(caseSnippets)) {
      const prefix = prefixes(snippet)[0];
      const text = expand(bodyOf(snippet)).text;
      const source = PROVIDER_LINE.test(text) ? text : HOST + text;
      const uri = 'file:///snippet.case';
      const diagnostics = findingsToDiagnostics(parseText(uri, 1, source, false), TextDocument.create(uri, 'casefacts', 1, source), { locale: 'en' });
      assert.deepStrictEqual(diagnostics.map((d) => String(d.code)), EXPECTED[prefix] ?? [], `${prefix}:\n${source}`);
    }
  });

  test('a skeleton for every block, in English and in Chinese keywords', () => {
    const all = Object.values(caseSnippets).flatMap(prefixes);
    for (const block of BLOCKS) {
      assert.ok(all.includes(block.id), `prefix ${block.id}`);
      assert.ok(all.includes(block.zh[0]), `prefix ${block.zh[0]}`);
      const skeleton = Object.values(caseSnippets).find((s) => prefixes(s).includes(block.zh[0])) as Snippet;
      assert.ok(expand(bodyOf(skeleton)).text.startsWith(`${block.zh[0]} `), `${block.zh[0]} skeleton opens its block`);
    }
  });

  test('a provider skeleton for every kind of service, with that role', () => {
    const kinds: [string, string][] = [
      ['provider-access', 'access'],
      ['provider-caching', 'caching'],
      ['provider-storage', 'storage'],
      ['provider-search', 'search'],
      ['provider-link', 'link'],
      ['provider-advertising', 'advertising'],
      ['provider-payment', 'payment'],
      ['provider-technical', 'technical'],
    ];
    for (const [prefix, role] of kinds) {
      const s = Object.values(caseSnippets).find((x) => prefixes(x).includes(prefix));
      assert.ok(s, `snippet ${prefix}`);
      assert.match(expand(bodyOf(s)).text, new RegExp(`^\\s*role\\s+${role}$`, 'm'), `${prefix} has role ${role}`);
    }
    const search = Object.values(caseSnippets).find((x) => prefixes(x).includes('provider-search')) as Snippet;
    assert.match(expand(bodyOf(search)).text, /^\s*ranking\s+paid$/m, 'search with paid ranking');
    const link = Object.values(caseSnippets).find((x) => prefixes(x).includes('provider-link')) as Snippet;
    assert.match(expand(bodyOf(link)).text, /^\s*link-type\s+embedded$/m, 'embedded links');
  });

  test('and in Chinese keywords, with the Chinese role', () => {
    for (const role of ['access', 'caching', 'storage', 'search', 'link', 'advertising', 'payment', 'technical']) {
      const zh = (VALUE_SETS.role.find((t) => t.id === role) as Term).zh[0];
      const s = Object.values(caseSnippets).find((x) => prefixes(x).includes(`服务商-${zh}`));
      assert.ok(s, `snippet 服务商-${zh}`);
      assert.match(expand(bodyOf(s)).text, new RegExp(`^\\s*类型：${zh}$`, 'm'), `服务商-${zh} has 类型：${zh}`);
      const english = Object.values(caseSnippets).find((x) => prefixes(x).includes(`provider-${role}`)) as Snippet;
      const keys = (text: string) => [...text.matchAll(/^\s+(\S+?)[：\s]/gm)].map((m) => lookupKey('provider', m[1])?.id);
      assert.deepStrictEqual(keys(expand(bodyOf(s)).text), keys(expand(bodyOf(english)).text), `服务商-${zh} states what provider-${role} states`);
    }
    const search = Object.values(caseSnippets).find((x) => prefixes(x).includes('服务商-搜索')) as Snippet;
    assert.match(expand(bodyOf(search)).text, /^\s*人为干预：付费$/m, 'search with paid ranking');
    const link = Object.values(caseSnippets).find((x) => prefixes(x).includes('服务商-链接')) as Snippet;
    assert.match(expand(bodyOf(link)).text, /^\s*链接方式：嵌入$/m, 'embedded links');
  });

  test('scenarios: notice-and-takedown, an art. 286-1 order, the help offense — in both languages', () => {
    const byPrefix = (p: string): string => {
      const s = Object.values(caseSnippets).find((x) => prefixes(x).includes(p));
      assert.ok(s, `snippet ${p}`);
      return expand(bodyOf(s)).text;
    };
    assert.match(byPrefix('scenario-notice-takedown'), /notice\s+rightholder[\s\S]*takedown\s+delayed/);
    assert.match(byPrefix('scenario-art286-1'), /order\s+regulator[\s\S]*charge \S+ art286-1/);
    assert.match(byPrefix('scenario-art287-2'), /charge \S+ art287-2/);
    assert.match(byPrefix('场景-通知移除'), /通知：权利人[\s\S]*移除：迟延/);
    assert.match(byPrefix('场景-第286条之一'), /责令：监管部门[\s\S]*指控 \S+ 拒不履行信息网络安全管理义务罪/);
    assert.match(byPrefix('场景-第287条之二'), /指控 \S+ 帮助信息网络犯罪活动罪/);
  });

  test('Chinese-keyword snippets use the punctuation a Chinese input method types', () => {
    const chinese = Object.values(caseSnippets).filter((s) => /^[\u4e00-\u9fff]/.test(prefixes(s)[0]));
    assert.ok(chinese.length >= 5);
    for (const s of chinese) {
      const code = expand(bodyOf(s))
        .text.split('\n')
        .filter((l) => !l.trimStart().startsWith('#'))
        .join('\n');
      assert.doesNotMatch(code, /[{}":;,]/, `${prefixes(s)[0]}: no ASCII punctuation\n${code}`);
      assert.match(code, /｛[\s\S]*：[\s\S]*｝/, `${prefixes(s)[0]}: full-width braces and colons`);
    }
  });
});

suite('snippets: ```case skeletons in markdown.code-snippets', () => {
  const withCase = Object.entries(markdownSnippets).filter(([, s]) => /^(`{3,}|~{3,})\s*(case|casefacts)\b/im.test(bodyOf(s)));

  test('the Markdown snippets hold ```case skeletons', () => {
    assert.ok(withCase.length > 0);
  });

  for (const [name, snippet] of withCase) {
    test(`"${name}" reads as a brief with no language error, for every choice`, () => {
      const body = bodyOf(snippet);
      const { text, choices } = expand(body);
      assert.deepStrictEqual(errorsOf(text, true, LANGUAGE_ERRORS), [], `\n${text}`);
      for (const choice of choices) {
        for (const option of choice.options.slice(1)) {
          const variant = expand(body, { index: choice.index, option }).text;
          assert.deepStrictEqual(errorsOf(variant, true, LANGUAGE_ERRORS), [], `\${${choice.index}} = ${option}:\n${variant}`);
        }
      }
    });
  }
});

suite('snippets: argument paragraphs for a brief', () => {
  const paragraph = (prefix: string): string => {
    const s = Object.values(markdownSnippets).find((x) => prefixes(x).includes(prefix));
    assert.ok(s, `snippet ${prefix}`);
    return expand(bodyOf(s)).text;
  };
  /** The paper's headings as the Chinese paragraphs write them: II.(二).4 → 二、（二）.4. */
  const zhSection = (section: string): string =>
    section.replace(/^(I{1,3})\.\((.)\)/, (_, part: string, sub: string) => `${{ I: '一', II: '二', III: '三' }[part]}、（${sub}）`);

  // Each argument with the sections and sources doctrine.md gives for the rule or topic it argues.
  const CITES: [string, string[], string[]][] = [
    ['no-monitoring', ['II.(二).1'], ['[28](P101)', '[26](P17)', '[31](P323)']],
    ['caching', ['I.(一)'], ['[9](P202', '[10](P24)']],
    ['neutral-help', ['I.(二)'], ['[7]', '[16](P198)', '[17](P248)']],
    ['tech-neutrality', ['I.(二)'], []],
    ['legality', ['I.(四)'], ['[19](P124)', '[6](P24)', '[20](P30)', '[21](P73)', '[22](P85)', '[23](P7)']],
    ['in-dubio', ['I.(三)'], ['[2](P112)', '[18](P89, P100)']],
    ['art286-1', ['III.(二)', 'II.(二).3'], ['[33](P143)', '[36](P73)']],
    ['art287-2', ['III.(一).3'], ['[32](P12-13)']],
    ['omission', ['I.(一)'], ['[11](P150)', '[12](P83)', '[13](P1109)']],
    ['notice-takedown', ['II.(二).1'], ['[26](P17)']],
    ['embedded-link', ['II.(二).4'], ['[30](P128)']],
    ['paid-ranking', ['II.(二).4'], []],
  ];

  test('every paragraph, in English and in Chinese, cites the sections and sources doctrine.md gives', () => {
    for (const [topic, sections, sources] of CITES) {
      const en = paragraph(`cf-en-${topic}`);
      const zh = paragraph(`cf-zh-${topic}`);
      for (const section of sections) {
        assert.ok(en.includes(section), `cf-en-${topic} cites ${section}`);
        assert.ok(zh.includes(zhSection(section)), `cf-zh-${topic} cites ${zhSection(section)}`);
      }
      for (const source of sources) {
        // escaped: in the brief's Markdown a citation reads as written, not as a link to `P101`
        const written = source.replace(/^\[(\d+)\]\(/, '\\[$1\\](');
        assert.ok(en.includes(written) && zh.includes(written), `cf-*-${topic} cite ${written}`);
      }
      for (const text of [en, zh]) {
        assert.doesNotMatch(text, /(?<!\\)\[\d+\]\(P/, `cf-*-${topic}: a citation that would render as a link`);
      }
      assert.match(en, /Chen Hongbing(,| argues| calls| reads)|[Ii]n his view/, `cf-en-${topic} states the argument as the paper's`);
      assert.match(zh, /陈洪兵/, `cf-zh-${topic} states the argument as the paper's`);
    }
  });

  test('art. 286-1: the limits the paper reports from another scholar ([33]) are that scholar\'s, not the paper\'s', () => {
    assert.match(paragraph('cf-en-art286-1'), /proposals he reports, one would let only a regulator[^.]*\(\\\[33\\\]\(P143\)\)/);
    assert.match(paragraph('cf-zh-art286-1'), /他介绍的方案中，有学者主张：责令改正的主体只能是监管部门[^。]*（\\\[33\\\]\(P143\)）/);
  });
});
