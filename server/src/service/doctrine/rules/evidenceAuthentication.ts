import { defineRule, tokenSpan, valueToken } from '../rule';

export default defineRule({
  id: 'evidence-authentication',
  messages: {
    'evidence-authentication': {
      en: () => `Defective authentication: later expert opinions cannot cure the gaps in the electronic evidence (I.(三))`,
      zh: () => `鉴真存在瑕疵：事后的鉴定意见不能弥补电子证据的鉴真缺陷（一（三））`,
      why: {
        en: () => `The paper notes the gaps in how the servers and files were seized and kept, and argues that later expert opinions cannot cure them ([18](P89, P100)).`,
        zh: () => `论文指出服务器与视频文件的提取、保管环节存在鉴真问题，事后以新的鉴定意见补强并不能有效鉴真（[18](P89, P100)）。`,
      },
    },
  },
  evidence(ev) {
    const tok = valueToken(ev.facts, 'authentication', 'defective');
    return tok ? [{ code: 'evidence-authentication', ...tokenSpan(tok), message: { id: 'evidence-authentication' } }] : [];
  },
});
