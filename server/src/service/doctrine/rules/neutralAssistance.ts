import { chargeSpan, defineRule, relatedFact, relatedProvider } from '../rule';

export default defineRule({
  id: 'neutral-assistance',
  messages: {
    'neutral-assistance': {
      en: (a) => `${a.id}'s help is neutral — industry rules kept, no one served in particular, no deep participation. The paper argues such business help lacks the psychological causal link that makes help punishable: carriers, search advertising, Alipay and banks that keep the rules stay neutral even when they know (III.(一).3–5).`,
      zh: (a) => `${a.id} 的帮助属中立帮助——遵守行业规定、不针对特定对象、未深度参与。论文认为此类业务性帮助与他人犯罪之间缺乏使帮助可罚的心理因果性：遵守行业规定的电信运营商、搜索推广、支付宝与银行，即便明知也属中立（三（一）.3–5）。`,
    },
  },
  check(ctx) {
    return ctx.model.charges.flatMap((c) => {
      const p = ctx.providerOf(c);
      if (!p || c.offense !== 'art287-2' || !ctx.traits(p).neutral) {
        return [];
      }
      return [{
        code: 'neutral-assistance',
        ...chargeSpan(c),
        message: { id: 'neutral-assistance', args: { id: p.id } },
        related: [relatedProvider(p), ...relatedFact(p.facts, 'industry-rules'), ...relatedFact(p.facts, 'targeted'), ...relatedFact(p.facts, 'participation')],
        data: { provider: p.id },
      }];
    });
  },
});
