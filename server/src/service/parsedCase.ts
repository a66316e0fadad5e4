/**
 * ParsedCase and CaseDocument objects whose text is read from a source when
 * first asked for. A keystroke in a long brief is analysed from the tree and
 * from short slices of the new version (pieceDocument.ts): its whole text is
 * only joined when a feature reads `text` or `raw`.
 */
import type { Block, CaseDocument, SyntaxProblem } from './ast';
import type { ParsedCase } from './languageService';
import type { TextSource } from './pieceDocument';
import type { Token } from './scanner';

/** Defines `name` on `target` as the source's whole text, joined on first read. */
function lazyText(target: object, name: string, source: TextSource): void {
  Object.defineProperty(target, name, { get: () => source.text, enumerable: true });
}

/** A tree whose `text` is the source's. */
export function lazyDocument(source: TextSource, blocks: Block[], comments: Token[], syntax: SyntaxProblem[]): CaseDocument {
  const doc = { blocks, comments, syntax };
  lazyText(doc, 'text', source);
  return doc as CaseDocument;
}

export interface ParsedFields extends Omit<ParsedCase, 'text' | 'raw' | 'caseSource'> {
  /** A Markdown brief's case text (its ```case blocks, the rest blanked); a `.case` file's is its source. */
  readonly caseSource?: TextSource;
}

/** A ParsedCase whose `raw` and `text` are its sources' texts, joined on first read. */
export function makeParsed(fields: ParsedFields): ParsedCase {
  const parsed = { ...fields, caseSource: fields.caseSource ?? fields.source };
  lazyText(parsed, 'raw', parsed.source);
  lazyText(parsed, 'text', parsed.caseSource);
  return parsed as ParsedCase;
}

/** `prev` at a new version: the fields given replace its own; its text is not read. */
export function nextVersion(prev: ParsedCase, fields: Pick<ParsedFields, 'version' | 'source' | 'regions' | 'caseSource'> & Partial<Pick<ParsedFields, 'doc'>>): ParsedCase {
  return makeParsed({
    uri: prev.uri,
    markdown: prev.markdown,
    doc: prev.doc,
    model: prev.model,
    analysis: prev.analysis,
    findings: prev.findings,
    ...fields,
  });
}
