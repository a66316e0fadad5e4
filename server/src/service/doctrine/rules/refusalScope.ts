import { factValues } from '../../model';
import { defineRule, relatedCharge, relatedFact, tokenSpan, valueToken } from '../rule';
import { refusalProvider } from './refusal';

export default defineRule({
  id: 'refusal-scope',
  messages: {
    'refusal-scope': {
      en: () => `The order concerns no serious matter: state the order-matter (II.(二).3, III.(二))`,
      zh: () => `责令事项并不重大：请写明“责令事项”（二（二）.3，三（二））`,
      why: {
        en: () => `The paper would let regulators order correction only where serious-crime information threatens national or public security ([36](P73)), personal data may leak on a mass scale, or evidence of a major case may be lost.`,
        zh: () => `论文主张，只有在涉及国家安全、公共安全等严重犯罪信息存在传播危险（[36](P73)）、公民个人信息存在大量泄露危险，或重大刑事案件证据存在灭失危险时，监管部门才可责令改正。`,
      },
    },
  },
  charge(v) {
    const p = refusalProvider(v);
    const tok = p && valueToken(p.facts, 'order', 'regulator');
    const matters = (p && factValues(p.facts, 'order-matter')) ?? [];
    return p && tok && matters.every((m) => m === 'other')
      ? [{ code: 'refusal-scope', ...tokenSpan(tok), message: { id: 'refusal-scope' }, related: [relatedCharge(v.charge), ...relatedFact(p.facts, 'order-matter')], data: { provider: p.id, missingFacts: matters.length === 0 ? ['order-matter'] : [] } }]
      : [];
  },
});
