/** Every rule has a doc page and every page a rule; each page's examples fire and stay silent as it says. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/service/rules/meta';
import { check } from './util';

const DIR = path.resolve(__dirname, '..', '..', 'docs', 'rules');
const pages = fs.readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();

function example(page: string, heading: string): string {
  const m = new RegExp(`## ${heading}\\s*\\n+\`\`\`case\\n([\\s\\S]*?)\\n\`\`\``).exec(page);
  assert.ok(m, `no "${heading}" example`);
  return m[1] + '\n';
}

suite('docs/rules', () => {
  test('one page per rule, one rule per page (37)', () => {
    assert.deepStrictEqual(pages, RULES.map((r) => r.id).sort());
    assert.strictEqual(pages.length, 37);
  });

  for (const rule of RULES) {
    test(`${rule.id}: page states severity and section, its examples fire and do not`, () => {
      const page = fs.readFileSync(path.join(DIR, `${rule.id}.md`), 'utf8');
      assert.match(page, new RegExp(`^# ${rule.id}\\n`));
      assert.match(page, new RegExp(`\\*\\*Severity:\\*\\* ${rule.severity}`));
      assert.match(page, /## 中文说明/);
      assert.match(page, new RegExp(`casefacts-disable-next-line ${rule.id}`));
      const fires = check(example(page, 'Fires')).diagnostics;
      assert.ok(fires.some((d) => d.code === rule.id), `"Fires" example: got ${fires.map((d) => d.code).join(', ')}`);
      const silent = check(example(page, 'Does not fire')).diagnostics;
      assert.ok(!silent.some((d) => d.code === rule.id), '"Does not fire" example fired');
    });
  }
});

suite('docs/rules: each page\'s header line is the rule table\'s, and the spec\'s', () => {
  const SPEC = '/work/shared/spec/doctrine.md';
  for (const rule of RULES) {
    test(`${rule.id}: severity, section and sources`, () => {
      const page = fs.readFileSync(path.join(DIR, `${rule.id}.md`), 'utf8');
      const sources = rule.sources ? rule.sources.replace(/\[(\d+)\]\(/g, '\\[$1\\](') : '—';
      assert.strictEqual(page.split('\n')[2], `**Severity:** ${rule.severity} · **Section:** ${rule.section ?? '—'} · **Sources:** ${sources}`);
    });
  }

  test('the default severities are doctrine.md\'s', function () {
    if (!fs.existsSync(SPEC)) {
      this.skip();
    }
    const spec = new Map([...fs.readFileSync(SPEC, 'utf8').matchAll(/^\| `([a-z0-9-]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]));
    assert.deepStrictEqual([...spec.keys()].sort(), RULES.map((r) => r.id).sort());
    for (const rule of RULES) {
      assert.strictEqual(rule.severity, spec.get(rule.id), rule.id);
    }
  });
});

suite('docs: the paper\'s source citations', () => {
  /** Markdown outside fenced blocks and code spans. */
  const prose = (text: string) => text.split(/^```[^\n]*\n[\s\S]*?^```$/m).join('\n').replace(/`[^`\n]*`/g, '');
  const ROOT = path.resolve(__dirname, '..', '..');
  const files = [
    ...fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => path.join(DIR, f)),
    path.join(ROOT, 'docs', 'report.md'), path.join(ROOT, 'docs', 'spec-notes.md'), path.join(ROOT, 'README.md'), path.join(ROOT, 'CHANGELOG.md'),
  ];

  test('read as written, "[28](P101)", not as a link to a page "P101" (GitHub, VS Code\'s preview of a rule page)', () => {
    let escaped = 0;
    for (const file of files) {
      const text = prose(fs.readFileSync(file, 'utf8'));
      const live = text.match(/(?<!\\)\[\d+\]\(P[^)]*\)/g);
      assert.strictEqual(live, null, `${path.relative(ROOT, file)}: ${live?.slice(0, 3).join(' ')}`);
      escaped += (text.match(/\\\[\d+\\\]\(P/g) ?? []).length;
    }
    assert.ok(escaped > 100, `${escaped} citations`);
  });
});
