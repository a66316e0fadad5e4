import { w } from '../../i18n/words';
import { chargeSpan, defineRule, relatedProvider } from '../rule';
import { deepParticipationFires } from './deepParticipation';

export default defineRule({
  id: 'helping-concurrence',
  messages: {
    'helping-concurrence': {
      en: (a) => `${a.id} meets the paper's conditions for both art287-2 and ${a.other}: the heavier offense governs (III.(一).1, case 1)`,
      zh: (a) => `${a.id} 同时符合论文所述帮助信息网络犯罪活动罪与${a.other}的条件：依照处罚较重的规定定罪处罚（三（一）1，案1）`,
      why: {
        en: () => `Under art. 287-2 para. 3, help that also constitutes another offense is punished under the heavier provision. The paper reads case 1 this way: the provider of the black broadband lines committed the help offense too, and fraud as an accomplice governed.`,
        zh: () => `第287条之二第3款规定，帮助行为“同时构成其他犯罪的，依照处罚较重的规定定罪处罚”。论文对案1亦作此理解：提供“黑宽带”者同时构成帮助信息网络犯罪活动罪，以处罚较重的诈骗罪共犯论处。`,
      },
    },
  },
  charges({ conclusion: pc, charges, users }) {
    const p = pc.provider;
    const liable = pc.criminal.offenses.filter((o) => o.level === 'liable');
    const other = liable.find((o) => o.offense !== 'art287-2');
    if (charges.length === 0 || !liable.some((o) => o.offense === 'art287-2') || !other) {
      return [];
    }
    const target = charges.find((c) => c.offense === 'art287-2') ?? charges[0];
    if (deepParticipationFires(target, pc.traits, users, charges.some((c) => c.mode === 'accomplice'))) {
      return [];
    }
    return [{
      code: 'helping-concurrence',
      ...chargeSpan(target),
      message: { id: 'helping-concurrence', args: { id: p.id, other: w.offense(other.offense) } },
      related: [relatedProvider(p)],
      data: { provider: p.id },
    }];
  },
});
