import { defineRule, relatedProvider, tokenSpan, valueToken } from '../rule';

export default defineRule({
  id: 'not-an-isp',
  messages: {
    'not-an-isp': {
      en: (a) => `${a.id} is a content provider, not an ISP: it answers for its content like any author (II.(一))`,
      zh: (a) => `${a.id} 是内容提供者而非网络服务商：与作者一样对内容负责（二（一））`,
      why: {
        en: () => `The paper holds that whoever publishes its own content — or reviews or edits others' content before putting it online — answers for it like any author, without the shelter of the ISP rules ([27](P108)).`,
        zh: () => `论文认为，自行发布内容或对他人内容审核、加工后上传者，与作者一样对内容负责，不受网络服务商规则的庇护（[27](P108)）。`,
      },
    },
  },
  provider(p) {
    const tok = valueToken(p.facts, 'role', 'content');
    return tok ? [{ code: 'not-an-isp', ...tokenSpan(tok), message: { id: 'not-an-isp', args: { id: p.id } }, related: [relatedProvider(p)], data: { provider: p.id } }] : [];
  },
});
