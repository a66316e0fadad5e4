import { factValue } from '../../model';
import { defineRule, relatedProvider, tokenSpan, valueToken } from '../rule';

export default defineRule({
  id: 'private-censorship',
  messages: {
    'private-censorship': {
      en: (a) => `${a.id} blocks or deletes users' content with no regulator's order: a harm to users' speech (abstract)`,
      zh: (a) => `${a.id} 在没有监管部门责令的情况下屏蔽、删除用户内容：有损用户的言论自由（摘要）`,
      why: {
        en: () => `The paper warns that providers deleting or blocking users' messages at will harm some users' freedom of expression.`,
        zh: () => `论文指出，服务商恣意屏蔽、删除用户信息，损害了部分网民的言论自由。`,
      },
    },
  },
  provider(p) {
    const tok = valueToken(p.facts, 'blocks-user-content', 'yes');
    return tok && factValue(p.facts, 'order') !== 'regulator'
      ? [{ code: 'private-censorship', ...tokenSpan(tok), message: { id: 'private-censorship', args: { id: p.id } }, related: [relatedProvider(p)], data: { provider: p.id } }]
      : [];
  },
});
