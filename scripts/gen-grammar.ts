/**
 * Generates the TextMate grammars from the vocabulary, so that the colours
 * never drift from what the parser accepts:
 *
 *   npx tsx scripts/gen-grammar.ts           writes syntaxes/*.tmLanguage.json
 *   npx tsx scripts/gen-grammar.ts --check   exits 1 if the committed files are stale
 *
 * The grammar mirrors the parser's structure rather than listing words
 * anywhere: a block keyword opens a block only at a line's start; a body's
 * statements are coloured with the keys of *that* block, and each key's values
 * with *that* key's value set (so `yes` is a value after `profit`, not after
 * `court`, and `正犯` is a mode in a charge header but a block keyword at a
 * line's start).
 *
 * Chinese has no word boundaries, so `\b` is useless around CJK words; every
 * word is fenced by lookarounds on the scanner's word characters instead.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BLOCKS,
  KEYS,
  OFFENSES,
  VALUE_SETS,
  BlockKind,
  KeySpec,
  Term,
  ValueSetId,
} from '../server/src/service/vocabulary';
import { RULES } from '../server/src/service/rules/meta';

/** A TextMate rule, as much of it as we use. */
export interface Rule {
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  captures?: Record<string, { name: string }>;
  beginCaptures?: Record<string, { name: string }>;
  endCaptures?: Record<string, { name: string }>;
  patterns?: Rule[];
  include?: string;
  comment?: string;
}

export interface Grammar {
  $schema?: string;
  name?: string;
  scopeName: string;
  comment?: string;
  injectionSelector?: string;
  fileTypes?: string[];
  patterns: Rule[];
  repository?: Record<string, Rule>;
}

/**
 * The scanner's word characters (scanner.ts `LETTER`): letters, marks, digits, `_`, `.`, `-`.
 * Oniguruma and JavaScript's `u` mode both read `\p{…}`.
 */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_.\\-]';
const NOT_AFTER_WORD = `(?<!${WORD_CHAR})`;
const NOT_BEFORE_WORD = `(?!${WORD_CHAR})`;
const OPEN = '[{｛]';
const CLOSE = '[}｝]';

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Longest first, then alphabetical: deterministic, and no prefix shadows a longer word. */
function sortWords(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * One alternation for a set of terms: English spellings inside a `(?i:…)`
 * group (the spec matches ASCII words without case), Chinese ones exact.
 */
export function wordAlternation(terms: readonly Term[]): string {
  const ascii = sortWords(terms.flatMap((t) => t.en)).map(escapeRegex);
  const other = sortWords(terms.flatMap((t) => t.zh)).map(escapeRegex);
  const parts: string[] = [];
  if (ascii.length > 0) {
    parts.push(`(?i:${ascii.join('|')})`);
  }
  parts.push(...other);
  return `(?:${parts.join('|')})`;
}

/** A whole word: not preceded or followed by a word character. */
function word(alternation: string): string {
  return `${NOT_AFTER_WORD}${alternation}${NOT_BEFORE_WORD}`;
}

const BLOCK_WORDS = wordAlternation(BLOCKS);
/**
 * A line's start: `^`, or `\\G` where a Markdown container took the line's start (a list item's
 * indentation, a blockquote's `>`) before the case block's own rule resumed on the line.
 */
const LINE_START = '(?:^|\\G)';
/** Where a line opens a new block: a body left open ends there, as the parser recovers. */
const NEXT_BLOCK = `(?=${LINE_START}\\s*${BLOCK_WORDS}${NOT_BEFORE_WORD})`;
/** A statement begins a line, or follows `{` or `;`. */
const STATEMENT_START = '(?:^|\\G|(?<=[{｛;；]))\\s*';

const ID = `(${WORD_CHAR}+)`;

function valueScope(set: ValueSetId): string {
  return `constant.language.${set}.casefacts`;
}

function keyRuleName(key: KeySpec): string {
  return `key-${key.block}-${key.id}`;
}

/** The patterns that colour one key's values. */
function valuePatterns(key: KeySpec): Rule[] {
  switch (key.value.type) {
    case 'enum':
      return [{ include: `#values-${key.value.set}` }, { include: '#strings' }, { include: '#literals' }];
    case 'offense':
      return [{ include: '#offenses' }, { include: '#strings' }];
    case 'providerRef':
      return [{ match: word(`${WORD_CHAR}+`), name: 'variable.other.reference.provider.casefacts' }, { include: '#strings' }];
    case 'date':
    case 'number':
    case 'text':
    case 'textOrDate':
      return [{ include: '#strings' }, { include: '#literals' }];
  }
}

function keyRule(key: KeySpec): Rule {
  return {
    name: `meta.statement.${key.id}.casefacts`,
    begin: `${STATEMENT_START}(${wordAlternation([key])})${NOT_BEFORE_WORD}`,
    beginCaptures: { '1': { name: 'support.type.property-name.casefacts' } },
    // A statement ends at the line's end, a `;` or the body's `}` (left for the body to close).
    end: `(?=[;；}｝])|$`,
    patterns: [
      { include: '#comments' },
      ...valuePatterns(key),
      { include: '#punctuation' },
    ],
  };
}

function bodyRule(block: BlockKind): Rule {
  return {
    name: `meta.body.${block}.casefacts`,
    begin: OPEN,
    beginCaptures: { '0': { name: 'punctuation.section.block.begin.casefacts' } },
    end: `(${CLOSE})|${NEXT_BLOCK}`,
    endCaptures: { '1': { name: 'punctuation.section.block.end.casefacts' } },
    patterns: [
      { include: '#comments' },
      ...KEYS.filter((k) => k.block === block).map((k) => ({ include: `#${keyRuleName(k)}` })),
      { include: '#strings' },
      { include: '#literals' },
      { include: '#punctuation' },
    ],
  };
}

/** The scope of the id a block's header names. */
const HEADER_ID: Partial<Record<BlockKind, string>> = {
  provider: 'entity.name.type.provider.casefacts',
  offender: 'entity.name.type.offender.casefacts',
  charge: 'entity.name.type.reference.casefacts',
};

function blockRule(block: BlockKind): Rule {
  const spec = BLOCKS.find((b) => b.id === block);
  if (!spec) {
    throw new Error(`no block ${block}`);
  }
  const idScope = HEADER_ID[block];
  const beginCaptures: Record<string, { name: string }> = { '1': { name: `keyword.control.block.${block}.casefacts` } };
  let begin = `${LINE_START}\\s*(${wordAlternation([spec])})${NOT_BEFORE_WORD}`;
  if (idScope) {
    begin += `(?:\\s+${ID})?`;
    beginCaptures['2'] = { name: idScope };
  }
  const header: Rule[] = block === 'charge' ? [{ include: '#offenses' }, { include: '#modes' }] : [];
  return {
    name: `meta.block.${block}.casefacts`,
    begin,
    beginCaptures,
    // No body: the header's line ends the block. With one: just after its `}`.
    end: `(?<=[}｝])|$|${NEXT_BLOCK}`,
    patterns: [
      { include: '#comments' },
      ...header,
      { include: '#strings' },
      { include: `#body-${block}` },
      { include: '#literals' },
      { include: '#punctuation' },
    ],
  };
}

function stringRule(kind: string, open: string, close: string, escapes: boolean): Rule {
  return {
    name: `string.quoted.${kind}.casefacts`,
    begin: escapeRegex(open),
    beginCaptures: { '0': { name: 'punctuation.definition.string.begin.casefacts' } },
    // A string may not span lines: an unterminated one stops at the line's end.
    end: `(${escapeRegex(close)})|$`,
    endCaptures: { '1': { name: 'punctuation.definition.string.end.casefacts' } },
    patterns: escapes ? [{ match: '\\\\["\\\\]', name: 'constant.character.escape.casefacts' }] : [],
  };
}

export function buildGrammar(): Grammar {
  const repository: Record<string, Rule> = {
    comments: {
      patterns: [
        {
          name: 'comment.line.number-sign.casefacts',
          begin: '#',
          beginCaptures: { '0': { name: 'punctuation.definition.comment.casefacts' } },
          end: '$',
          patterns: [{ include: '#disable-directive' }],
        },
        {
          name: 'comment.line.double-slash.casefacts',
          begin: '//',
          beginCaptures: { '0': { name: 'punctuation.definition.comment.casefacts' } },
          end: '$',
          patterns: [{ include: '#disable-directive' }],
        },
      ],
    },
    // `# casefacts-disable-next-line RULE, RULE`, read as languageService.ts `disabledLines`
    // reads it: the ids run on while the text is word characters, spaces, commas and
    // hyphens. Known rule ids stand out, so a misspelt one shows as plain comment.
    'disable-directive': {
      begin: 'casefacts-disable-next-line',
      beginCaptures: { '0': { name: 'keyword.other.directive.disable.casefacts' } },
      end: '(?=[^\\w\\s,\\-])|$',
      patterns: [
        { name: 'constant.other.rule-id.casefacts', match: `(?<![\\w\\-])(?:${sortWords(RULES.map((r) => r.id)).map(escapeRegex).join('|')})(?![\\w\\-])` },
        { name: 'punctuation.separator.comma.casefacts', match: ',' },
      ],
    },
    strings: {
      patterns: [
        { include: '#string-double' },
        { include: '#string-curly' },
        { include: '#string-corner' },
      ],
    },
    'string-double': stringRule('double', '"', '"', true),
    'string-curly': stringRule('other.curly', '“', '”', false),
    'string-corner': stringRule('other.corner', '「', '」', false),
    literals: {
      patterns: [
        { name: 'constant.numeric.date.casefacts', match: word('[0-9]{4}-[0-9]{2}-[0-9]{2}') },
        { name: 'constant.numeric.integer.casefacts', match: word('[0-9]+') },
      ],
    },
    punctuation: {
      patterns: [
        { name: 'punctuation.separator.key-value.casefacts', match: '[:：]' },
        { name: 'punctuation.separator.comma.casefacts', match: '[,，、]' },
        { name: 'punctuation.terminator.statement.casefacts', match: '[;；]' },
        { name: 'punctuation.section.block.begin.casefacts', match: OPEN },
        { name: 'punctuation.section.block.end.casefacts', match: CLOSE },
      ],
    },
    offenses: { name: 'support.constant.offense.casefacts', match: word(wordAlternation(OFFENSES)) },
    modes: { name: 'storage.modifier.mode.casefacts', match: word(wordAlternation(VALUE_SETS.mode)) },
  };
  for (const set of Object.keys(VALUE_SETS) as ValueSetId[]) {
    if (set !== 'mode') {
      repository[`values-${set}`] = { name: valueScope(set), match: word(wordAlternation(VALUE_SETS[set])) };
    }
  }
  for (const block of BLOCKS) {
    repository[`block-${block.id}`] = blockRule(block.id);
    repository[`body-${block.id}`] = bodyRule(block.id);
  }
  for (const key of KEYS) {
    repository[keyRuleName(key)] = keyRule(key);
  }
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'CaseFacts',
    scopeName: 'source.casefacts',
    comment: 'GENERATED from server/src/service/vocabulary.ts by scripts/gen-grammar.ts; do not edit by hand.',
    fileTypes: ['case'],
    patterns: [
      { include: '#comments' },
      ...BLOCKS.map((b) => ({ include: `#block-${b.id}` })),
      { include: '#strings' },
      { include: '#literals' },
      { include: '#punctuation' },
    ],
    repository,
  };
}

/**
 * ```case, ```casefacts and ~~~case fences in Markdown, in the style of VS Code's
 * markdown-basics fenced-code injections: the fence lines are Markdown, the
 * content is CaseFacts.
 */
export function buildMarkdownInjection(): Grammar {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'CaseFacts in Markdown',
    scopeName: 'markdown.casefacts.codeblock',
    comment: 'GENERATED by scripts/gen-grammar.ts; do not edit by hand.',
    injectionSelector: 'L:text.html.markdown',
    patterns: [{ include: '#casefacts-code-block' }],
    repository: {
      'casefacts-code-block': {
        name: 'markup.fenced_code.block.markdown',
        // The info string's first word (up to a space or a backtick), without case, as
        // markdown.ts reads it: `case{.x}` or `case:x` is another word, no case block. A
        // backtick fence's info string holds no backtick (CommonMark); a tilde fence's may.
        // At most three spaces in: four (or a tab) make an indented code block. In a list item
        // or a blockquote, Markdown's own rules have taken the item's indentation or the `>`.
        begin: '(^|\\G)([ ]{0,3})(`{3,}(?=[^`]*$)|~{3,})[ \\t]*(?i:(case|casefacts))(?![^\\s`])(.*)$',
        beginCaptures: {
          '3': { name: 'punctuation.definition.markdown' },
          '4': { name: 'fenced_code.block.language.markdown' },
          '5': { name: 'fenced_code.block.language.attributes.markdown' },
        },
        // The same character, at least as many times (a ```` line closes a ``` block, as
        // CommonMark and markdown.ts read it), at most three spaces in, as markdown.ts reads it.
        end: '(^|\\G)([ ]{0,3})(\\3(?:(?<=`)`*|(?<=~)~*))[ \\t]*$',
        endCaptures: { '3': { name: 'punctuation.definition.markdown' } },
        patterns: [
          {
            begin: '(^|\\G)(\\s*)(.*)',
            while: '(^|\\G)(?!\\s*([`~]{3,})\\s*$)',
            contentName: 'meta.embedded.block.casefacts',
            patterns: [{ include: 'source.casefacts' }],
          },
        ],
      },
    },
  };
}

export const GRAMMAR_PATH = join(__dirname, '..', 'syntaxes', 'casefacts.tmLanguage.json');
export const MARKDOWN_GRAMMAR_PATH = join(__dirname, '..', 'syntaxes', 'casefacts.markdown.tmLanguage.json');

/** The files as the generator writes them (2-space JSON, final newline). */
export function generatedFiles(): { path: string; text: string }[] {
  return [
    { path: GRAMMAR_PATH, text: `${JSON.stringify(buildGrammar(), null, 2)}\n` },
    { path: MARKDOWN_GRAMMAR_PATH, text: `${JSON.stringify(buildMarkdownInjection(), null, 2)}\n` },
  ];
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const file of generatedFiles()) {
    if (check) {
      let current = '';
      try {
        current = readFileSync(file.path, 'utf8');
      } catch {
        // missing counts as stale
      }
      if (current !== file.text) {
        console.error(`${file.path} is stale: run npx tsx scripts/gen-grammar.ts`);
        stale = true;
      }
    } else {
      writeFileSync(file.path, file.text);
      console.log(`wrote ${file.path}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
