/** The stdio encoder writes what JSON.stringify would, reusing each diagnostic's bytes. */
import * as assert from 'assert';
import { PassThrough } from 'stream';
import { encodeMessage, encodeParts, StdioMessageWriter, valueOfJson } from '../../server/src/node/publishEncoder';
import { writtenElementwise, writtenInParts } from '../../server/src/service/lists';

const diagnostic = (line: number, message: string) => ({
  range: { start: { line, character: 0 }, end: { line, character: 5 } },
  severity: 2,
  code: 'no-general-monitoring',
  source: 'casefacts',
  message,
});

const publish = (uri: string, version: number | undefined, diagnostics: unknown[]) => ({
  jsonrpc: '2.0',
  method: 'textDocument/publishDiagnostics',
  params: version === undefined ? { uri, diagnostics } : { uri, version, diagnostics },
});

const decode = (b: Uint8Array) => JSON.parse(Buffer.from(b).toString('utf8'));

suite('stdio encoder', () => {
  test('a publish decodes to the message, with its version, Chinese text and escapes intact', () => {
    const list = [diagnostic(1, '存储服务商未接到通知：不负一般性监控义务（二（二）1）'), diagnostic(2, 'quote " backslash \\ tab \t and U+2028 \u2028')];
    const msg = publish('file:///b%20rief.case', 7, list);
    assert.deepStrictEqual(decode(encodeMessage(msg)), msg);
    assert.deepStrictEqual(decode(encodeMessage(publish('file:///x.case', undefined, []))), publish('file:///x.case', undefined, []));
  });

  test('the same diagnostic objects published again carry the new version; one changed object is re-serialised', () => {
    const list = [diagnostic(1, 'one'), diagnostic(2, 'two'), diagnostic(3, 'three')];
    const uri = 'file:///same.case';
    encodeMessage(publish(uri, 1, list));
    assert.deepStrictEqual(decode(encodeMessage(publish(uri, 2, list))), publish(uri, 2, list));
    const changed = [list[0], diagnostic(2, 'two, moved'), list[2]];
    assert.deepStrictEqual(decode(encodeMessage(publish(uri, 3, changed))), publish(uri, 3, changed));
    const shorter = [list[0]];
    assert.deepStrictEqual(decode(encodeMessage(publish(uri, 4, shorter))), publish(uri, 4, shorter));
    // another document with the same objects has its own uri in the bytes
    assert.deepStrictEqual(decode(encodeMessage(publish('file:///other.case', 1, list))).params.uri, 'file:///other.case');
  });

  test('a pull answered with a full list decodes to the answer, with and without a result id', () => {
    const list = [diagnostic(1, '快播：缓存即存储'), diagnostic(2, 'two')];
    for (const result of [{ kind: 'full', resultId: '7', items: list }, { kind: 'full', items: list }, { kind: 'full', resultId: 'x"y', items: [] }]) {
      for (const id of [4, 'req-4']) {
        const msg = { jsonrpc: '2.0', id, result };
        assert.deepStrictEqual(decode(encodeMessage(msg as never)), msg);
      }
    }
    // the same list again (the answer to the next pull while it stands) is the same bytes
    const a = encodeParts({ jsonrpc: '2.0', id: 5, result: { kind: 'full', resultId: '7', items: list } } as never);
    const b = encodeParts({ jsonrpc: '2.0', id: 6, result: { kind: 'full', resultId: '7', items: list } } as never);
    assert.strictEqual(a[1], b[1]);
  });

  test('an answer whose list is marked elementwise is, byte for byte, what JSON.stringify makes; the list in pieces', () => {
    const symbol = (name: string, children: unknown[] = []) => ({ name, detail: '第2号服务商公司 · 接入 "q" \\', kind: 5, range: { start: { line: 1, character: 0 }, end: { line: 3, character: 1 } }, children });
    for (const list of [[], [symbol('网站2', [symbol('类型')])], [symbol('a'), symbol('b'), symbol('c', [symbol('d')])]]) {
      for (const id of [7, 'req-7']) {
        const msg = { jsonrpc: '2.0', id, result: writtenElementwise(list) };
        assert.strictEqual(Buffer.from(encodeMessage(msg as never)).toString('utf8'), JSON.stringify(msg));
        assert.strictEqual(encodeParts(msg as never).length, 3, 'head, the elements, tail');
      }
    }
    // unmarked, or with another field, the same answer is one JSON.stringify
    const plain = { jsonrpc: '2.0', id: 8, result: [symbol('x')] };
    assert.strictEqual(encodeParts(plain as never).length, 1);
    const extra = { jsonrpc: '2.0', id: 9, result: writtenElementwise([symbol('y')]), error: undefined, more: 1 };
    assert.strictEqual(Buffer.from(encodeMessage(extra as never)).toString('utf8'), JSON.stringify(extra));
  });

  test('an answer marked to be written in parts, with marked lists and objects inside, is what JSON.stringify makes', () => {
    const section = (name: string) => ({ tag: 'section', attrs: { class: 'provider', 'data-key': name }, children: ['快播 "q" \\', { tag: 'p', attrs: {} }] });
    const view = { tag: 'section', attrs: { class: 'report' }, children: writtenElementwise([section('a'), 'text', section('b'), writtenInParts({ tag: 'i', attrs: {}, children: writtenElementwise([]) })]) };
    const result = writtenInParts({ uri: 'file:///b.case', version: 3, lang: 'zh-CN', view: writtenInParts(view), labels: { title: '报告' }, left: undefined, list: writtenElementwise([1, undefined, 'x']) });
    const msg = { jsonrpc: '2.0', id: 12, result };
    assert.strictEqual(Buffer.from(encodeMessage(msg as never)).toString('utf8'), JSON.stringify(msg));
    assert.strictEqual(Buffer.from(encodeMessage({ jsonrpc: '2.0', id: 'r', result: writtenInParts({}) } as never)).toString('utf8'), '{"jsonrpc":"2.0","id":"r","result":{}}');
  });

  test('an answer known by its JSON bytes (a worker\'s) is written as those bytes; another writer gets the same JSON', () => {
    const result = { title: '快播案 “Qvod”', sections: [{ id: 'Qvod', lines: ['a\nb', null] }], n: 1.5 };
    const bytes = Buffer.from(JSON.stringify(result), 'utf8');
    const msg = { jsonrpc: '2.0', id: 7, result: valueOfJson(bytes) };
    const written = encodeParts(msg);
    assert.ok(written.includes(bytes), 'the very bytes, not serialised again');
    assert.deepStrictEqual(JSON.parse(encodeMessage(msg).toString('utf8')), { jsonrpc: '2.0', id: 7, result });
    // node IPC and the library's own writers serialise the message: the same JSON
    assert.strictEqual(JSON.stringify(msg), JSON.stringify({ jsonrpc: '2.0', id: 7, result }));
  });

  test('any other message, or a publish of another shape, is plain JSON.stringify', () => {
    const others = [
      { jsonrpc: '2.0', id: 3, result: { contents: { kind: 'markdown', value: '**x**' } } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'hello' } },
      { ...publish('file:///x.case', 1, [diagnostic(0, 'a')]), extra: true },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///x.case', version: null, diagnostics: [] } },
      publish('file:///x.case', 1, [null, 3, 'text']),
      { jsonrpc: '2.0', id: 8, result: { kind: 'unchanged', resultId: '7' } },
      { jsonrpc: '2.0', id: 9, result: { kind: 'full', items: [], relatedDocuments: {} } },
      { jsonrpc: '2.0', id: null, result: { kind: 'full', items: [] } },
    ];
    for (const m of others) {
      assert.strictEqual(Buffer.from(encodeMessage(m as never)).toString('utf8'), JSON.stringify(m));
    }
  });

  test('the writer frames each message with its byte length, in order, and goes on after one that cannot be written', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const writer = new StdioMessageWriter(out);
    const errors: unknown[] = [];
    writer.onError((e) => errors.push(e));
    const first = publish('file:///w.case', 1, [diagnostic(0, '缓存服务商')]);
    const cyclic: Record<string, unknown> = { jsonrpc: '2.0', method: 'x' };
    cyclic.params = cyclic;
    const third = publish('file:///w.case', 2, [diagnostic(0, '缓存服务商')]);
    await writer.write(first as never);
    await assert.rejects(writer.write(cyclic as never));
    await writer.write(third as never);
    await writer.write({ jsonrpc: '2.0', id: 1, result: null } as never);
    assert.strictEqual(errors.length, 1, 'the unwritable message was reported');
    let all = Buffer.concat(chunks);
    const bodies: unknown[] = [];
    while (all.length > 0) {
      const end = all.indexOf('\r\n\r\n');
      const length = Number(/^Content-Length: (\d+)$/.exec(all.subarray(0, end).toString('ascii'))?.[1]);
      bodies.push(JSON.parse(all.subarray(end + 4, end + 4 + length).toString('utf8')));
      all = all.subarray(end + 4 + length);
    }
    assert.deepStrictEqual(bodies, [first, third, { jsonrpc: '2.0', id: 1, result: null }]);
  });
});
