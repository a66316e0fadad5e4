import { defineRule, relatedProvider, tokenSpan } from '../rule';

export default defineRule({
  id: 'ranking-intervention',
  messages: {
    'ranking-intervention': {
      en: (a) => `${a.id} intervenes in its results (paid or manual ranking): it loses a positioning provider's shelter (II.(二).4)`,
      zh: (a) => `${a.id} 对搜索、链接结果进行人为干预（付费或人工排序）：失去信息定位服务商的庇护（二（二）4）`,
      why: {
        en: () => `The paper argues that human intervention such as paid top placement ends a positioning provider's shelter: false advertising, the help offense, or complicity in fraud or counterfeit-drug sales come into view.`,
        zh: () => `论文认为，一旦以付费置顶等方式人为干预排序，信息定位服务商便不再受中立地位的保护：其本身可能作为虚假广告罪或帮助信息网络犯罪活动罪的正犯受到追究，也可能作为诈骗、销售假药等犯罪的共犯承担责任。`,
      },
    },
  },
  provider(p, t) {
    const f = p.facts.get('ranking');
    return f && t.rankingIntervention
      ? [{ code: 'ranking-intervention', ...tokenSpan(f.valueTokens[0]), message: { id: 'ranking-intervention', args: { id: p.id } }, related: [relatedProvider(p)], data: { provider: p.id } }]
      : [];
  },
});
