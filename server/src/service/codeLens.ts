/**
 * Code lenses above each provider header: its conclusions in words (levels
 * with an icon and a word, never colour alone), and how many facts decide them,
 * with the command that shows the what-if lines.
 */
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver-types';
import { defineMessages, format, labelled, Locale } from './i18n/messages';
import type { ProviderConclusion } from './doctrine/analysis';
import { levelLabel, t } from './report/labels';
import { offenseText } from './report/markdown';
import type { ParsedCase } from './languageService';
import { positionCursor, samePosition } from './position';
import { conclusionLine, decisiveFactCount, describeWhatIf, outcomeOf, WhatIf, whatIfFor } from './whatIf';

export interface CodeLensSettings {
  readonly locale: Locale;
  /**
   * Whether the editor is the VS Code extension, which has commands of its own to show a
   * provider's what-if lines and its report; other editors get the server's commands.
   */
  readonly extensionCommands?: boolean;
}

/** The VS Code extension's command that shows a provider's what-if lines in a quick pick. */
export const SHOW_WHAT_IF_COMMAND = 'caseFacts.showWhatIf';
/**
 * The server's own command for the same, for every other editor (Neovim, Eglot …): it sends
 * the lines back as a message (features/codeLens.ts).
 */
export const SERVER_WHAT_IF_COMMAND = 'casefacts.server.showWhatIf';
/** The VS Code extension's report command: the conclusion lens opens the report at its provider. */
export const SHOW_REPORT_COMMAND = 'caseFacts.showReport';
/** The server's command for the conclusion lens elsewhere: the conclusions and their reasons, as a message. */
export const SERVER_CONCLUSION_COMMAND = 'casefacts.server.showConclusion';

/** The argument of `casefacts.server.showConclusion`. */
export interface ShowConclusionArgs {
  readonly uri: string;
  readonly provider: string;
}

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
  'lens.stale': { en: () => 'Decisive facts: (the brief has changed)', zh: () => '决定性事实：（文书已更改）' },
  'lens.gone': { en: (a) => `${String(a.provider)} is no longer in the brief.`, zh: (a) => `文书中已没有 ${String(a.provider)}。` },
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
    const own = settings.extensionCommands === true;
    if (!made || made.uri !== document.uri || made.locale !== settings.locale || made.own !== own || !samePosition(made.start, start) || !samePosition(made.end, end)) {
      const range = { start, end };
      const data: WhatIfLensData = { uri: document.uri, provider: c.id };
      const title = conclusionLine(outcomeOf(c), settings.locale);
      // the report at this provider in VS Code; the reasons as a message elsewhere
      const command = own
        ? { title, command: SHOW_REPORT_COMMAND, arguments: [document.uri, c.id] }
        : { title, command: SERVER_CONCLUSION_COMMAND, arguments: [{ uri: document.uri, provider: c.id } satisfies ShowConclusionArgs] };
      made = { uri: document.uri, locale: settings.locale, own, start, end, conclusion: { range, command }, decisive: { range, data } };
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
  readonly own: boolean;
  readonly start: Position;
  readonly end: Position;
  readonly conclusion: CodeLens;
  readonly decisive: CodeLens;
}>();

/**
 * Fills in a decisive-facts lens: the count, and the command that shows the what-if lines.
 * A lens asked for before an edit renamed its provider is resolved for the provider whose
 * header is now on its line; with none there, it says the brief has changed (the editor asks
 * for new lenses after the edit).
 */
export function resolveCodeLens(parsed: ParsedCase, document: TextDocument, lens: CodeLens, settings: CodeLensSettings): CodeLens {
  const locale = settings.locale;
  const data = lens.data as WhatIfLensData | undefined;
  const line = lens.range.start.line;
  const c = data && (parsed.analysis.byId(data.provider) ?? parsed.analysis.providers.find((p) => document.positionAt(p.provider.block.offset).line === line));
  if (!data || !c) {
    return { range: lens.range, command: { title: format({ id: 'lens.stale' }, locale), command: '' } };
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
  const command = settings.extensionCommands ? SHOW_WHAT_IF_COMMAND : SERVER_WHAT_IF_COMMAND;
  return { range: lens.range, command: { title: format({ id: 'lens.decisive', args: { count } }, locale), command, arguments: [args] } };
}

/**
 * A provider's conclusions with their reasons, as lines of plain text (the server's conclusion
 * command): what the report says of it, without the findings and what-ifs.
 */
export function conclusionLines(c: ProviderConclusion, locale: Locale): string[] {
  const reason = (r: { readonly message: Parameters<typeof format>[0] }) => `  - ${format(r.message, locale)}`;
  return [
    labelled(c.id, conclusionLine(outcomeOf(c), locale), locale),
    labelled(t('report.criminal', locale), levelLabel(c.criminal.level, locale), locale),
    ...c.criminal.offenses.flatMap((o) => [`  - ${offenseText(o, locale)}`, ...o.reasons.map((r) => `  ${reason(r)}`)]),
    ...c.criminal.reasons.map(reason),
    labelled(t('report.civil', locale), levelLabel(c.civil.level, locale), locale),
    ...c.civil.reasons.map(reason),
  ];
}
