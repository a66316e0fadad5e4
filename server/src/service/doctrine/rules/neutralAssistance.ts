import { chargeSpan, defineRule, outOfForce, relatedFact, relatedProvider } from '../rule';

export default defineRule({
  id: 'neutral-assistance',
  messages: {
    'neutral-assistance': {
      en: (a) => `${a.id}'s help is neutral: the paper finds it lacks a psychological causal link (III.(一).3–5 and closing paragraph)`,
      zh: (a) => `${a.id} 的帮助属中立帮助：论文认为其缺乏使帮助可罚的心理因果性（三（一）3–5及末段）`,
      why: {
        en: () => `It keeps the industry rules, serves no one in particular and takes no deep part. The paper argues that such business help lacks the psychological causal link that makes help punishable: carriers, search advertising, Alipay and banks that keep the rules stay neutral even when they know.`,
        zh: () => `其遵守行业规定、不针对特定对象、未深度参与。论文认为此类业务性帮助与他人犯罪之间缺乏使帮助可罚的心理因果性：遵守行业规定的电信运营商、搜索推广、支付宝与银行，即便明知也属中立。`,
      },
    },
  },
  charge({ charge: c, named }) {
    // not for a content provider: it answers for its content like any author (not-an-isp)
    if (!named || c.offense !== 'art287-2' || !named.traits.neutral || named.traits.isContent || outOfForce(c, named)) {
      return [];
    }
    const p = named.provider;
    return [{
      code: 'neutral-assistance',
      ...chargeSpan(c),
      message: { id: 'neutral-assistance', args: { id: p.id } },
      related: [relatedProvider(p), ...relatedFact(p.facts, 'industry-rules'), ...relatedFact(p.facts, 'targeted'), ...relatedFact(p.facts, 'participation')],
      data: { provider: p.id },
    }];
  },
});
