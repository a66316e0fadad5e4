/**
 * Code lenses above each provider header: its conclusions in words (levels
 * with an icon and a word, never colour alone), and how many facts decide them,
 * with the command that shows the what-if lines.
 */
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver-types';
import { defineMessages, format, Locale } from './i18n/messages';
import type { ProviderConclusion } from './doctrine/analysis';
import type { ParsedCase } from './languageService';
import { positionCursor, samePosition } from './position';
import { conclusionLine, decisiveFactCount, describeWhatIf, outcomeOf, WhatIf, whatIfFor } from './whatIf';

export interface CodeLensSettings {
  readonly locale: Locale;
  /** The command the decisive-facts lens runs (default: the VS Code extension's). */
  readonly whatIfCommand?: string;
}

/** The VS Code extension's command that shows a provider's what-if lines in a quick pick. */
export const SHOW_WHAT_IF_COMMAND = 'caseFacts.showWhatIf';
/**
 * The server's own command for the same, for every other editor (Neovim, Eglot …): it sends
 * the lines back as a message (features/codeLens.ts).
 */
export const SERVER_WHAT_IF_COMMAND = 'casefacts.server.showWhatIf';

/** The argument of `caseFacts.showWhatIf`: everything the client shows, already in the user's language. */
export interface ShowWhatIfArgs {
  readonly uri: string;
  readonly provider: string;
  /** The provider's conclusions, as the first lens reads. */
  readonly title: string;
  /** One localised line per result. */
  readonly lines: readonly string[];
  readonly results: readonly WhatIf[];
}

defineMessages({
  'lens.decisive': { en: (a) => `Decisive facts: ${String(a.count)}`, zh: (a) => `决定性事实：${String(a.count)} 项` },
  'lens.noDecisive': { en: () => 'Decisive facts: none', zh: () => '决定性事实：无' },
});

/** What an unresolved decisive-facts lens carries until the editor shows it. */
export interface WhatIfLensData {
  readonly uri: string;
  readonly provider: string;
}

/**
 * Two lenses per provider: its conclusions (read off the cached analysis), and
 * its decisive facts — left unresolved, because what-if re-runs the doctrine
 * dozens of times per provider and the editor resolves only the lenses in view.
 */
export function getCodeLenses(parsed: ParsedCase, document: TextDocument, settings: CodeLensSettings): CodeLens[] {
  const lenses: CodeLens[] = [];
  // providers come in document order: their headers' positions by one walk over the lines
  const at = positionCursor(document);
  for (const c of parsed.analysis.providers) {
    const block = c.provider.block;
    const start = at(block.offset);
    const end = at(block.headerEnd);
    let made = lensesOf.get(c);
    if (!made || made.uri !== document.uri || made.locale !== settings.locale || !samePosition(made.start, start) || !samePosition(made.end, end)) {
      const range = { start, end };
      // An empty command id: a label the editor shows but does not run.
      const data: WhatIfLensData = { uri: document.uri, provider: c.id };
      made = { uri: document.uri, locale: settings.locale, start, end, conclusion: { range, command: { title: conclusionLine(outcomeOf(c), settings.locale), command: '' } }, decisive: { range, data } };
      lensesOf.set(c, made);
    }
    lenses.push(made.conclusion, made.decisive);
  }
  return lenses;
}

/**
 * A provider's two lenses, by its conclusion: an edit keeps the conclusions of the providers
 * it did not touch (doctrine/analysis.ts), and then their lenses, in the same place, are the
 * very objects the editor was sent last, whose bytes the stdio encoder kept.
 */
const lensesOf = new WeakMap<ProviderConclusion, {
  readonly uri: string;
  readonly locale: Locale;
  readonly start: Position;
  readonly end: Position;
  readonly conclusion: CodeLens;
  readonly decisive: CodeLens;
}>();

/** Fills in a decisive-facts lens: the count, and the command that shows the what-if lines. */
export function resolveCodeLens(parsed: ParsedCase, lens: CodeLens, settings: CodeLensSettings): CodeLens {
  const locale = settings.locale;
  const data = lens.data as WhatIfLensData | undefined;
  const c = data ? parsed.analysis.byId(data.provider) : undefined;
  if (!data || !c) {
    return { ...lens, command: { title: format({ id: 'lens.noDecisive' }, locale), command: '' } };
  }
  const results = whatIfFor(parsed, c.id);
  const count = decisiveFactCount(results);
  if (count === 0) {
    return { range: lens.range, command: { title: format({ id: 'lens.noDecisive' }, locale), command: '' } };
  }
  const args: ShowWhatIfArgs = {
    uri: data.uri,
    provider: c.id,
    title: conclusionLine(outcomeOf(c), locale),
    lines: results.map((r) => describeWhatIf(r, locale)),
    results,
  };
  return { range: lens.range, command: { title: format({ id: 'lens.decisive', args: { count } }, locale), command: settings.whatIfCommand ?? SHOW_WHAT_IF_COMMAND, arguments: [args] } };
}
