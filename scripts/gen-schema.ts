/**
 * Generates what editors need to complete and check rule levels, from the rule table
 * (server/src/service/rules/meta.ts) and each rule's gist (docs/rules/README.md):
 *
 * - client/schemas/casefacts.schema.json, the JSON schema of `.casefacts.json`, which the
 *   extension names for VS Code's JSON support (package.json `jsonValidation`);
 * - the properties of the `caseFacts.rules` setting in package.json, so that settings.json
 *   completes rule ids and levels and marks an unknown id, each described in the display
 *   language (package.nls.json; package.nls.zh-cn.json from docs/rules/gists.zh-CN.json).
 *
 *   npx tsx scripts/gen-schema.ts           writes both
 *   npx tsx scripts/gen-schema.ts --check   exits 1 if either is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectionsZh } from '../server/src/service/i18n/messages';
import { RULES, ruleDocUrl } from '../server/src/service/rules/meta';

const ROOT = join(__dirname, '..');
export const SCHEMA_PATH = join(ROOT, 'client', 'schemas', 'casefacts.schema.json');
const PACKAGE_PATH = join(ROOT, 'package.json');
/** The levels a rule can be set to (`information` is read as `info`, as for the CLI's --rule). */
const LEVELS = ['off', 'info', 'warning', 'error', 'information'];

/** Each rule's one-line gist and section, from the table of docs/rules/README.md. */
function gists(): Map<string, { gist: string; section: string }> {
  const readme = readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');
  const out = new Map<string, { gist: string; section: string }>();
  for (const m of readme.matchAll(/^\| \[`([a-z0-9-]+)`\]\([^)]*\) \| [a-z]+ \| ([^|]*) \| (.*) \|$/gm)) {
    out.set(m[1], { section: m[2].trim(), gist: m[3].trim() });
  }
  return out;
}

/** What each rule is about, with its section, default level and page, in English and in Chinese. */
export function ruleDescriptions(): Map<string, { en: string; zh: string }> {
  const known = gists();
  const zh = JSON.parse(readFileSync(join(ROOT, 'docs', 'rules', 'gists.zh-CN.json'), 'utf8')) as Record<string, string>;
  const out = new Map<string, { en: string; zh: string }>();
  for (const r of RULES) {
    const g = known.get(r.id);
    if (!g || !zh[r.id]) {
      throw new Error(`no gist for ${r.id} in docs/rules/README.md or docs/rules/gists.zh-CN.json`);
    }
    const section = g.section && g.section !== '—' ? g.section : undefined;
    const link = `[${r.id}](${ruleDocUrl(r.id)})`;
    out.set(r.id, {
      en: `${g.gist}\n\n${section ? `The paper: ${section}. ` : ''}Default: \`${r.severity}\`. ${link}`,
      zh: `${zh[r.id]}\n\n${section ? `论文：${sectionsZh(section)}。` : ''}默认级别：\`${r.severity}\`。${link}`,
    });
  }
  return out;
}

/** A property per rule: its levels, its default, and what it is about (`nls`: a key of package.nls*.json). */
export function ruleProperties(nls = false): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [id, text] of ruleDescriptions()) {
    const severity = RULES.find((r) => r.id === id)?.severity;
    out[id] = { type: 'string', enum: LEVELS, default: severity, markdownDescription: nls ? `%config.rule.${id}%` : text.en };
  }
  return out;
}

export function schema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'CaseFacts configuration (.casefacts.json)',
    description: 'Rule levels and the display language for the briefs in this folder and below it, read by the CaseFacts editor extension, language server and command line.',
    type: 'object',
    properties: {
      rules: {
        type: 'object',
        description: 'The level of each rule, by rule id: off, info, warning or error. The editor setting caseFacts.rules overrides it.',
        properties: ruleProperties(),
        additionalProperties: false,
      },
      locale: {
        type: 'string',
        enum: ['en', 'zh-CN'],
        description: 'The language of messages, hovers and reports: en or zh-CN. The editor setting caseFacts.locale overrides it.',
      },
    },
    additionalProperties: false,
  };
}

/** package.json with the `caseFacts.rules` setting's properties made from the rule table. */
function packageJson(): string {
  const pkg = JSON.parse(readFileSync(PACKAGE_PATH, 'utf8')) as { contributes: { configuration: { properties: Record<string, Record<string, unknown>> } } };
  const rules = pkg.contributes.configuration.properties['caseFacts.rules'];
  rules.properties = ruleProperties(true);
  rules.additionalProperties = false;
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** A package.nls file with the rules' descriptions in that language after its own strings. */
function nlsFile(file: string, locale: 'en' | 'zh'): string {
  const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const key of Object.keys(strings)) {
    if (key.startsWith('config.rule.')) {
      delete strings[key];
    }
  }
  for (const [id, text] of ruleDescriptions()) {
    strings[`config.rule.${id}`] = text[locale];
  }
  return `${JSON.stringify(strings, null, 2)}\n`;
}

export function generatedFiles(): { path: string; text: string }[] {
  return [
    { path: SCHEMA_PATH, text: `${JSON.stringify(schema(), null, 2)}\n` },
    { path: PACKAGE_PATH, text: packageJson() },
    { path: join(ROOT, 'package.nls.json'), text: nlsFile(join(ROOT, 'package.nls.json'), 'en') },
    { path: join(ROOT, 'package.nls.zh-cn.json'), text: nlsFile(join(ROOT, 'package.nls.zh-cn.json'), 'zh') },
  ];
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const file of generatedFiles()) {
    let current = '';
    try {
      current = readFileSync(file.path, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current === file.text) {
      continue;
    }
    if (check) {
      console.error(`${file.path} is stale: run npx tsx scripts/gen-schema.ts`);
      stale = true;
    } else {
      writeFileSync(file.path, file.text);
      console.log(`wrote ${file.path}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
