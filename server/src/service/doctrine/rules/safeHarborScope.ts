import { defineRule } from '../rule';
import { onChargeValue } from './onChargeValue';

export default defineRule({
  id: 'safe-harbor-scope',
  messages: {
    'safe-harbor-scope': {
      en: () => `"The safe harbor protects only lawful works": the paper answers that it is about duties, not content (I.(二))`,
      zh: () => `“避风港只保护合法作品”：论文认为避风港规则关乎义务而非内容（一（二））`,
      why: {
        en: () => `Whatever users upload, the paper argues, the provider has no prior review duty, only notice-and-takedown; a service not aimed at obscene material would bear at most administrative and contributory civil liability, not liability as a principal of art. 363.`,
        zh: () => `论文认为，无论用户上传什么，服务商都不负事先审查义务，只负事后通知—删除责任；并非专门针对淫秽物品提供服务的，至多承担行政责任和帮助侵权的民事责任，而非第363条的实行犯责任。`,
      },
    },
  },
  charge: (v) => onChargeValue(v.charge, 'safe-harbor-scope', 'reason', 'legal-works-only'),
});
