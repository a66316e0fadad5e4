/**
 * Which documents the report can speak of, decided as the server decides which
 * it checks: a .case document, or a Markdown brief with at least one case block
 * as server/src/service/markdown.ts reads them (```case or ```casefacts, any
 * case, not inside an HTML comment). A second, looser test here let the report
 * refuse briefs the server checks and offer it for fences the server skips.
 * No `vscode` import, so the unit tests can hold it against the server.
 */
import { extractCase } from '../../../server/src/service/markdown';

/** The schemes of the Markdown documents the client hands the server (extension.ts DOCUMENT_SELECTOR). */
export const MARKDOWN_SCHEMES: readonly string[] = ['file', 'untitled'];

export function isBriefDocument(languageId: string, scheme: string, text: () => string): boolean {
  if (languageId === 'casefacts') {
    return true;
  }
  return languageId === 'markdown' && MARKDOWN_SCHEMES.includes(scheme) && extractCase(text()).regions.length > 0;
}
