/**
 * Every rule's stable id, default severity, paper section and sources: the
 * table that diagnostics, settings, SARIF, docs and tests read. The ids are
 * the spec's (`../shared/spec/doctrine.md`) and never change.
 */

export type Severity = 'error' | 'warning' | 'info';
export type Level = Severity | 'off';

export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  readonly kind: 'text' | 'doctrine';
  /** The paper's section(s), in its own headings, e.g. `II.(二).1–2`. */
  readonly section?: string;
  /** The paper's bracketed sources with pages, e.g. `[28](P101), [26](P17)`. */
  readonly sources?: string;
}

const text = (id: string, severity: Severity): RuleMeta => ({ id, severity, kind: 'text' });
const doc = (id: string, severity: Severity, section: string, sources?: string): RuleMeta => ({
  id,
  severity,
  kind: 'doctrine',
  section,
  sources,
});

export const RULES: readonly RuleMeta[] = [
  text('syntax', 'error'),
  text('unknown-block', 'error'),
  text('unknown-key', 'error'),
  text('unknown-value', 'error'),
  text('duplicate-id', 'error'),
  text('duplicate-key', 'warning'),
  text('too-many-values', 'error'),
  text('undefined-reference', 'error'),
  text('missing-role', 'error'),
  { ...text('not-in-force', 'error'), section: 'III' },

  doc('not-an-isp', 'info', 'II.(一)', '[27](P108)'),
  doc('imprecise-role', 'warning', 'II.(一)', '[10](P13)'),
  doc('no-general-monitoring', 'warning', 'II.(二).1, II.(二).3, II.(二) summary', '[28](P101), [26](P17), [31](P323)'),
  doc('notice-takedown-not-criminal', 'warning', 'II.(二).1–2'),
  doc('caching-not-dissemination', 'warning', 'I.(一)', '[9](P202), [10](P24)'),
  doc('omission-dissemination', 'warning', 'I.(一)', '[11](P150), [12](P83), [8](P68, P84), [13](P1109), [3](P493), [14](P79), [15](P183)'),
  doc('tech-neutrality', 'warning', 'I.(二)'),
  doc('safe-harbor-scope', 'warning', 'I.(二)'),
  doc('neutral-help-principal-acts', 'warning', 'I.(二)', '[7], [16](P198), [17](P248)'),
  doc('accomplice-knowledge-only', 'warning', 'III.(一).3'),
  doc('in-dubio-pro-reo', 'warning', 'I.(三)', '[2](P112)'),
  doc('evidence-authentication', 'warning', 'I.(三)', '[18](P89, P100)'),
  doc('accomplice-as-principal', 'warning', 'I.(四)', '[19](P124), [6](P24), [20](P30), [21](P73), [22](P85), [23](P7)'),
  doc('neutral-assistance', 'warning', 'III.(一).3–5'),
  doc('helping-needs-facts', 'warning', 'III.(一), III.(一).2'),
  doc('helping-concurrence', 'info', 'III.(一).1'),
  doc('deep-participation', 'warning', 'III.(一).5'),
  doc('refusal-needs-order', 'error', 'III.(二)'),
  doc('refusal-order-by-regulator', 'error', 'III.(二)', '[33](P143)'),
  doc('refusal-corrected', 'error', 'III.(二)'),
  doc('refusal-scope', 'warning', 'II.(二).3, III.(二)', '[36](P73)'),
  doc('refusal-catch-all', 'warning', 'III.(二)'),
  doc('ranking-intervention', 'warning', 'II.(二).4'),
  doc('embedded-link', 'warning', 'II.(二).4', '[30](P128)'),
  doc('cache-modification', 'warning', 'II.(二).2', '[9](P202-203)'),
  doc('private-censorship', 'info', 'Abstract'),
  doc('verdict-divergence', 'info', 'I–III'),
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleMeta(id: string): RuleMeta | undefined {
  return byId.get(id);
}

/** Where a rule's documentation lives, relative to the repository root. */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}

/** The public URL of a rule's doc page (diagnostic codeDescription, SARIF helpUri). */
export const DOCS_BASE_URL = 'https://github.com/casefacts/casefacts/blob/main/docs/rules/';

export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}
