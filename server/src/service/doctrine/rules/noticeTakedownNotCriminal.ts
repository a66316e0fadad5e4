import { factValue } from '../../model';
import { chargeSpan, defineRule, relatedFact, relatedProvider } from '../rule';

export default defineRule({
  id: 'notice-takedown-not-criminal',
  messages: {
    'notice-takedown-not-criminal': {
      en: (a) => `${a.id} knew, but its help is neutral: failing to act after notice is generally not a crime (II.(二).1–2)`,
      zh: (a) => `${a.id} 虽已知情，但其帮助属中立帮助：接到通知后未采取措施的，一般不宜追究刑事责任（二（二）1–2）`,
      why: {
        en: () => `The paper argues that an ISP failing to act after notice generally bears civil and administrative liability only, not criminal liability. It reads the Cybersecurity Law the same way: art. 63 says "where no crime is constituted", art. 68 does not.`,
        zh: () => `论文的立场是：网络服务商接到通知后不作处理，通常只需承担民事和行政上的责任，原则上不应据此追究其刑事责任；《网络安全法》第63条写有“尚不构成犯罪”而第68条未写，也支持这一解读。`,
      },
    },
  },
  charge({ charge: c, named }) {
    if (!named || !c.offense || c.offense === 'art286-1' || c.offense === 'art287-2') {
      return [];
    }
    const { provider: p, traits: t } = named;
    // "no paid or manual ranking and no embedded links": absences, which hold unless the fact is
    // stated with that value (doctrine.md, Terms), whatever the provider's roles
    const ranking = factValue(p.facts, 'ranking');
    if (t.ispRoles.length === 0 || !t.aware || !t.neutral || ranking === 'paid' || ranking === 'manual' || factValue(p.facts, 'link-type') === 'embedded') {
      return [];
    }
    return [{
      code: 'notice-takedown-not-criminal',
      ...chargeSpan(c),
      message: { id: 'notice-takedown-not-criminal', args: { id: p.id } },
      related: [relatedProvider(p), ...relatedFact(p.facts, 'notice'), ...relatedFact(p.facts, 'takedown')],
      data: { provider: p.id },
    }];
  },
});
