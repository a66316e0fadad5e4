import { factValue } from '../../model';
import { defineRule, relatedCharge, tokenSpan, valueToken } from '../rule';
import { refusalCharged } from './refusal';

export default defineRule({
  id: 'refusal-corrected',
  messages: {
    'refusal-corrected': {
      en: (a) => `${a.id} corrected after the regulator's order: no refusal, so no art286-1 offense (III.(二))`,
      zh: (a) => `${a.id} 已按监管部门的责令改正：不存在拒不改正，不成立第286条之一之罪（三（二））`,
      why: {
        en: () => `The offense is the refusal to correct after a regulator's order; a provider that corrected has refused nothing.`,
        zh: () => `本罪的行为是经监管部门责令后拒不改正；已经改正的服务商并无拒不改正可言。`,
      },
    },
  },
  charges(v) {
    const r = refusalCharged(v);
    const p = r?.provider;
    const tok = p && valueToken(p.facts, 'corrected', 'yes');
    return r && p && tok && factValue(p.facts, 'order') === 'regulator'
      ? [{ code: 'refusal-corrected', ...tokenSpan(tok), message: { id: 'refusal-corrected', args: { id: p.id } }, related: [relatedCharge(r.charge)], data: { provider: p.id } }]
      : [];
  },
});
