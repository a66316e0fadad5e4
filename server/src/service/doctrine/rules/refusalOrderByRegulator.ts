import { defineRule, relatedCharge, tokenSpan, valueToken } from '../rule';
import { refusalCharged } from './refusal';

export default defineRule({
  id: 'refusal-order-by-regulator',
  messages: {
    'refusal-order-by-regulator': {
      en: () => `Only a regulator's order counts for art286-1, not a private party's notice (III.(二))`,
      zh: () => `第286条之一所说的责令只能来自监管部门，私人发出的通知不构成责令（三（二））`,
      why: {
        en: () => `The offense's own words require an order from a regulator, and the paper states the offense in those terms (II.(二) summary); a scholar the paper reports ([33](P143)) adds expressly that private parties cannot give the order.`,
        zh: () => `该罪的条文本身要求“经监管部门责令”，论文也是这样表述该罪的（二（二）小结）；论文所介绍的学者观点（[33](P143)）进一步明确，私人无权责令。`,
      },
    },
  },
  charges(v) {
    const r = refusalCharged(v);
    const tok = r && valueToken(r.provider.facts, 'order', 'private');
    return r && tok ? [{ code: 'refusal-order-by-regulator', ...tokenSpan(tok), message: { id: 'refusal-order-by-regulator' }, related: [relatedCharge(r.charge)], data: { provider: r.provider.id } }] : [];
  },
});
