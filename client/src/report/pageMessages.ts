/**
 * What the report's page may ask of the extension, checked field by field: the page is not
 * trusted further than that. No `vscode` import, so the unit tests hold it against forged
 * messages (test/unit/pageMessages.test.ts).
 */
import { DOCS_BASE_URL, ruleMeta } from '../../../server/src/service/rules/meta';

/** A message from the page, after checking every field. */
export type PageMessage =
  | { type: 'ready' }
  | { type: 'reveal'; line: number; column?: number }
  | { type: 'command'; command: 'copyMarkdown' | 'saveHtml' }
  | { type: 'openDoc'; url: string };

export function parsePageMessage(m: unknown): PageMessage | undefined {
  if (!m || typeof m !== 'object') {
    return undefined;
  }
  const o = m as Record<string, unknown>;
  switch (o.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      if (Number.isSafeInteger(o.line) && (o.line as number) >= 1 && (o.column === undefined || (Number.isSafeInteger(o.column) && (o.column as number) >= 1))) {
        return { type: 'reveal', line: o.line as number, column: o.column as number | undefined };
      }
      return undefined;
    case 'command':
      return o.command === 'copyMarkdown' || o.command === 'saveHtml' ? { type: 'command', command: o.command } : undefined;
    case 'openDoc':
      return typeof o.url === 'string' && isRuleDocUrl(o.url) ? { type: 'openDoc', url: o.url } : undefined;
    default:
      return undefined;
  }
}

/** Only our rule pages: the docs base, then the id of a rule there is, and `.md`. */
export function isRuleDocUrl(url: string): boolean {
  if (!url.startsWith(DOCS_BASE_URL)) {
    return false;
  }
  const m = /^([a-z0-9-]+)\.md$/.exec(url.slice(DOCS_BASE_URL.length));
  return m !== null && ruleMeta(m[1]) !== undefined;
}
