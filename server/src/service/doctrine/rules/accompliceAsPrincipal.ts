import { defineRule } from '../rule';
import { onChargeValue } from './onChargeValue';

export default defineRule({
  id: 'accomplice-as-principal',
  messages: {
    'accomplice-as-principal': {
      en: () => `The 2010 interpretation (art. 4) turns help into principal acts: the paper argues this breaks legality (I.(四))`,
      zh: () => `2010年解释第4条把帮助行为直接认定为实行行为：论文认为这违反罪刑法定原则（一（四））`,
      why: {
        en: () => `于志刚 calls this reading "共犯的正犯化解释"; the paper argues that turning accessories into principals by judicial interpretation breaks the legality principle. The judgment did not name the interpretation ([19](P124)), but 陈兴良 reads it as the basis ([6](P24)), and the first-instance court's vice-president said it deserved special attention before Amendment IX ([20](P30)); the legality objection rests on [21](P73), [22](P85), [23](P7).`,
        zh: () => `于志刚教授称之为“共犯的正犯化解释”；论文认为以司法解释将帮助犯正犯化，违反罪刑法定原则。判决书虽未明示（[19](P124)），但陈兴良教授认为判决以此为依据（[6](P24)），一审法院副院长也表示修正案（九）生效前该解释值得特别关注（[20](P30)）；罪刑法定方面的质疑见[21](P73)、[22](P85)、[23](P7)。`,
      },
    },
  },
  charge: (v) => onChargeValue(v.charge, 'accomplice-as-principal', 'basis', 'interpretation-2010-art4'),
});
