import type { ChargeModel, OffenderModel } from '../../model';
import type { ProviderTraits } from '../traits';
import { chargeSpan, defineRule, relatedFact, relatedProvider } from '../rule';

/**
 * Whether deep-participation fires on a charge against a provider with these traits, used
 * by these offenders, with or without a charge against it as an accomplice (also read by helping-concurrence).
 */
export function deepParticipationFires(c: ChargeModel, t: ProviderTraits, users: readonly OffenderModel[], accompliceCharged: boolean): boolean {
  return c.offense === 'art287-2' && t.deep && users.length > 0 && !accompliceCharged;
}

export default defineRule({
  id: 'deep-participation',
  messages: {
    'deep-participation': {
      en: (a) => `${a.id} took a deep part in the crime of ${a.of}: consider charging it as an accomplice (III.(一).5, case 6)`,
      zh: (a) => `${a.id} 深度参与了 ${a.of} 的犯罪：可考虑以共犯论处（三（一）5，案6）`,
      why: {
        en: () => `The paper treats deep participation as the mark of an accomplice of the principal offense, not mere assistance under art. 287-2: in case 6, those who built and maintained a phishing site for a theft gang were convicted as accomplices of theft.`,
        zh: () => `论文认为深度参与是成立正犯之罪共犯的标志，而不只是第287条之二的帮助行为：案6中为盗窃团伙搭建并维护钓鱼网站的行为人，即以盗窃罪共犯论处。`,
      },
    },
  },
  charge({ charge: c, named, users, accompliceCharged }) {
    if (!named || !deepParticipationFires(c, named.traits, users, accompliceCharged)) {
      return [];
    }
    const p = named.provider;
    return [{
      code: 'deep-participation',
      ...chargeSpan(c),
      message: { id: 'deep-participation', args: { id: p.id, of: users.map((o) => o.id).join(', ') } },
      related: [relatedProvider(p), ...relatedFact(p.facts, 'participation'),
        ...users.map((o) => ({ offset: o.block.offset, length: o.block.headerEnd - o.block.offset, message: { id: 'related.offender', args: { id: o.id } } }))],
      data: { provider: p.id },
    }];
  },
});
