import { factValue } from '../../model';
import { chargeSpan, defineRule, relatedFact, relatedProvider } from '../rule';
import { refusalProvider } from './refusal';

export default defineRule({
  id: 'refusal-needs-order',
  messages: {
    'refusal-needs-order': {
      en: (a) => `art286-1 needs a regulator's order to correct, and none is stated for ${a.id} (III.(二))`,
      zh: (a) => `第286条之一以监管部门责令改正为前提，而文书未写明 ${a.id} 受到责令（三（二））`,
      why: {
        en: () => `Without an order there is nothing to refuse: the offense is a provider's refusal to correct after a regulator has ordered it to.`,
        zh: () => `没有责令，就谈不上拒不改正：第286条之一所规定的行为，是“经监管部门责令采取改正措施而拒不改正”。`,
      },
    },
  },
  charge(v) {
    const p = refusalProvider(v);
    const order = p && factValue(p.facts, 'order');
    return p && (order === undefined || order === 'none')
      ? [{ code: 'refusal-needs-order', ...chargeSpan(v.charge), message: { id: 'refusal-needs-order', args: { id: p.id } }, related: [relatedProvider(p), ...relatedFact(p.facts, 'order')], data: { provider: p.id, missingFacts: ['order'] } }]
      : [];
  },
});
