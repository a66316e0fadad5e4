import { DISSEMINATION_OFFENSES } from '../../vocabulary';
import { defineRule, relatedCharge, tokenSpan } from '../rule';

export default defineRule({
  id: 'omission-dissemination',
  messages: {
    'omission-dissemination': {
      en: () => `Dissemination by omission: the paper argues punishing an impure omission here strains the legality principle (I.(一))`,
      zh: () => `以不作为方式传播：论文认为在此处罚不真正不作为有违罪刑法定原则（一（一））`,
      why: {
        en: () => `The paper also invokes criminal law's restraint (谦抑). Armin Kaufmann held that such punishment breaches the legality principle ([11](P150)); StGB §13's equivalence clause is only a value judgment; Japan admits impure omission essentially for arson, murder and fraud ([12](P83)); Chinese doctrine seems to stretch it, as in 张明楷's view that a prisoner who overstays home leave commits escape ([13](P1109)); 高艳东 holds that punishing impure omission in China breaks legality ([8](P68)). On obscenity the paper cites pornography as one "precious" subject of expression ([3](P493)), the costs of online crackdowns ([14](P79)) and the US Supreme Court's impasse ([15](P183)); and since art. 363 carries up to life imprisonment, its modes should be strictly limited, without impure omission ([8](P84)).`,
        zh: () => `论文还援引刑法的谦抑性。阿明·考夫曼认为处罚不真正不作为犯违反罪刑法定（[11](P150)）；德国刑法第13条的“相当性”只是价值判断；日本实际上仅在放火、杀人、诈骗等少数罪名中承认不真正不作为犯（[12](P83)）；我国则似乎扩张过度，如张明楷教授认为探亲逾期不归的罪犯成立脱逃罪（[13](P1109)）；高艳东认为在我国处罚不真正不作为违反罪刑法定（[8](P68)）。就淫秽物品，论文援引色情材料是“珍贵”的表达主题之一（[3](P493)）、网络扫黄的代价（[14](P79)）和美国最高法院的困境（[15](P183)）；而第363条最高可处无期徒刑，其行为方式应严格限定，不承认不真正不作为（[8](P84)）。`,
      },
    },
  },
  charge: ({ charge: c }) =>
    c.offense && DISSEMINATION_OFFENSES.includes(c.offense) && c.mode === 'omission' && c.modeToken
      ? [{ code: 'omission-dissemination', ...tokenSpan(c.modeToken), message: { id: 'omission-dissemination' }, related: [relatedCharge(c)], data: { provider: c.ref } }]
      : [],
});
