import { w } from '../../i18n/words';
import type { Message } from '../../i18n/messages';
import { defineRule, relatedCharge, relatedProvider, tokenSpan, valueToken } from '../rule';

export default defineRule({
  id: 'verdict-divergence',
  messages: {
    'verdict-divergence': {
      en: (a) => `The court convicted ${a.id} of ${a.offense}, but under the paper's doctrine the stated facts do not support it: ${a.findings} The brief can argue for acquittal on this charge.`,
      zh: (a) => `法院认定 ${a.id} 构成${a.offense}，但依论文的理论，所述事实不足以支持该认定：${a.findings} 文书可就此指控主张无罪。`,
    },
  },
  check(ctx) {
    return ctx.model.charges.flatMap((c) => {
      const p = ctx.providerOf(c);
      const tok = valueToken(c.facts, 'court', 'convicted');
      if (!p || !tok || !c.offense) {
        return [];
      }
      const pc = ctx.analysis.byId(p.id);
      if (!pc || pc.criminal.level === 'not-assessed') {
        return [];
      }
      const assessed = pc.criminal.assessed.filter((o) => o.offense === c.offense);
      if (assessed.some((o) => o.level !== 'none')) {
        return [];
      }
      const reasons: Message[] = assessed.flatMap((o) => o.reasons.map((r) => r.message));
      const findings = reasons.length > 0 ? reasons : pc.criminal.reasons.map((r) => r.message);
      return [{
        code: 'verdict-divergence',
        ...tokenSpan(tok),
        message: { id: 'verdict-divergence', args: { id: p.id, offense: w.offense(c.offense), findings: uniq(findings) } },
        related: [relatedCharge(c), relatedProvider(p)],
        data: { provider: p.id },
      }];
    });
  },
});

function uniq(ms: Message[]): Message[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = JSON.stringify(m);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
