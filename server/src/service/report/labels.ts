/** Words and icons for levels, in both languages: reports never rely on colour alone. */
import { defineMessages, format, Locale } from '../i18n/messages';

const L = defineMessages({
  'level.liable': { en: () => 'liable', zh: () => '可能成立（条件已具备）' },
  'level.possible': { en: () => 'possible', zh: () => '存疑（事实未明）' },
  'level.none': { en: () => 'none', zh: () => '不成立' },
  'level.not-assessed': { en: () => 'not assessed', zh: () => '不予评估' },
  'level.exposed': { en: () => 'exposed', zh: () => '可能承担' },
  'level.undetermined': { en: () => 'undetermined', zh: () => '尚不确定' },
  'report.title': { en: () => 'Liability report', zh: () => '责任分析报告' },
  'report.provider': { en: () => 'Provider', zh: () => '服务商' },
  'report.roles': { en: () => 'Roles', zh: () => '类型' },
  'report.criminal': { en: () => 'Criminal', zh: () => '刑事责任' },
  'report.offenses': { en: () => 'Offenses', zh: () => '罪名' },
  'report.controlling': { en: () => 'Controlling', zh: () => '最终适用' },
  'report.civil': { en: () => 'Civil & administrative', zh: () => '民事、行政责任' },
  'report.findings': { en: () => 'Findings', zh: () => '分析意见' },
  'report.reasons': { en: () => 'Reasons', zh: () => '理由' },
  'report.principal': { en: () => 'principal', zh: () => '正犯' },
  'report.accomplice': { en: (a) => `accomplice of ${String(a.of)}`, zh: (a) => `${String(a.of)}的共犯` },
  'report.line': { en: (a) => `line ${String(a.line)}`, zh: (a) => `第 ${String(a.line)} 行` },
  'report.noProviders': { en: () => 'No provider blocks in this document.', zh: () => '本文档中没有服务商块。' },
  'report.source': {
    en: () => 'Conclusions drawn by CaseFacts from the stated facts under Chen Hongbing, "The Boundary of Criminal Liability of Internet Service Providers — Taking the Verdict of Qvod as an Introduction". They state the paper\'s position, not a court\'s.',
    zh: () => '以上结论由 CaseFacts 依据所述事实，按陈洪兵《网络服务商的刑事责任边界——以“快播案”判决为切入点》一文的观点得出，代表该文立场，而非法院意见。',
  },
  'report.whoHelpedWhom': { en: () => 'Who helped whom', zh: () => '帮助关系图' },
  'report.decisive': { en: () => 'Decisive facts (what-if)', zh: () => '决定性事实（假设分析）' },
});

export const ICONS: Record<string, string> = {
  liable: '●',
  exposed: '●',
  possible: '◐',
  undetermined: '◐',
  none: '○',
  'not-assessed': '–',
};

/** A level in words with its icon, e.g. "● liable". */
export function levelLabel(level: string, locale: Locale): string {
  return `${ICONS[level] ?? ''} ${format({ id: `level.${level}` }, locale)}`.trim();
}

export function t(id: keyof typeof L, locale: Locale, args?: Record<string, string | number>): string {
  return format({ id, args }, locale);
}
