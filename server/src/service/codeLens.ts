/**
 * Code lenses above each provider header: its conclusions in words (levels
 * with an icon and a word, never colour alone), and how many facts decide them,
 * with the command that shows the what-if lines.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver-types';
import { defineMessages, format, Locale } from './i18n/messages';
import { ParsedCase, toRange } from './languageService';
import { conclusionLine, decisiveFactCount, describeWhatIf, outcomeOf, WhatIf, whatIfFor } from './whatIf';

export interface CodeLensSettings {
  readonly locale: Locale;
}

/** The client command that shows a provider's what-if lines. */
export const SHOW_WHAT_IF_COMMAND = 'caseFacts.showWhatIf';

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
  for (const c of parsed.analysis.providers) {
    const block = c.provider.block;
    const range = toRange(document, block.offset, block.headerEnd - block.offset);
    // An empty command id: a label the editor shows but does not run.
    lenses.push({ range, command: { title: conclusionLine(outcomeOf(c), settings.locale), command: '' } });
    const data: WhatIfLensData = { uri: document.uri, provider: c.id };
    lenses.push({ range, data });
  }
  return lenses;
}

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
  return { range: lens.range, command: { title: format({ id: 'lens.decisive', args: { count } }, locale), command: SHOW_WHAT_IF_COMMAND, arguments: [args] } };
}
