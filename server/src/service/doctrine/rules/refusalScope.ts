import { factValues } from '../../model';
import { defineRule, relatedCharge, relatedFact, tokenSpan, valueToken } from '../rule';
import { refusalCharged } from './refusal';

/** Why: the serious matters the paper names, the same for both messages. */
const WHY = {
  en: () => `The paper would let regulators order correction only where serious-crime information threatens national or public security ([36](P73)), personal data may leak on a mass scale, or evidence of a major case may be lost.`,
  zh: () => `论文主张对责令改正的适用加以限制：仅当危及国家安全或公共安全的严重犯罪信息可能扩散（[36](P73)）、大量公民个人信息面临泄露，或重大刑事案件的证据面临灭失时，监管部门才宜下达责令。`,
};

export default defineRule({
  id: 'refusal-scope',
  messages: {
    'refusal-scope': {
      en: () => `The order's matter is unstated: state the order-matter (II.(二).3, III.(二))`,
      zh: () => `未写明责令事项：请写明“责令事项”（二（二）3、三（二））`,
      why: WHY,
    },
    'refusal-scope.other': {
      en: () => `The order concerns only an "other" matter, not a serious one: the paper would allow such an order only on the serious matters it names (II.(二).3, III.(二))`,
      zh: () => `责令事项仅为“其他”，并非重大事项：论文主张仅在其所列重大事项上方可责令改正（二（二）3、三（二））`,
      why: WHY,
    },
  },
  charges(v) {
    const r = refusalCharged(v);
    const p = r?.provider;
    const tok = p && valueToken(p.facts, 'order', 'regulator');
    const matters = (p && factValues(p.facts, 'order-matter')) ?? [];
    // unstated: ask for the matter; stated as `other` only: say that it is no serious one
    return r && p && tok && matters.every((m) => m === 'other')
      ? [{ code: 'refusal-scope', ...tokenSpan(tok), message: { id: matters.length === 0 ? 'refusal-scope' : 'refusal-scope.other' }, related: [relatedCharge(r.charge), ...relatedFact(p.facts, 'order-matter')], data: { provider: p.id, missingFacts: matters.length === 0 ? ['order-matter'] : [] } }]
      : [];
  },
});
