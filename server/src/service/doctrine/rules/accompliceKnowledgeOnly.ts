import { defineRule } from '../rule';
import { onChargeValue } from './onChargeValue';

export default defineRule({
  id: 'accomplice-knowledge-only',
  messages: {
    'accomplice-knowledge-only': {
      en: () => `"No common intent to possess": the paper finds this reasoning questionable (III.(一).3, case 3)`,
      zh: () => `“缺乏共同非法占有故意”：论文认为这一理由存在疑问（三（一）3，案3）`,
      why: {
        en: () => `An accomplice of fraud, the paper argues, needs only to know that its help serves the fraud, not to share the intent to take the victims' property.`,
        zh: () => `按论文的看法，帮助者只要明知自己的帮助被他人用于诈骗，即可作为诈骗罪的共犯论处；是否与正犯共享非法占有的目的，并非共犯成立的条件。`,
      },
    },
  },
  charge: (v) => onChargeValue(v.charge, 'accomplice-knowledge-only', 'reason', 'common-intent'),
});
