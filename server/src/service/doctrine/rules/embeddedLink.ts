import { defineRule, relatedProvider, tokenSpan, valueToken } from '../rule';

export default defineRule({
  id: 'embedded-link',
  messages: {
    'embedded-link': {
      en: (a) => `${a.id} embeds (frames) linked content: it answers for that content's lawfulness (II.(二).4)`,
      zh: (a) => `${a.id} 以嵌入（加框）方式链接：应对所链内容的合法性负责（二（二）4）`,
      why: {
        en: () => `Users cannot see that embedded content comes from a third party, so the paper, following the German Federal Court of Justice, treats embedding as providing the content ([30](P128)).`,
        zh: () => `用户看不出嵌入的内容来自第三方，论文参照德国联邦最高法院的观点，视之为内容提供行为（[30](P128)）。`,
      },
    },
  },
  provider(p, t) {
    const tok = valueToken(p.facts, 'link-type', 'embedded');
    return tok && t.embeddedLink
      ? [{ code: 'embedded-link', ...tokenSpan(tok), message: { id: 'embedded-link', args: { id: p.id } }, related: [relatedProvider(p)], data: { provider: p.id } }]
      : [];
  },
});
