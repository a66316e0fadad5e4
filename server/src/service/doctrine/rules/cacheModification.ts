import { defineRule, relatedProvider, tokenSpan, valueToken } from '../rule';

export default defineRule({
  id: 'cache-modification',
  messages: {
    'cache-modification': {
      en: (a) => `${a.id} modifies the content it caches: the caching exemption is lost (II.(二).2)`,
      zh: (a) => `${a.id} 修改了缓存的内容：丧失缓存免责（二（二）2）`,
      why: {
        en: () => `The caching exemption requires unmodified content (EU E-Commerce Directive art. 13), so the paper would let a provider that modifies what it caches lose it ([9](P202-203)).`,
        zh: () => `缓存免责以未修改信息为条件（欧盟《电子商务指令》第13条），因此修改缓存内容的服务商丧失免责（[9](P202-203)）。`,
      },
    },
  },
  provider(p, t) {
    const tok = valueToken(p.facts, 'modifies-content', 'yes');
    return tok && t.ispRoles.includes('caching')
      ? [{ code: 'cache-modification', ...tokenSpan(tok), message: { id: 'cache-modification', args: { id: p.id } }, related: [relatedProvider(p)], data: { provider: p.id } }]
      : [];
  },
});
