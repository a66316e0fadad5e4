import { w } from '../../i18n/words';
import { chargeSpan, defineRule, relatedFact, relatedProvider } from '../rule';

export default defineRule({
  id: 'no-general-monitoring',
  messages: {
    'no-general-monitoring': {
      en: (a) => `${a.role} provider without a notice: no general monitoring duty (II.(二).1, .3, summary)`,
      zh: (a) => `${a.role}服务商未接到通知：不负一般性监控义务（二（二）1、3及小结）`,
      why: {
        en: () => `The paper finds no duty to review users' content in advance or watch it in real time: the volume and anonymity of that content make it infeasible, and such a duty would intrude on privacy and speech. A duty arises only after notice ([28](P101), [26](P17), [31](P323)).`,
        zh: () => `论文认为服务商对用户内容不负事先审查、实时监控义务：海量、匿名的信息使之不可行，且这种义务会侵犯隐私与言论自由；义务只在接到通知后才产生（[28](P101)、[26](P17)、[31](P323)）。`,
      },
    },
  },
  charge({ charge: c, named }) {
    if (!named || !c.offense || c.offense === 'art286-1') {
      return [];
    }
    const { provider: p, traits: t } = named;
    if (t.ispRoles.length === 0 || t.aware) {
      return [];
    }
    return [{
      code: 'no-general-monitoring',
      ...chargeSpan(c),
      message: { id: 'no-general-monitoring', args: { role: w.value('role', t.ispRoles[0]) } },
      related: [relatedProvider(p), ...relatedFact(p.facts, 'notice'), ...relatedFact(p.facts, 'knowledge')],
      data: { provider: p.id },
    }];
  },
});
