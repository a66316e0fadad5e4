// Hover through vscode.executeHoverProvider, as the editor asks for it: a key's meaning
// and the paper's reading of it, a provider's conclusions, a rule's argument on the
// squiggled word, and nothing in a brief's prose.
import * as assert from 'assert';
import { hoverAt, inEnglish, openDoc, positionOf, waitForDiagnostics } from './helpers';

suite('Hover in VS Code', () => {
  inEnglish();

  test('a key: both words, what it means, and the paper on it', async () => {
    const { doc } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri);
    const text = await hoverAt(doc, positionOf(doc, 'knowledge ', 0, 3));
    assert.match(text, /\*\*knowledge · 明知\*\* — fact of a provider block/);
    assert.match(text, /What the provider knew of the crime or illegal content/);
    assert.match(text, /\*\*The paper:\*\* Knowledge is necessary but not sufficient/);
  });

  test('a value: both words and the key it belongs to', async () => {
    const { doc } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri);
    const text = await hoverAt(doc, positionOf(doc, 'caching', 0, 2));
    assert.match(text, /\*\*caching · 缓存\*\* — value of `role`/);
  });

  test('a provider id: its conclusions, criminal and civil, and the decisive facts', async () => {
    const { doc } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri);
    const text = await hoverAt(doc, positionOf(doc, 'Qvod "', 0, 1));
    assert.match(text, /\*\*Provider Qvod\*\* “深圳快播公司” — roles: caching, search/);
    assert.match(text, /\*\*Criminal:\*\* ○ none/);
    assert.match(text, /\*\*Civil and administrative:\*\* ● exposed/);
    assert.match(text, /if `industry-rules` were `violated`: criminal ● liable/);
    assert.match(text, /The paper's position on the stated facts, not a court's/);
    // the same conclusions where the id is used
    const used = await hoverAt(doc, positionOf(doc, 'charge Qvod', 0, 8));
    assert.match(used, /\*\*Provider Qvod\*\*/);
  });

  test('the squiggled mode word `omission`: the rule, the paper\'s argument and its page', async () => {
    const { doc } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri);
    const text = await hoverAt(doc, positionOf(doc, 'omission {', 0, 3));
    assert.match(text, /\*\*Rule `omission-dissemination` \(warning\)\*\* — Dissemination by omission/);
    assert.match(text, /impure omission/);
    assert.match(text, /legality/);
    // the argument the diagnostic leaves out, with its sources as written
    assert.match(text, /Armin Kaufmann held that such punishment breaches the legality principle \(\\?\[11\\?\]\(P150\)\)/);
    assert.match(text, /docs\/rules\/omission-dissemination\.md/);
    assert.match(text, /\*\*omission · 不作为\*\* — mode of a charge/);
  });

  test('a Markdown brief: Chinese words inside the ```case block hover, the prose does not', async () => {
    const { doc } = await openDoc('brief.md');
    await waitForDiagnostics(doc.uri);
    const inside = await hoverAt(doc, positionOf(doc, '缓存', 0, 1));
    assert.match(inside, /\*\*caching · 缓存\*\*/);
    const prose = await hoverAt(doc, positionOf(doc, 'caching and a search', 0, 2));
    assert.doesNotMatch(prose, /caching · 缓存/);
  });
});
