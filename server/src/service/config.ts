/**
 * `.casefacts.json`: rule levels and locale shared by the editor and the CLI.
 * Parsing is pure; finding and reading the file is the caller's business.
 */
import { RULES, Level } from './rules/meta';
import { defineMessages, type Args, type Locale, type Message } from './i18n/messages';

export interface CaseFactsConfig {
  readonly rules: Readonly<Record<string, Level>>;
  readonly locale?: Locale;
}

export const CONFIG_FILE = '.casefacts.json';
const LEVELS = ['off', 'info', 'warning', 'error'];

const s = (a: Args, k: string) => String(a[k] ?? '');

// what is wrong in a .casefacts.json, in the language the brief is reported in
defineMessages({
  'config.notJson': { en: (a) => `not valid JSON: ${s(a, 'error')}`, zh: (a) => `不是有效的 JSON：${s(a, 'error')}` },
  'config.notObject': { en: () => 'expected an object with "rules" and "locale"', zh: () => '应为含有“rules”和“locale”的对象' },
  'config.rulesNotObject': {
    en: () => '"rules" must be an object of rule id → off|info|warning|error',
    zh: () => '“rules”应为“规则 id → off|info|warning|error”形式的对象',
  },
  'config.unknownRule': { en: (a) => `unknown rule "${s(a, 'rule')}"`, zh: (a) => `未知规则“${s(a, 'rule')}”` },
  'config.badLevel': {
    en: (a) => `rule "${s(a, 'rule')}": level must be off, info, warning or error`,
    zh: (a) => `规则“${s(a, 'rule')}”的级别只能是 off、info、warning 或 error`,
  },
  'config.tooLarge': { en: (a) => `too large to be a config (${s(a, 'size')} bytes): not read`, zh: (a) => `文件过大（${s(a, 'size')} 字节），不是配置文件，未读取` },
  'config.badLocale': { en: () => '"locale" must be "en" or "zh-CN"', zh: () => '“locale”只能是“en”或“zh-CN”' },
});

/**
 * Parses a config file; returns the config and the problems found (unknown rules, bad levels),
 * as messages for the reader's locale.
 */
export function parseConfig(text: string): { config: CaseFactsConfig; problems: Message[] } {
  const problems: Message[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { config: { rules: {} }, problems: [{ id: 'config.notJson', args: { error: (e as Error).message } }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: { rules: {} }, problems: [{ id: 'config.notObject' }] };
  }
  const obj = raw as Record<string, unknown>;
  const rules: Record<string, Level> = {};
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      problems.push({ id: 'config.rulesNotObject' });
    } else {
      for (const [id, level] of Object.entries(obj.rules as Record<string, unknown>)) {
        const lv = level === 'information' ? 'info' : level;
        if (!RULES.some((r) => r.id === id)) {
          problems.push({ id: 'config.unknownRule', args: { rule: id } });
        } else if (typeof lv !== 'string' || !LEVELS.includes(lv)) {
          problems.push({ id: 'config.badLevel', args: { rule: id } });
        } else {
          rules[id] = lv as Level;
        }
      }
    }
  }
  let locale: Locale | undefined;
  if (obj.locale !== undefined) {
    if (obj.locale === 'en' || obj.locale === 'zh-CN') {
      locale = obj.locale;
    } else {
      problems.push({ id: 'config.badLocale' });
    }
  }
  return { config: { rules, locale }, problems };
}

/**
 * Later sources override earlier ones, rule by rule. Own keys only, and never `__proto__`:
 * an editor's settings arrive as JSON, where `"__proto__"` is an ordinary key, and assigning
 * it (as `Object.assign` did) made its value the prototype of the result, whose rules every
 * level lookup then read.
 */
export function mergeRules(...layers: (Readonly<Record<string, Level>> | undefined)[]): Record<string, Level> {
  const merged: Record<string, Level> = {};
  for (const layer of layers) {
    if (layer && typeof layer === 'object') {
      for (const [id, level] of Object.entries(layer)) {
        if (id !== '__proto__') {
          merged[id] = level;
        }
      }
    }
  }
  return merged;
}
