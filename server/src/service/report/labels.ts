/**
 * The report's words, in both languages, and the icons beside levels and
 * severities: a report never relies on colour alone.
 */
import { defineMessages, format, Locale } from '../i18n/messages';
import { offenseById, VALUE_SETS } from '../vocabulary';

export const REPORT_MESSAGES = defineMessages({
  // liable: every condition the paper sets is stated (not "guilty"); possible: the paper leaves
  // it open, for an unstated fact or because it says only "may" (doctrine.md, Conclusions)
  'level.liable': { en: () => 'liable', zh: () => '符合成立条件' },
  'level.possible': { en: () => 'possible', zh: () => '可能成立' },
  'level.none': { en: () => 'none', zh: () => '不成立' },
  'level.not-assessed': { en: () => 'not assessed', zh: () => '不予评估' },
  'level.exposed': { en: () => 'exposed', zh: () => '可能承担' },
  'level.undetermined': { en: () => 'undetermined', zh: () => '尚不确定' },
  'report.title': { en: () => 'Liability report', zh: () => '责任分析报告' },
  'report.provider': { en: () => 'Provider', zh: () => '服务商' },
  'report.offender': { en: () => 'Offender', zh: () => '正犯' },
  'report.roles': { en: () => 'Roles', zh: () => '类型' },
  'report.criminal': { en: () => 'Criminal', zh: () => '刑事责任' },
  'report.offenses': { en: () => 'Offenses', zh: () => '罪名' },
  'report.controlling': { en: () => 'Controlling', zh: () => '最终适用' },
  'report.civil': { en: () => 'Civil & administrative', zh: () => '民事、行政责任' },
  'report.civilShort': { en: () => 'Civil', zh: () => '民事、行政' },
  'report.findings': { en: () => 'Findings', zh: () => '分析意见' },
  'report.reasons': { en: () => 'Reasons', zh: () => '理由' },
  'report.notes': { en: () => 'Notes in the brief', zh: () => '文书中的备注' },
  'report.principal': { en: () => 'principal', zh: () => '正犯' },
  'report.accomplice': { en: (a) => `accomplice of ${String(a.of)}`, zh: (a) => `${String(a.of)}的共犯` },
  'report.accompliceShort': { en: () => 'accomplice', zh: () => '共犯' },
  'report.line': { en: (a) => `line ${String(a.line)}`, zh: (a) => `第 ${String(a.line)} 行` },
  'report.noProviders': { en: () => 'No provider blocks in this document.', zh: () => '本文书中没有服务商块。' },
  'report.source': {
    en: () => 'Conclusions drawn by CaseFacts from the stated facts under Chen Hongbing, "The Boundary of Criminal Liability of Internet Service Providers — Taking the Verdict of Qvod as an Introduction". They state the paper\'s position, not a court\'s.',
    zh: () => '以上结论由 CaseFacts 依据所述事实，按陈洪兵《网络服务商的刑事责任边界——以“快播案”判决为切入点》一文的观点得出，代表该文立场，而非法院意见。',
  },
  'report.whoHelpedWhom': { en: () => 'Who helped whom', zh: () => '帮助关系图' },
  'report.diagramSummary': {
    en: () => 'Providers on the left, the offenders who use them on the right; each arrow is a provider\'s help, labelled with its conclusion as accomplice.',
    zh: () => '左侧为服务商，右侧为利用其服务的正犯；每条箭头表示服务商的帮助，并标明其作为共犯的结论。',
  },
  // id and of: ids set off by spaces only beside Latin letters (`Qvod 帮助 上传者`, `张某帮助诈骗团伙`), as messages.ts spaceIds does
  'report.helps': { en: (a) => `${String(a.id)} helps ${String(a.of)}`, zh: (a) => `${String(a.id)} 帮助 ${String(a.of)}` },
  'report.usesUnknown': { en: (a) => `uses ${String(a.ids)} (no such provider block)`, zh: (a) => `利用 ${String(a.ids)}（无此服务商块）` },
  'report.decisive': { en: () => 'Decisive facts (what-if)', zh: () => '决定性事实（假设分析）' },
  'report.legend': { en: () => 'Levels', zh: () => '图例' },
  'report.severity.error': { en: () => 'error', zh: () => '错误' },
  'report.severity.warning': { en: () => 'warning', zh: () => '警告' },
  'report.severity.information': { en: () => 'information', zh: () => '提示' },
  'report.severity.hint': { en: () => 'hint', zh: () => '提示' },
  'report.citation': { en: () => 'Paper', zh: () => '论文出处' },
  'report.ruleDoc': { en: (a) => `Documentation of the rule ${String(a.rule)}`, zh: (a) => `规则 ${String(a.rule)} 的说明` },
  'report.goTo': { en: (a) => `Go to line ${String(a.line)}`, zh: (a) => `转到第 ${String(a.line)} 行` },
  'report.actions': { en: () => 'Report actions', zh: () => '报告操作' },
  'report.copyMarkdown': { en: () => 'Copy as Markdown', zh: () => '复制为 Markdown' },
  'report.saveHtml': { en: () => 'Save as HTML', zh: () => '另存为 HTML' },
  'report.copied': { en: (a) => `The liability report of ${String(a.file)} is on the clipboard (Markdown).`, zh: (a) => `已将 ${String(a.file)} 的责任分析报告复制到剪贴板（Markdown）。` },
  'report.saved': { en: (a) => `Saved the liability report to ${String(a.file)}.`, zh: (a) => `责任分析报告已保存到 ${String(a.file)}。` },
  'report.htmlFilter': { en: () => 'HTML report', zh: () => 'HTML 报告' },
  'report.noDocument': {
    en: () => 'Open a .case file or a Markdown brief with ```case blocks to see its liability report.',
    zh: () => '请打开 .case 文件或含 ```case 代码块的 Markdown 文书以查看责任分析报告。',
  },
  'report.notReady': { en: () => 'The CaseFacts server has not read this document yet; try again in a moment.', zh: () => 'CaseFacts 服务器尚未读取此文书，请稍后重试。' },
});

/** Shapes for levels: filled = the conditions are met, half = open, empty = excluded. */
export const ICONS: Readonly<Record<string, string>> = {
  liable: '●',
  exposed: '●',
  possible: '◐',
  undetermined: '◐',
  none: '○',
  'not-assessed': '–',
};

export const SEVERITY_ICONS: Readonly<Record<string, string>> = {
  error: '✖',
  warning: '▲',
  information: 'ℹ',
  hint: '·',
};

export type LabelId = keyof typeof REPORT_MESSAGES;

export function t(id: LabelId, locale: Locale, args?: Record<string, string | number>): string {
  return format({ id, args }, locale);
}

/** A level in words alone, e.g. "liable". */
export function levelWord(level: string, locale: Locale): string {
  return format({ id: `level.${level}` }, locale);
}

/** A level in words with its icon, e.g. "● liable". */
export function levelLabel(level: string, locale: Locale): string {
  return `${ICONS[level] ?? ''} ${levelWord(level, locale)}`.trim();
}

/** A severity in words with its icon, e.g. "▲ warning". */
export function severityLabel(severity: string, locale: Locale): string {
  return `${SEVERITY_ICONS[severity] ?? ''} ${format({ id: `report.severity.${severity}` }, locale)}`.trim();
}

/**
 * An offense by statutory name and article: "art. 287-2 (assisting …)", "帮助信息网络犯罪活动罪（第287条之二）"
 * (in Chinese as the messages name it, `w.offense`: the crime's name, the article after it).
 */
export function offenseName(id: string, locale: Locale): string {
  const spec = offenseById(id);
  if (!spec) {
    return id;
  }
  return locale === 'zh-CN' ? `${spec.titleZh}（${spec.zh[0]}）` : `art. ${id.replace(/^art/, '')} (${spec.nameEn})`;
}

/**
 * An offense's name with an aside after it (its role, its level): "art. 264 (theft)" then
 * " (accomplice of Gang)" in English; in Chinese one pair of brackets holds the article and the
 * aside, "盗窃罪（第264条；Gang的共犯）", not two in a row. `head` is the part before the aside.
 */
export function offenseWithAside(id: string, extra: string, locale: Locale): { head: string; aside: string } {
  const spec = offenseById(id);
  if (locale === 'zh-CN' && spec) {
    return { head: spec.titleZh, aside: `（${spec.zh[0]}；${extra}）` };
  }
  return { head: offenseName(id, locale), aside: locale === 'zh-CN' ? `（${extra}）` : ` (${extra})` };
}

/** The article alone: "art. 287-2", "第287条之二". */
export function offenseArticle(id: string, locale: Locale): string {
  const spec = offenseById(id);
  if (!spec) {
    return id;
  }
  return locale === 'zh-CN' ? spec.zh[0] : `art. ${id.replace(/^art/, '')}`;
}

/** A role in the reader's language (the canonical id in English). */
export function roleName(id: string, locale: Locale): string {
  return locale === 'zh-CN' ? VALUE_SETS.role.find((r) => r.id === id)?.zh[0] ?? id : id;
}
