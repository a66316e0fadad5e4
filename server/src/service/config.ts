/**
 * `.casefacts.json`: rule levels and locale shared by the editor and the CLI.
 * Parsing is pure; finding and reading the file is the caller's business.
 */
import { RULES, Level } from './rules/meta';
import type { Locale } from './i18n/messages';

export interface CaseFactsConfig {
  readonly rules: Readonly<Record<string, Level>>;
  readonly locale?: Locale;
}

export const CONFIG_FILE = '.casefacts.json';
const LEVELS = ['off', 'info', 'warning', 'error'];

/** Parses a config file; returns the config and the problems found (unknown rules, bad levels). */
export function parseConfig(text: string): { config: CaseFactsConfig; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { config: { rules: {} }, problems: [`not valid JSON: ${(e as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: { rules: {} }, problems: ['expected an object with "rules" and "locale"'] };
  }
  const obj = raw as Record<string, unknown>;
  const rules: Record<string, Level> = {};
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      problems.push('"rules" must be an object of rule id → off|info|warning|error');
    } else {
      for (const [id, level] of Object.entries(obj.rules as Record<string, unknown>)) {
        const lv = level === 'information' ? 'info' : level;
        if (!RULES.some((r) => r.id === id)) {
          problems.push(`unknown rule "${id}"`);
        } else if (typeof lv !== 'string' || !LEVELS.includes(lv)) {
          problems.push(`rule "${id}": level must be off, info, warning or error`);
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
      problems.push('"locale" must be "en" or "zh-CN"');
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
