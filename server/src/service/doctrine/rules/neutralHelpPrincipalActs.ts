import { defineRule } from '../rule';
import { onChargeValue } from './onChargeValue';

export default defineRule({
  id: 'neutral-help-principal-acts',
  messages: {
    'neutral-help-principal-acts': {
      en: () => `"Neutral help does not cover principal acts": the paper answers that a superior interest can exclude them (I.(二))`,
      zh: () => `“中立帮助理论不适用于实行行为”：论文认为存在更优越的利益时，实行行为也可排除犯罪（一（二））`,
      why: {
        en: () => `The paper answers this view (张明楷, [7]) with examples: parents who shelter a son who has killed, a wife who tolerates her husband's drug use at home. What makes help neutral is its legitimate, everyday, business purpose ([16](P198), [17](P248)).`,
        zh: () => `论文回应张明楷教授的这一观点（[7]）：如父母留杀人的儿子吃住、妻子不阻止丈夫在家吸毒。帮助之所以中立，在于其正当的、日常的、业务性的目的（[16](P198)、[17](P248)）。`,
      },
    },
  },
  charge: (v) => onChargeValue(v.charge, 'neutral-help-principal-acts', 'reason', 'principal-act'),
});
