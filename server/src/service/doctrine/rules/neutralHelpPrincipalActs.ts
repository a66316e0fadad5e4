import { defineRule } from '../rule';
import { onChargeValue } from './onChargeValue';

export default defineRule({
  id: 'neutral-help-principal-acts',
  messages: {
    'neutral-help-principal-acts': {
      en: () => `"Neutral help does not cover principal acts": the paper answers that a superior interest can exclude them (I.(二))`,
      zh: () => `“中立帮助理论不适用于实行行为”：论文认为存在更优越的利益时，实行行为也可排除犯罪（一（二））`,
      why: {
        en: () => `The paper answers this view (张明楷, [7]): what makes help neutral is its legitimate, everyday, business purpose, and leaving such help unpunished weighs the freedom of daily life and business against the victims' interests ([16](P198)). That purpose can exclude even acts that look principal: parents who shelter a son who has killed, a wife who tolerates her husband's drug use at home ([17](P248)).`,
        zh: () => `论文回应张明楷教授的这一观点（[7]）：帮助之所以中立，在于其正当的、日常的、业务性的目的，不处罚此类帮助是在日常生活与业务自由和被害人利益之间权衡的结果（[16](P198)）。这种正当目的也能将看似实行行为的举动排除在犯罪之外，如父母收留杀人的儿子并供其吃住、妻子不阻止丈夫在家吸毒（[17](P248)）。`,
      },
    },
  },
  charge: (v) => onChargeValue(v.charge, 'neutral-help-principal-acts', 'reason', 'principal-act'),
});
