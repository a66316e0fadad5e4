import { defineRule, relatedCharge, tokenSpan, valueToken } from '../rule';
import { refusalCharges } from './refusal';

export default defineRule({
  id: 'refusal-catch-all',
  messages: {
    'refusal-catch-all': {
      en: () => '"Other serious circumstances" is a catch-all: the paper reads it like the listed consequences (ejusdem generis) and asks that it be used with restraint (III.(二)).',
      zh: () => '“其他严重情节”是兜底条款：论文主张依同类解释规则，其法益侵害性应与所列后果相当，并应谨慎适用（三（二））。',
    },
  },
  check(ctx) {
    return refusalCharges(ctx).flatMap(({ c, p }) => {
      const tok = valueToken(p.facts, 'consequence', 'other-serious');
      return tok ? [{ code: 'refusal-catch-all', ...tokenSpan(tok), message: { id: 'refusal-catch-all' }, related: [relatedCharge(c)], data: { provider: p.id } }] : [];
    });
  },
});
