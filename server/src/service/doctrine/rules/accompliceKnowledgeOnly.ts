import { defineRule } from '../rule';
import { onChargeValue } from './onChargeValue';

export default defineRule({
  id: 'accomplice-knowledge-only',
  messages: {
    'accomplice-knowledge-only': {
      en: () => `"No common intent to possess": the paper finds this reasoning questionable (III.(一).3, case 3)`,
      zh: () => `“缺乏共同非法占有故意”：论文认为这一理由存在疑问（三（一）.3，案3）`,
      why: {
        en: () => `An accomplice of fraud, the paper argues, needs only to know that its help serves the fraud, not to share the intent to take the victims' property.`,
        zh: () => `论文认为，成立诈骗罪共犯，只需知道他人利用其帮助实施诈骗，无须具有共同非法占有他人财物的故意。`,
      },
    },
  },
  charge: (v) => onChargeValue(v.charge, 'accomplice-knowledge-only', 'reason', 'common-intent'),
});
