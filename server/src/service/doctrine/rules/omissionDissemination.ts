import { DISSEMINATION_OFFENSES } from '../../vocabulary';
import { defineRule, relatedCharge, tokenSpan } from '../rule';

export default defineRule({
  id: 'omission-dissemination',
  messages: {
    'omission-dissemination': {
      en: () => `Dissemination by omission: the paper argues punishing an impure omission here strains the legality principle (I.(一))`,
      zh: () => `以不作为方式传播：论文认为在此处罚不真正不作为有违罪刑法定原则（一（一））`,
      why: {
        en: () => `The paper also invokes criminal law's restraint (谦抑). Armin Kaufmann held such punishment unlawful ([11](P150)); StGB §13's equivalence clause is only a value judgment; Japan admits impure omission essentially for arson, murder and fraud ([12](P83)); and art. 363 carries up to life imprisonment ([8](P68, P84), [13](P1109), [3](P493), [14](P79), [15](P183)).`,
        zh: () => `论文还援引刑法的谦抑性。阿明·考夫曼认为处罚不真正不作为犯违反罪刑法定（[11](P150)）；德国刑法第13条的“相当性”只是价值判断；日本实际上仅在放火、杀人、诈骗等少数罪名中承认不真正不作为犯（[12](P83)）；而第363条最高可处无期徒刑（[8](P68, P84)、[13](P1109)、[3](P493)、[14](P79)、[15](P183)）。`,
      },
    },
  },
  charge: ({ charge: c }) =>
    c.offense && DISSEMINATION_OFFENSES.includes(c.offense) && c.mode === 'omission' && c.modeToken
      ? [{ code: 'omission-dissemination', ...tokenSpan(c.modeToken), message: { id: 'omission-dissemination' }, related: [relatedCharge(c)], data: { provider: c.ref } }]
      : [],
});
