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
        en: () => `The paper classifies providers by what they do — access, transmission, caching, storage, search, link — not by labels such as platform or software; Qvod's player, for one, was caching + positioning ([10](P13)).`,
        zh: () => `论文按实际功能划分服务商——接入、传输、缓存、存储、搜索、链接，而不用“平台”“软件”之类的标签；例如快播播放器即缓存+定位（[10](P13)）。`,
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
