import { defineRule, tokenSpan, valueToken } from '../rule';

export default defineRule({
  id: 'evidence-authentication',
  messages: {
    'evidence-authentication': {
      en: () => 'Defective authentication: the paper notes the gaps in how the servers and files were seized and kept, and argues that later expert opinions cannot cure them (I.(三); [18](P89, P100)).',
      zh: () => '鉴真存在瑕疵：论文指出服务器与视频文件的提取、保管环节存在鉴真问题，事后以新的鉴定意见补强并不能有效鉴真（一（三）；[18](P89, P100)）。',
    },
  },
  check(ctx) {
    return ctx.model.evidence.flatMap((ev) => {
      const tok = valueToken(ev.facts, 'authentication', 'defective');
      return tok ? [{ code: 'evidence-authentication', ...tokenSpan(tok), message: { id: 'evidence-authentication' } }] : [];
    });
  },
});
