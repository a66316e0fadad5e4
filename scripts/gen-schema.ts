/**
 * Generates what editors need to complete and check rule levels, from the rule table
 * (server/src/service/rules/meta.ts) and each rule's gist (docs/rules/README.md):
 *
 * - client/schemas/casefacts.schema.json, the JSON schema of `.casefacts.json`, which the
 *   extension names for VS Code's JSON support (package.json `jsonValidation`);
 * - the properties of the `caseFacts.rules` setting in package.json, so that settings.json
 *   completes rule ids and levels and marks an unknown id.
 *
 *   npx tsx scripts/gen-schema.ts           writes both
 *   npx tsx scripts/gen-schema.ts --check   exits 1 if either is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** A property per rule: its levels, its default, and what it is about. */
export function ruleProperties(): Record<string, object> {
  const known = gists();
  const out: Record<string, object> = {};
  for (const r of RULES) {
    const g = known.get(r.id);
    if (!g) {
      throw new Error(`docs/rules/README.md has no row for ${r.id}`);
    }
    const section = g.section && g.section !== '—' ? `The paper: ${g.section}. ` : '';
    out[r.id] = {
      type: 'string',
      enum: LEVELS,
      default: r.severity,
      markdownDescription: `${g.gist}\n\n${section}Default: \`${r.severity}\`. [${r.id}](${ruleDocUrl(r.id)})`,
    };
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
  rules.properties = ruleProperties();
  rules.additionalProperties = false;
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export function generatedFiles(): { path: string; text: string }[] {
  return [
    { path: SCHEMA_PATH, text: `${JSON.stringify(schema(), null, 2)}\n` },
    { path: PACKAGE_PATH, text: packageJson() },
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
