/**
 * The liability report: the conclusions of one document, localised, in the
 * shape of `casefacts analyze --format json` (cli.md). The Markdown and HTML
 * renderers, the webview and the CLI all start from this one structure, so
 * the editor and the command line never disagree.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { OffenseConclusion, ProviderConclusion, Reason } from '../doctrine/analysis';
import { explain, format, Locale } from '../i18n/messages';
import type { ParsedCase } from '../languageService';
import { ruleMeta } from '../rules/meta';
import type { Finding, FindingData } from '../findings';
import { describeWhatIf, fromWords, whatIfFor } from '../whatIf';
import { writtenElementwise, writtenInParts } from '../lists';
import type { Pause } from './elements';

export interface ReportReason {
  readonly message: string;
  readonly section: string;
  /** 1-based line of the first fact the reason rests on, when that fact is stated. */
  readonly line?: number;
}

export interface ReportOffense {
  readonly offense: string;
  readonly level: 'liable' | 'possible' | 'none';
  readonly as: 'principal' | 'accomplice';
  readonly of: string | null;
  readonly reasons: readonly ReportReason[];
}

export interface ReportFinding {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly line: number;
  readonly column: number;
  readonly section: string;
  /** The paper's bracketed sources with pages, e.g. `[26](P17)`, when the rule cites any. */
  readonly sources?: string;
  /** The one-line headline the diagnostic carries; it cites the section. */
  readonly message: string;
  /** The paper's argument behind it, with its sources (doctrine rules only): what a brief quotes. */
  readonly explanation?: string;
}

/** A decisive fact: changing it would change a conclusion (what-if). */
export interface ReportDecisive {
  readonly key: string;
  /** The fact as written, in words ("unstated" when it is not). */
  readonly from: string;
  /** What would follow, in words: "if `targeted` were `no`: criminal ○ none". */
  readonly text: string;
  /** The fact's line, or the provider's when the fact is unstated. */
  readonly line: number;
}

/** A free-text note the brief attaches to a fact (`takedown refused "…"`). */
export interface ReportNote {
  readonly key: string;
  readonly note: string;
  readonly line: number;
}

export interface ReportProvider {
  readonly id: string;
  readonly name?: string;
  readonly line: number;
  readonly roles: readonly string[];
  readonly criminal: {
    readonly level: 'liable' | 'possible' | 'none' | 'not-assessed';
    readonly offenses: readonly ReportOffense[];
    readonly controlling: string | null;
    readonly reasons: readonly ReportReason[];
  };
  readonly civil: { readonly level: 'exposed' | 'undetermined' | 'none' | 'not-assessed'; readonly reasons: readonly ReportReason[] };
  readonly findings: readonly ReportFinding[];
  readonly notes: readonly ReportNote[];
  readonly decisive: readonly ReportDecisive[];
}

export interface ReportOffender {
  readonly id: string;
  readonly name?: string;
  readonly line: number;
  readonly offense: string | null;
  readonly uses: readonly string[];
  readonly notes: readonly ReportNote[];
}

export interface Report {
  readonly file: string;
  readonly locale: Locale;
  readonly title?: string;
  readonly providers: readonly ReportProvider[];
  readonly offenders: readonly ReportOffender[];
}

export const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint'] as const;

export function severityName(d: Diagnostic): ReportFinding['severity'] {
  return SEVERITY_NAMES[((d.severity ?? 1) - 1) as 0 | 1 | 2 | 3] ?? 'error';
}

function citation(rule: string): { section: string; sources?: string } {
  const meta = ruleMeta(rule);
  return meta?.sources ? { section: meta.section ?? '', sources: meta.sources } : { section: meta?.section ?? '' };
}

/**
 * Builds the report of a parsed document. `diagnostics` are those the user
 * sees (settings applied); each provider's findings are those about it.
 */
export function buildReport(
  file: string,
  parsed: ParsedCase,
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  locale: Locale,
): Report {
  const b = reportBuilder(file, parsed, document, diagnostics, locale);
  return b.report(parsed.analysis.providers.map(b.provider));
}

/**
 * `buildReport`'s report, waiting after each provider's part whenever `pause` returns a promise
 * (its time slice spent): the server answers other requests meanwhile (features/report.ts).
 */
export async function buildReportInSlices(
  file: string,
  parsed: ParsedCase,
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  locale: Locale,
  pause: Pause,
): Promise<Report> {
  const b = reportBuilder(file, parsed, document, diagnostics, locale);
  const providers: ReportProvider[] = [];
  for (const pc of parsed.analysis.providers) {
    providers.push(b.provider(pc));
    const waiting = pause();
    if (waiting) {
      await waiting;
    }
  }
  return b.report(providers);
}

/** The parts of a report: each provider's, in the analysis's order, then the whole. */
function reportBuilder(
  file: string,
  parsed: ParsedCase,
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  locale: Locale,
): { provider(pc: ProviderConclusion): ReportProvider; report(providers: ReportProvider[]): Report } {
  const lineOf = (offset: number) => document.positionAt(offset).line + 1;
  // A diagnostic carries only the headline; its explanation is rendered from the
  // finding it came from, found by code and range.
  const byPlace = new Map<string, Finding[]>();
  for (const f of parsed.findings) {
    const key = `${f.code}@${f.offset}+${f.length}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), f]);
  }
  const explanationOf = (d: Diagnostic): string | undefined => {
    const start = document.offsetAt(d.range.start);
    const f = byPlace.get(`${String(d.code)}@${start}+${document.offsetAt(d.range.end) - start}`)?.shift();
    return f ? explain(f.message, locale) : undefined;
  };
  const notes = (facts: ReadonlyMap<string, { key: string; statement: { note?: { value: string; offset: number } } }>): ReportNote[] =>
    [...facts.values()].flatMap((f) =>
      f.statement.note ? [{ key: f.key, note: f.statement.note.value, line: lineOf(f.statement.note.offset) }] : []);
  const reasons = (rs: readonly Reason[], facts: ReadonlyMap<string, { statement: { offset: number } }>): ReportReason[] =>
    rs.map((r) => {
      const fact = r.facts.map((k) => facts.get(k)).find(Boolean);
      return { message: format(r.message, locale), section: r.section, ...(fact ? { line: lineOf(fact.statement.offset) } : {}) };
    });
  const offense = (o: OffenseConclusion, facts: ReadonlyMap<string, { statement: { offset: number } }>): ReportOffense => ({
    offense: o.offense,
    level: o.level,
    as: o.as,
    of: o.of,
    reasons: reasons(o.reasons, facts),
  });
  // each provider's findings, by the provider they are about (one pass, not one per provider)
  const aboutProvider = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const id = (d.data as FindingData | undefined)?.provider;
    if (id !== undefined) {
      const list = aboutProvider.get(id);
      if (list) {
        list.push(d);
      } else {
        aboutProvider.set(id, [d]);
      }
    }
  }
  const provider = (pc: ProviderConclusion): ReportProvider => {
    const facts = pc.provider.facts;
    let decisive: readonly ReportDecisive[] | undefined;
    return {
      id: pc.id,
      ...(pc.name !== undefined ? { name: pc.name } : {}),
      line: lineOf(pc.provider.block.offset),
      roles: pc.roles,
      criminal: {
        level: pc.criminal.level,
        offenses: pc.criminal.offenses.map((o) => offense(o, facts)),
        controlling: pc.criminal.controlling,
        reasons: reasons(pc.criminal.reasons, facts),
      },
      civil: { level: pc.civil.level, reasons: reasons(pc.civil.reasons, facts) },
      findings: (aboutProvider.get(pc.id) ?? [])
        .map((d) => {
          const why = explanationOf(d);
          return {
            rule: String(d.code),
            severity: severityName(d),
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            ...citation(String(d.code)),
            message: d.message,
            ...(why !== undefined ? { explanation: why } : {}),
          };
        }),
      notes: notes(facts),
      // What would change a conclusion: a reanalysis of the provider per fact, the dearest part of
      // the report (a third of `analyze`'s time on a long brief). Made when first read, and kept:
      // the text and JSON reports never read it, and the Markdown and HTML reports write a
      // provider's part as they make it (cli/main.ts), not after every provider's was made.
      get decisive(): readonly ReportDecisive[] {
        decisive ??= whatIfFor(parsed, pc.id).map((w) => {
          const fact = facts.get(w.key);
          return {
            key: w.key,
            from: fromWords(w, locale),
            text: describeWhatIf(w, locale),
            line: fact ? lineOf(fact.statement.offset) : lineOf(pc.provider.block.offset),
          };
        });
        return decisive;
      },
    };
  };
  const report = (providers: ReportProvider[]): Report => {
    const offenders = parsed.model.offenders.map((o): ReportOffender => ({
      id: o.id,
      ...(o.name !== undefined ? { name: o.name } : {}),
      line: lineOf(o.block.offset),
      offense: o.offense ?? null,
      uses: o.facts.get('uses')?.values ?? [],
      notes: notes(o.facts),
    }));
    return { file, locale, title: parsed.model.caseBlock?.title, providers, offenders };
  };
  return { provider, report };
}

/** The name a report goes by: the case's title, else the file's base name. */
export function reportTitle(r: Report): string {
  return r.title ?? (r.file.split(/[\\/]/).pop() || r.file);
}

/**
 * The JSON of `analyze --format json`: the spec's fields, ids and levels in English. Marked to be
 * written a provider at a time (`jsonPieces`), as the command line writes it.
 */
export function reportJson(r: Report): unknown {
  return writtenInParts({
    file: r.file,
    providers: writtenElementwise(r.providers.map((p) => ({
      id: p.id,
      ...(p.name !== undefined ? { name: p.name } : {}),
      roles: p.roles,
      criminal: {
        level: p.criminal.level,
        offenses: p.criminal.offenses.map((o) => ({ offense: o.offense, level: o.level, as: o.as, of: o.of, reasons: o.reasons })),
        controlling: p.criminal.controlling,
        reasons: p.criminal.reasons,
      },
      civil: { level: p.civil.level, reasons: p.civil.reasons },
      findings: p.findings.map((f) => ({
        rule: f.rule, severity: f.severity, line: f.line, section: f.section, message: f.message,
        ...(f.explanation !== undefined ? { explanation: f.explanation } : {}),
      })),
    }))),
  });
}
