import { defineRule, relatedCharge, tokenSpan, valueToken } from '../rule';
import { refusalCharged } from './refusal';

export default defineRule({
  id: 'refusal-order-by-regulator',
  messages: {
    'refusal-order-by-regulator': {
      en: () => `Only a regulator's order counts for art286-1, not a private party's notice (III.(二))`,
      zh: () => `第286条之一中的责令只能来自监管部门，私人的通知不算（三（二））`,
      why: {
        en: () => `The paper follows the view that the body ordering correction must be a regulator ([33](P143)).`,
        zh: () => `论文赞同将责令主体限于监管部门的观点（[33](P143)）。`,
      },
    },
  },
  charges(v) {
    const r = refusalCharged(v);
    const tok = r && valueToken(r.provider.facts, 'order', 'private');
    return r && tok ? [{ code: 'refusal-order-by-regulator', ...tokenSpan(tok), message: { id: 'refusal-order-by-regulator' }, related: [relatedCharge(r.charge)], data: { provider: r.provider.id } }] : [];
  },
});
