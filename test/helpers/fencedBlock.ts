/**
 * A Markdown brief whose provider runs on through three ```case fences, and two edits to the
 * prose between them that keep the block's place and length while its later facts change
 * lines: the case where a block's cached outline or tokens went stale (markdown.ts inOneRegion).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type LanguageService, type ParsedCase } from '../../server/src/service/languageService';

export const FENCED_BLOCK = '```case\nprovider Qvod {\n  role caching\n```\n\nprose ab.\n\n```case\n  knowledge specific\n```\n\nmore\nprose\n\n```case\n  profit yes\n}\n```\n';

/**
 * Opens the brief, lets `first` see its parse (asking for tokens or the outline), then makes
 * the two edits, each parsed (validated) without `first` being asked again: select the `b` of
 * `ab.` and press Enter; then join `more` and `prose`. Returns the last document and its parse.
 */
export function editFencedBlock(first: (document: TextDocument, parsed: ParsedCase) => unknown): { document: TextDocument; parsed: ParsedCase; service: LanguageService } {
  const service = getLanguageService();
  let document = TextDocument.create('file:///brief.md', 'markdown', 1, FENCED_BLOCK);
  first(document, service.parse(document));
  const replace = (from: number, to: number, text: string) => {
    document = TextDocument.update(document, [{ range: { start: document.positionAt(from), end: document.positionAt(to) }, text }], document.version + 1);
    service.parse(document);
  };
  replace(FENCED_BLOCK.indexOf('b.'), FENCED_BLOCK.indexOf('b.') + 1, '\n');
  replace(document.getText().indexOf('more\n') + 4, document.getText().indexOf('more\n') + 5, ' ');
  return { document, parsed: service.parse(document), service };
}
