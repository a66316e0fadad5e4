import * as assert from 'assert';
import type { Range } from 'vscode-languageserver-types';
import { parseText } from '../../server/src/service/languageService';
import { decodeSemanticTokens, semanticTokens } from '../../server/src/service/semanticTokens';
import { doc } from '../helpers/caret';
import { editFencedBlock } from '../helpers/fencedBlock';

/** Tokens as a user reads them: `text:type[+modifier]`, with the line when asked. */
function render(text: string, data: readonly number[], lineNumbers: boolean): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  return decodeSemanticTokens(data).map((t) =>
    `${lineNumbers ? `${t.line}:` : ''}${lines[t.line].slice(t.character, t.character + t.length)}:${t.type}${t.modifiers.map((m) => `+${m}`).join('')}`);
}

function tokens(text: string, uri = 'file:///test.case', range?: Range, lineNumbers = false): string[] {
  const document = doc(text, uri);
  return render(text, semanticTokens(document, parseText(uri, 1, text, uri.endsWith('.md')), range).data, lineNumbers);
}

suite('semantic tokens', () => {
  test('provider ids read as classes, offender ids as variables, declared where the block names them', () => {
    const text = [
      'provider Qvod "深圳快播公司" {',
      '  role caching, search # note',
      '}',
      'offender Uploaders {',
      '  offense art363',
      '  uses    Qvod, Ghost',
      '}',
      'charge Qvod art363 omission { court convicted }',
      'charge Uploaders art364',
      'charge Nobody art364',
    ].join('\n');
    assert.deepStrictEqual(tokens(text), [
      'provider:keyword', 'Qvod:class+declaration', '"深圳快播公司":string',
      'role:property', 'caching:enumMember', 'search:enumMember', '# note:comment',
      'offender:keyword', 'Uploaders:variable+declaration',
      'offense:property', 'art363:function',
      'uses:property', 'Qvod:class', 'Ghost:class',
      'charge:keyword', 'Qvod:class', 'art363:function', 'omission:enumMember', 'court:property', 'convicted:enumMember',
      'charge:keyword', 'Uploaders:variable', 'art364:function',
      'charge:keyword', 'art364:function',
    ]);
  });

  test('a word means what its place says: 正犯 is a keyword at a line\'s start and a mode in a charge', () => {
    const text = '正犯 团伙 {\n  罪名：诈骗罪\n}\n指控 团伙 第266条 正犯\n';
    assert.deepStrictEqual(tokens(text), [
      '正犯:keyword', '团伙:variable+declaration', '罪名:property', '诈骗罪:function',
      '指控:keyword', '团伙:variable', '第266条:function', '正犯:enumMember',
    ]);
  });

  test('numbers, dates, free text and notes; unknown words get no token', () => {
    const text = 'case "快播案" {\n  date 2016-09-13\n  source "a judgment", 2016-09-13\n  bogus word\n}\nevidence {\n  seized 21251 "files"\n  authentication shaky\n}\n';
    assert.deepStrictEqual(tokens(text), [
      'case:keyword', '"快播案":string',
      'date:property', '2016-09-13:number',
      'source:property', '"a judgment":string', '2016-09-13:number',
      'evidence:keyword',
      'seized:property', '21251:number', '"files":string',
      'authentication:property',
    ]);
  });

  test('in a Markdown brief only the case blocks have tokens, at their own lines', () => {
    const md = '# provider Not\n\n```case\nprovider Qvod {\n  role link\n}\n```\n';
    assert.deepStrictEqual(tokens(md, 'file:///brief.md', undefined, true), ['3:provider:keyword', '3:Qvod:class+declaration', '4:role:property', '4:link:enumMember']);
  });

  test('a range request gives the tokens of that range only', () => {
    const text = 'provider Qvod {\n  role link\n}\ncharge Qvod art363\n';
    const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 18 } };
    assert.deepStrictEqual(tokens(text, 'file:///test.case', range, true), ['3:charge:keyword', '3:Qvod:class', '3:art363:function']);
  });

  test('tokens are encoded in document order even from a tree whose blocks are not in it', () => {
    const text = '# first\nprovider Qvod {\n  role link # why\n}\n# between\ncharge Qvod art363\n';
    const parsed = parseText('file:///test.case', 1, text, false);
    const shuffled = { ...parsed, doc: { ...parsed.doc, blocks: [...parsed.doc.blocks].reverse() } };
    const document = doc(text, 'file:///test.case');
    assert.deepStrictEqual(render(text, semanticTokens(document, shuffled).data, true), render(text, semanticTokens(document, parsed).data, true));
    assert.deepStrictEqual(render(text, semanticTokens(document, parsed).data, true), [
      '0:# first:comment', '1:provider:keyword', '1:Qvod:class+declaration', '2:role:property', '2:link:enumMember', '2:# why:comment',
      '4:# between:comment', '5:charge:keyword', '5:Qvod:class', '5:art363:function',
    ]);
  });

  test('a block that runs on through three ```case fences: a line moved from one gap of prose to the other moves its middle tokens', () => {
    // the provider opens in the first fence, states a fact in the second and closes in the third
    const { document, parsed } = editFencedBlock((d, p) => semanticTokens(d, p));
    assert.deepStrictEqual(render(document.getText(), semanticTokens(document, parsed).data, true), [
      '1:provider:keyword', '1:Qvod:class+declaration', '2:role:property', '2:caching:enumMember',
      '9:knowledge:property', '9:specific:enumMember',
      '15:profit:property', '15:yes:enumMember',
    ]);
  });
});
