/**
 * The extension manifest and what it points at: every %key% translated in
 * English and Chinese, every command in a category, every setting scoped, every
 * contributed file present, and the language configuration fit for the
 * language's words and full-width punctuation.
 */
import * as assert from 'assert';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { WORD_CHAR } from '../../scripts/gen-grammar';
import { MARKDOWN_SCHEMES } from '../../client/src/report/brief';

const ROOT = join(__dirname, '..', '..');

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as T;
}

interface Manifest {
  capabilities: {
    untrustedWorkspaces: { supported: boolean | 'limited'; restrictedConfigurations?: string[] };
    virtualWorkspaces: boolean | { supported: boolean | 'limited'; description?: string };
  };
  contributes: {
    languages: { id: string; configuration?: string; extensions?: string[] }[];
    grammars: { language?: string; scopeName: string; path: string; injectTo?: string[]; embeddedLanguages?: Record<string, string> }[];
    snippets: { language: string; path: string }[];
    configuration: { title: string; properties: Record<string, { scope?: string; description?: string; markdownDescription?: string; default?: unknown }> };
    commands: { command: string; title: string; category?: string }[];
  };
}

interface LanguageConfiguration {
  comments: { lineComment?: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
  folding: { markers: { start: string; end: string } };
  wordPattern: { pattern: string; flags: string };
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  onEnterRules: { beforeText: string; afterText?: string; action: { indent: string } }[];
}

const manifestText = readFileSync(join(ROOT, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as Manifest;
const nls = readJson<Record<string, string>>('package.nls.json');
const nlsZh = readJson<Record<string, string>>('package.nls.zh-cn.json');
const config = readJson<LanguageConfiguration>('language-configuration.json');

/** Every %key% the manifest refers to. */
const referenced = [...new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))].sort();

suite('manifest: package.nls', () => {
  test('the manifest refers to translated strings', () => {
    assert.ok(referenced.includes('displayName') && referenced.includes('description'), referenced.join(', '));
  });

  test('every %key% of package.json is in package.nls.json and package.nls.zh-cn.json', () => {
    for (const key of referenced) {
      assert.ok(typeof nls[key] === 'string' && nls[key].trim().length > 0, `package.nls.json: ${key}`);
      assert.ok(typeof nlsZh[key] === 'string' && nlsZh[key].trim().length > 0, `package.nls.zh-cn.json: ${key}`);
    }
  });

  test('neither nls file holds a key the manifest does not use', () => {
    assert.deepStrictEqual(Object.keys(nls).sort(), referenced);
    assert.deepStrictEqual(Object.keys(nlsZh).sort(), referenced);
  });

  test('the Chinese strings are Chinese (but for the product name)', () => {
    for (const key of referenced) {
      if (nlsZh[key] !== 'CaseFacts') {
        assert.match(nlsZh[key], /[\u4e00-\u9fff]/, `package.nls.zh-cn.json: ${key} = ${nlsZh[key]}`);
      }
    }
  });
});

suite('manifest: contributions', () => {
  test('every command has a category', () => {
    assert.ok(manifest.contributes.commands.length > 0);
    for (const c of manifest.contributes.commands) {
      assert.ok(c.category, `${c.command} has a category`);
      assert.ok(c.title, `${c.command} has a title`);
    }
  });

  test('every caseFacts.* setting has a scope and a description', () => {
    const settings = Object.entries(manifest.contributes.configuration.properties);
    assert.ok(settings.length > 0);
    for (const [id, s] of settings) {
      assert.match(id, /^caseFacts\./, `${id} is prefixed caseFacts.`);
      assert.ok(s.scope && ['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'].includes(s.scope), `${id} scope ${s.scope}`);
      assert.ok(s.description ?? s.markdownDescription, `${id} has a description`);
    }
  });

  test('README\'s settings table has every setting, with its default and scope, and no other', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = /## Settings\n\n([\s\S]*?)\n\n/.exec(readme)![1];
    const rows = table.split('\n').slice(2).map((l) => l.split('|').map((c) => c.trim()).slice(1, 4));
    const documented = rows.map(([id, dflt, scope]) => [id.replace(/`/g, ''), dflt.replace(/`/g, ''), scope]);
    const declared = Object.entries(manifest.contributes.configuration.properties)
      .map(([id, p]) => [id, typeof p.default === 'string' ? p.default : JSON.stringify(p.default), p.scope]);
    assert.deepStrictEqual(documented.sort(), declared.sort());
  });

  test('Workspace Trust and virtual workspaces are declared as the extension behaves', () => {
    // nothing in a workspace is run (no setting names a program), so Restricted Mode loses nothing
    assert.deepStrictEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
    for (const id of Object.keys(manifest.contributes.configuration.properties)) {
      assert.doesNotMatch(id, /path|command|executable|args|runtime/i, id);
    }
    // Markdown briefs are served from local documents only (client/src/report/brief.ts), and
    // .casefacts.json is read from disk: a virtual workspace gets .case files alone
    assert.deepStrictEqual([...MARKDOWN_SCHEMES].sort(), ['file', 'untitled']);
    const virtual = manifest.capabilities.virtualWorkspaces;
    assert.ok(typeof virtual === 'object' && virtual.supported === 'limited', JSON.stringify(virtual));
    assert.strictEqual(virtual.description, '%capabilities.virtualWorkspaces%');
    assert.match(nls['capabilities.virtualWorkspaces'], /\.case files are checked, but Markdown briefs and \.casefacts\.json/);
    assert.match(nlsZh['capabilities.virtualWorkspaces'], /\.case 文件.*Markdown 文书和 \.casefacts\.json/);
  });

  test('the grammars, snippets and language configuration it names exist', () => {
    const { languages, grammars, snippets } = manifest.contributes;
    const ids = new Set(languages.map((l) => l.id));
    for (const l of languages) {
      if (l.configuration) {
        assert.ok(existsSync(join(ROOT, l.configuration)), l.configuration);
      }
    }
    for (const g of grammars) {
      assert.ok(existsSync(join(ROOT, g.path)), g.path);
      const grammar = readJson<{ scopeName: string; injectionSelector?: string }>(g.path);
      assert.strictEqual(grammar.scopeName, g.scopeName, `${g.path} declares ${g.scopeName}`);
      if (g.language) {
        assert.ok(ids.has(g.language), `grammar language ${g.language} is contributed`);
      }
      if (g.injectTo) {
        assert.ok(grammar.injectionSelector, `${g.path} is an injection grammar`);
        assert.deepStrictEqual(g.embeddedLanguages, { 'meta.embedded.block.casefacts': 'casefacts' });
      }
    }
    for (const s of snippets) {
      assert.ok(existsSync(join(ROOT, s.path)), s.path);
      assert.ok(ids.has(s.language) || s.language === 'markdown', `snippet language ${s.language}`);
    }
    const casefacts = languages.find((l) => l.id === 'casefacts');
    assert.deepStrictEqual(casefacts?.extensions, ['.case']);
    assert.strictEqual(casefacts?.configuration, './language-configuration.json');
  });
});

suite('manifest: language-configuration.json', () => {
  const words = (text: string): string[] => text.match(new RegExp(config.wordPattern.pattern, config.wordPattern.flags)) ?? [];

  test('# comments lines', () => {
    assert.strictEqual(config.comments.lineComment, '#');
  });

  test('the word pattern is the scanner\'s word, Chinese and hyphens included', () => {
    assert.strictEqual(config.wordPattern.pattern, `${WORD_CHAR}+`, 'the grammar\'s word characters');
    assert.deepStrictEqual(words('类型：缓存，搜索、链接'), ['类型', '缓存', '搜索', '链接']);
    assert.deepStrictEqual(words('charge Zhang art287-2 { court convicted }'), ['charge', 'Zhang', 'art287-2', 'court', 'convicted']);
    assert.deepStrictEqual(words('依据：2010年解释第4条；'), ['依据', '2010年解释第4条']);
    assert.deepStrictEqual(words('服务商 快播 “深圳快播公司” ｛'), ['服务商', '快播', '深圳快播公司']);
  });

  test('brackets, auto-closing and surrounding pairs cover the full-width forms', () => {
    assert.deepStrictEqual(config.brackets, [['{', '}'], ['｛', '｝']]);
    const closing = Object.fromEntries(config.autoClosingPairs.map((p) => [p.open, p.close]));
    assert.deepStrictEqual(closing, { '{': '}', '｛': '｝', '"': '"', '“': '”', '「': '」' });
    assert.deepStrictEqual(Object.fromEntries(config.surroundingPairs), closing);
  });

  test('indent after a line ending in { or ｛, outdent on } or ｝', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    assert.ok(increase.test('provider Qvod "深圳快播公司" {'));
    assert.ok(increase.test('服务商 快播 “深圳快播公司” ｛   # 快播案'));
    assert.ok(!increase.test('# a comment {'));
    assert.ok(!increase.test('  role caching'));
    assert.ok(!increase.test('charge Zhang art287-2 { court convicted }'));
    assert.ok(decrease.test('}'));
    assert.ok(decrease.test('  ｝'));
    assert.ok(!decrease.test('  role caching'));
  });

  test('Enter between braces indents the new line and outdents the brace', () => {
    const rule = config.onEnterRules.find((r) => r.afterText);
    assert.ok(rule);
    assert.ok(new RegExp(rule.beforeText).test('服务商 快播 ｛'));
    assert.ok(new RegExp(rule.afterText as string).test('｝'));
    assert.strictEqual(rule.action.indent, 'indentOutdent');
  });

  test('region markers fold', () => {
    const start = new RegExp(config.folding.markers.start);
    const end = new RegExp(config.folding.markers.end);
    assert.ok(start.test('# region providers') && start.test('// 区域 服务商'));
    assert.ok(end.test('# endregion') && end.test('# 区域结束'));
    assert.ok(!start.test('# endregion') && !start.test('# 区域结束'));
  });
});
