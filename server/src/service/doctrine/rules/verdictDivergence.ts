import { w } from '../../i18n/words';
import { sectionsZh, type Message } from '../../i18n/messages';
import { ruleMeta } from '../../rules/meta';
import { offenseNoneReason, R_CRIMINAL_NONE, Reason } from '../analysis';
import { offenseById } from '../../vocabulary';
import { defineRule, relatedCharge, relatedProvider, tokenSpan, valueToken } from '../rule';

export default defineRule({
  id: 'verdict-divergence',
  messages: {
    'verdict-divergence': {
      en: (a) => `The court convicted ${a.id} of ${a.offense}, but the paper's doctrine does not support it on the stated facts (${a.sections})`,
      zh: (a) => `法院认定 ${a.id} 构成${a.offense}，但依论文的理论，所述事实不足以支持该认定（${sectionsZh(String(a.sections))}）`,
      why: {
        en: (a) => `${a.findings ? `The findings behind this: ${a.findings} ` : ''}Where the paper's doctrine excludes the offense the court convicted on, the brief can argue for acquittal on that charge.`,
        zh: (a) => `${a.findings ? `理由：${a.findings}` : ''}论文的理论排除法院所认定之罪的，文书可就该指控主张无罪。`,
      },
    },
  },
  charge({ charge: c, named: pc }) {
    const tok = valueToken(c.facts, 'court', 'convicted');
    if (!pc || !tok || !c.offense || pc.criminal.level === 'not-assessed') {
      return [];
    }
    // an offense not yet in force at the conduct is not assessed, so not put at none (not-in-force says why)
    if (pc.criminal.beforeAmendmentIX && offenseById(c.offense)?.amendmentIX) {
      return [];
    }
    const assessed = pc.criminal.assessed.filter((o) => o.offense === c.offense);
    if (assessed.some((o) => o.level !== 'none')) {
      return [];
    }
    // the findings behind it: the offense's own, else that the doctrine drew nothing for it
    // (not the provider's other conclusions, such as which of its offenses governs)
    const own: Reason[] = assessed.flatMap((o) => o.reasons);
    const reasons = own.length > 0 ? own : pc.criminal.offenses.length === 0
      ? [R_CRIMINAL_NONE]
      : [offenseNoneReason(c.offense)];
    const findings = reasons.map((r) => r.message);
    // The headline cites the sections of the findings it rests on; the whole doctrine if none.
    const sections = [...new Set(reasons.map((r) => r.section).filter(Boolean))].join(', ') || ruleMeta('verdict-divergence')?.section || '';
    return [{
      code: 'verdict-divergence',
      ...tokenSpan(tok),
      message: { id: 'verdict-divergence', args: { id: pc.id, offense: w.offense(c.offense), sections, findings: uniq(findings) } },
      related: [relatedCharge(c), relatedProvider(pc.provider)],
      data: { provider: pc.id },
    }];
  },
});

function uniq(ms: Message[]): Message[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = JSON.stringify(m);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
