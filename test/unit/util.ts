/** Small helpers shared by the unit tests: check a text, find diagnostics by code. */
import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver-types';
import { findingsToDiagnostics, parseText, ParsedCase } from '../../server/src/service/languageService';
import type { Locale } from '../../server/src/service/i18n/messages';
import { doc } from '../helpers/caret';
import { ruleMeta } from '../../server/src/service/rules/meta';

export function check(text: string, opts: { locale?: Locale; markdown?: boolean; rules?: Record<string, 'off' | 'info' | 'warning' | 'error'> } = {}): { diagnostics: Diagnostic[]; parsed: ParsedCase } {
  const uri = opts.markdown ? 'file:///brief.md' : 'file:///test.case';
  const document = doc(text, uri);
  const parsed = parseText(uri, 1, text, !!opts.markdown);
  return { diagnostics: findingsToDiagnostics(parsed, document, { locale: opts.locale ?? 'en', rules: opts.rules }), parsed };
}

export const codes = (ds: readonly Diagnostic[]) => ds.map((d) => String(d.code));

/** Only the codes of the ten text checks (the doctrine may add its own). */
export const textCodes = (ds: readonly Diagnostic[]) => codes(ds).filter((c) => ruleMeta(c)?.kind === 'text');

/** The diagnostics with a code, asserting there is at least one. */
export function only(ds: readonly Diagnostic[], code: string): Diagnostic[] {
  const hit = ds.filter((d) => d.code === code);
  assert.ok(hit.length > 0, `expected ${code}; got ${codes(ds).join(', ') || 'none'}`);
  return hit;
}

/** The text a diagnostic's range covers. */
export function covered(text: string, d: Diagnostic): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (d.range.start.line === d.range.end.line) {
    return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
  }
  return lines[d.range.start.line].slice(d.range.start.character);
}
