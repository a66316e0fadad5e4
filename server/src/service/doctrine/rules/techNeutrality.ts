import { defineRule } from '../rule';
import { onChargeValue } from './onChargeValue';

export default defineRule({
  id: 'tech-neutrality',
  messages: {
    'tech-neutrality': {
      en: () => `"A technology user, not a provider": the paper answers that it was a technology provider (I.(二))`,
      zh: () => `“是技术使用者而非提供者”：论文认为其应属技术提供者（一（二））`,
      why: {
        en: () => `Relative to its users and the sites uploading the videos, the paper argues, Qvod only supplied playing and caching technology that served lawful videos too — like the maker of a VCR under the "substantial non-infringing use" principle.`,
        zh: () => `论文认为，相对于用户和上传视频的网站，快播提供的只是同样服务于合法视频的播放与缓存技术——如同“实质性非侵权用途”原则下的录像机制售者。`,
      },
    },
  },
  charge: (v) => onChargeValue(v.charge, 'tech-neutrality', 'reason', 'tech-user'),
});
