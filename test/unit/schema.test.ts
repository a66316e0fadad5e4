/**
 * The rule levels' schema (client/schemas/casefacts.schema.json and the caseFacts.rules
 * setting in package.json) is made from the rule table, and says what the server reads.
 */
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { generatedFiles, SCHEMA_PATH } from '../../scripts/gen-schema';
import { CONFIG_FILE, mergeRules, parseConfig } from '../../server/src/service/config';
import { levelOf } from '../../server/src/service/languageService';
import { format, type Locale } from '../../server/src/service/i18n/messages';
import type { Level } from '../../server/src/service/rules/meta';
import { RULES } from '../../server/src/service/rules/meta';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { jsonValidation: { fileMatch: string; url: string }[]; configuration: { properties: Record<string, { properties?: Record<string, { enum: string[]; default: string }>; additionalProperties?: unknown }> } };
};

suite('.casefacts.json schema: made from the rule table', () => {
  test('the committed schema and package.json are what scripts/gen-schema.ts writes now', () => {
    for (const file of generatedFiles()) {
      assert.strictEqual(readFileSync(file.path, 'utf8'), file.text, `${file.path} is stale: run npx tsx scripts/gen-schema.ts`);
    }
  });

  test('VS Code is told the schema of .casefacts.json, a file the extension ships', () => {
    const [entry] = pkg.contributes.jsonValidation;
    assert.strictEqual(entry.fileMatch, CONFIG_FILE);
    assert.strictEqual(join(ROOT, entry.url), SCHEMA_PATH);
    assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!client\/schemas\/\*\*$/m, 'packaged in the .vsix');
  });

  test('every rule, with every level the server reads and its own default; nothing else', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { properties: { rules: { properties: Record<string, { enum: string[]; default: string; markdownDescription: string }>; additionalProperties: boolean } } };
    const setting = pkg.contributes.configuration.properties['caseFacts.rules'];
    for (const rules of [schema.properties.rules, setting]) {
      assert.deepStrictEqual(Object.keys(rules.properties ?? {}), RULES.map((r) => r.id));
      assert.strictEqual(rules.additionalProperties, false);
      for (const r of RULES) {
        const p = (rules.properties ?? {})[r.id];
        assert.strictEqual(p.default, r.severity, r.id);
        assert.ok(p.enum.includes('off') && p.enum.includes('error'), r.id);
        for (const level of p.enum) {
          assert.deepStrictEqual(parseConfig(JSON.stringify({ rules: { [r.id]: level } })).problems, [], `${r.id}: ${level}`);
        }
      }
    }
    assert.match(schema.properties.rules.properties['no-general-monitoring'].markdownDescription, /no general duty to monitor users' content\.\n\nThe paper: II\.\(二\)\.1, /);
    // in settings, each rule is described in the display language
    const nls = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, string>;
    const [en, zh] = [nls('package.nls.json'), nls('package.nls.zh-cn.json')];
    for (const r of RULES) {
      assert.strictEqual((setting.properties ?? {})[r.id] && (setting.properties as Record<string, { markdownDescription?: string }>)[r.id].markdownDescription, `%config.rule.${r.id}%`);
      assert.ok(en[`config.rule.${r.id}`]?.includes(`Default: \`${r.severity}\``), r.id);
      assert.ok(/[\u4e00-\u9fff]/.test(zh[`config.rule.${r.id}`] ?? ''), `${r.id}: a Chinese description`);
    }
    assert.match(zh['config.rule.no-general-monitoring'], /^指控未获通知的网络服务商：服务商对用户内容没有一般监控义务。\n\n论文：二（二）1、二（二）3、二（二）小结。默认级别：`warning`。/);
    // what the schema leaves out, the server reports
    const said = (text: string, locale: Locale = 'en') => parseConfig(text).problems.map((p) => format(p, locale));
    assert.deepStrictEqual(said('{"rules": {"omission-dissemination": "loud"}}'), ['rule "omission-dissemination": level must be off, info, warning or error']);
    assert.deepStrictEqual(said('{"rules": {"omission-dissemination": "loud", "bogus": "off"}, "locale": "fr"}', 'zh-CN'),
      ['规则“omission-dissemination”的级别只能是 off、info、warning 或 error', '未知规则“bogus”', '“locale”只能是“en”或“zh-CN”']);
    // "rules" as a list is said to be wrong once, not read as rules named "0", "1" …
    assert.deepStrictEqual(parseConfig('{"rules": [["syntax", "off"], "x"]}').config, { rules: {}, locale: undefined });
    assert.deepStrictEqual(said('{"rules": [["syntax", "off"], "x"]}'), ['"rules" must be an object of rule id → off|info|warning|error']);
    // keys that name Object's own properties are unknown rules like any other, and set nothing
    const odd = parseConfig('{"rules": {"__proto__": {"syntax": "off"}, "constructor": "off", "toString": "error"}}');
    assert.deepStrictEqual(odd.problems.map((p) => format(p, 'en')), ['unknown rule "__proto__"', 'unknown rule "constructor"', 'unknown rule "toString"']);
    assert.deepStrictEqual(Object.getPrototypeOf(odd.config.rules), Object.prototype);
    assert.strictEqual(odd.config.rules.syntax, undefined);
  });
});

suite('rule levels merged from the settings, .casefacts.json and --rule', () => {
  test('a "__proto__" key from an editor\'s settings (JSON over the wire) sets no rule\'s level', () => {
    const fromEditor = JSON.parse('{"__proto__": {"syntax": "off"}, "omission-dissemination": "error"}') as Record<string, Level>;
    const merged = mergeRules({ 'tech-neutrality': 'info' }, fromEditor);
    assert.strictEqual(levelOf('syntax', merged), 'error');
    assert.deepStrictEqual({ ...merged }, { 'tech-neutrality': 'info', 'omission-dissemination': 'error' });
    assert.strictEqual(Object.getPrototypeOf(merged), Object.prototype);
  });
});
