import { FUNCTIONAL_ROLES } from '../../vocabulary';
import { defineRule, relatedProvider, tokenSpan } from '../rule';
import type { Finding } from '../../findings';

export default defineRule({
  id: 'imprecise-role',
  messages: {
    'imprecise-role': {
      en: (a) => `"${a.role}" is a label, not a function: classify the provider by what it does (II.(一))`,
      zh: (a) => `“${a.role}”只是标签而非功能：请按实际功能划分服务商（二（一））`,
      why: {
        en: () => `The paper classifies providers by what they do — access, transmission, caching, storage, search, link — not by labels: a platform may be a content, caching or storage provider ([10](P13)), and software should be classed by what it actually does; Qvod's player, for one, was caching + positioning.`,
        zh: () => `论文按实际功能划分服务商——接入、传输、缓存、存储、搜索、链接，而不用标签：所谓平台，可能是内容、缓存或存储服务商（[10](P13)）；软件应按其实际作用归类，例如快播播放器即缓存加定位。`,
      },
    },
  },
  provider(p) {
    const out: Finding[] = [];
    const f = p.facts.get('role');
    f?.values.forEach((v, i) => {
      if (v === 'platform' || v === 'software') {
        out.push({
          code: 'imprecise-role',
          ...tokenSpan(f.valueTokens[i]),
          message: { id: 'imprecise-role', args: { role: f.valueTokens[i].value } },
          related: [relatedProvider(p)],
          data: { suggestions: FUNCTIONAL_ROLES, provider: p.id },
        });
      }
    });
    return out;
  },
});
