import { DISSEMINATION_OFFENSES } from '../../vocabulary';
import { chargeSpan, defineRule, relatedCharge, tokenSpan } from '../rule';
import type { Finding } from '../../findings';
import type { ChargeModel } from '../../model';
import type { Token } from '../../scanner';

/** The evidence facts that leave the dissemination unproven, with the value that does. */
const DOUBTS = [['direct-dissemination', 'no'], ['access-count', 'unknown']] as const;

/** The finding last made on a token, and the charge it cited. */
const made = new WeakMap<Token, { readonly charge: ChargeModel; readonly finding: Finding }>();

export default defineRule({
  id: 'in-dubio-pro-reo',
  messages: {
    'in-dubio-pro-reo': {
      en: () => `In dubio pro reo: dissemination via the provider's servers is unproven, so doubt goes to the defendant (I.(三))`,
      zh: () => `疑罪从无：经服务商服务器传播的事实无法证明，疑问应有利于被告人（一（三））`,
      why: {
        en: () => `With no direct proof that the provider served the files, and no count of how often users fetched them through its servers, the paper argues the doubt should go to the defendant ([2](P112)).`,
        zh: () => `没有服务商直接提供涉案文件的证据，也无法查明用户经其服务器浏览、下载的次数，论文认为由此产生的不利后果应归于“疑罪从无”（[2](P112)）。`,
      },
    },
  },
  document(model) {
    const charge = model.charges.find((c) => c.offense && DISSEMINATION_OFFENSES.includes(c.offense));
    if (!charge) {
      return [];
    }
    let first: Token | undefined;
    for (const ev of model.evidence) {
      for (const [key, bad] of DOUBTS) {
        const f = ev.facts.get(key);
        if (f && f.values[0] === bad && (!first || f.valueTokens[0].offset < first.offset)) {
          first = f.valueTokens[0];
        }
      }
    }
    if (!first) {
      return [];
    }
    // The same finding while it rests on the same token and charge, where they stand now: it may
    // have dropped out of a version in between, and not moved with that version's edits.
    const known = made.get(first);
    const span = chargeSpan(charge);
    const related = known?.finding.related?.[0];
    if (known?.charge === charge && known.finding.offset === first.offset && known.finding.length === first.length &&
      related?.offset === span.offset && related.length === span.length) {
      return [known.finding];
    }
    const finding: Finding = { code: 'in-dubio-pro-reo', ...tokenSpan(first), message: { id: 'in-dubio-pro-reo' }, related: [relatedCharge(charge)], data: { provider: charge.ref } };
    made.set(first, { charge, finding });
    return [finding];
  },
});
