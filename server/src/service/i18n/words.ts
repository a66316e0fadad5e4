/**
 * Vocabulary words inside messages: a key, a value or an offense rendered in
 * the reader's language (the English id, or the Chinese word with the id).
 */
import { defineMessages, Message } from './messages';
import { KEYS, OFFENSES, VALUE_SETS, ValueSetId, BLOCKS } from '../vocabulary';

const zhKey = (id: string) => KEYS.find((k) => k.id === id && k.block === 'provider')?.zh[0] ??
  KEYS.find((k) => k.id === id)?.zh[0] ?? id;

defineMessages({
  'w.key': {
    en: (a) => `\`${String(a.id)}\``,
    zh: (a) => `“${zhKey(String(a.id))}”`,
  },
  'w.value': {
    en: (a) => String(a.id),
    zh: (a) => VALUE_SETS[a.set as ValueSetId]?.find((t) => t.id === a.id)?.zh[0] ?? String(a.id),
  },
  'w.offense': {
    en: (a) => String(a.id),
    zh: (a) => {
      const o = OFFENSES.find((x) => x.id === a.id);
      return o ? `${o.titleZh}（${o.zh[0]}）` : String(a.id);
    },
  },
  'w.block': {
    en: (a) => String(a.id),
    zh: (a) => BLOCKS.find((b) => b.id === a.id)?.zh[0] ?? String(a.id),
  },
  'w.unstated': { en: () => 'unstated', zh: () => '未写明' },
});

export const w = {
  key: (id: string): Message => ({ id: 'w.key', args: { id } }),
  keys: (ids: readonly string[]): Message[] => ids.map((id) => ({ id: 'w.key', args: { id } })),
  value: (set: ValueSetId, id: string): Message => ({ id: 'w.value', args: { set, id } }),
  offense: (id: string): Message => ({ id: 'w.offense', args: { id } }),
  block: (id: string): Message => ({ id: 'w.block', args: { id } }),
  unstated: (): Message => ({ id: 'w.unstated' }),
};
