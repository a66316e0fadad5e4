import { defineRule, relatedCharge, tokenSpan, valueToken } from '../rule';
import { refusalCharged } from './refusal';

export default defineRule({
  id: 'refusal-catch-all',
  messages: {
    'refusal-catch-all': {
      en: () => `"Other serious circumstances" is a catch-all: read it like the listed consequences, with restraint (III.(二))`,
      zh: () => `“其他严重情节”是兜底条款：应与所列后果同类解释并谨慎适用（三（二））`,
      why: {
        en: () => `The paper reads the catch-all by the rule of the same kind (ejusdem generis): the harm must match that of the listed consequences — mass dissemination of illegal information, leaks of users' data, loss of criminal evidence — and it asks that the clause be used with restraint.`,
        zh: () => `论文主张依同类解释规则理解兜底条款：其法益侵害性应与所列后果——违法信息大量传播、用户信息泄露、刑事案件证据灭失——相当，并应谨慎适用。`,
      },
    },
  },
  charges(v) {
    const r = refusalCharged(v);
    const tok = r && valueToken(r.provider.facts, 'consequence', 'other-serious');
    return r && tok ? [{ code: 'refusal-catch-all', ...tokenSpan(tok), message: { id: 'refusal-catch-all' }, related: [relatedCharge(r.charge)], data: { provider: r.provider.id } }] : [];
  },
});
