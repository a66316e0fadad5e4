import { defineRule } from '../rule';
import { onChargeValue } from './onChargeValue';

export default defineRule({
  id: 'accomplice-as-principal',
  messages: {
    'accomplice-as-principal': {
      en: () => 'The 2010 interpretation, art. 4, reads accessory acts as principal acts (于志刚 calls this "共犯的正犯化解释"); the paper argues this breaks the legality principle. The judgment did not name it, but 陈兴良 and the first-instance court\'s vice-president read it as the basis (I.(四); [19](P124), [6](P24), [20](P30), [21](P73), [22](P85), [23](P7)).',
      zh: () => '2010年解释第4条把帮助行为直接认定为实行行为（于志刚教授称之为“共犯的正犯化解释”），论文认为这违反罪刑法定原则。判决书虽未明示，但陈兴良教授与一审法院副院长均认为判决以此为依据（一（四）；[19](P124)、[6](P24)、[20](P30)、[21](P73)、[22](P85)、[23](P7)）。',
    },
  },
  check: (ctx) => onChargeValue(ctx, 'accomplice-as-principal', 'basis', 'interpretation-2010-art4'),
});
