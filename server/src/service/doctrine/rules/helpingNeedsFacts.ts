import { w } from '../../i18n/words';
import { chargeSpan, defineRule, outOfForce, relatedFact, relatedProvider } from '../rule';

export default defineRule({
  id: 'helping-needs-facts',
  messages: {
    'helping-needs-facts': {
      en: (a) => `${a.id} knew, but the brief does not say whether its help was neutral: state ${a.gaps} (III.(一)${a.hosting ? ', III.(一).2' : ''})`,
      zh: (a) => `${a.id} 明知他人犯罪，但文书未写明其帮助是否中立：请写明${a.gaps}（三（一）${a.hosting ? '、三（一）2' : ''}）`,
      why: {
        en: (a) => `The paper makes these facts decisive for the help offense and for complicity: help that breaks the industry rules, is provided specially for the crime or takes a deep part in it loses its neutral, business character; help that does none of these stays neutral.${a.hosting ? ' For hosting, only hosting provided specially for the crime can be the help offense (case 2).' : ''}`,
        zh: (a) => `论文以这些事实决定帮助信息网络犯罪活动罪与共犯的成立：违反行业规定、专门为他人犯罪提供或深度参与的帮助，丧失了中立的业务性质；三者皆无的帮助仍属中立帮助。${a.hosting ? '就服务器托管而言，论文认为唯有专为他人犯罪而提供的托管，才有构成帮助信息网络犯罪活动罪的余地（案2）。' : ''}`,
      },
    },
  },
  charge({ charge: c, named }) {
    if (!named || !(c.offense === 'art287-2' || c.mode === 'accomplice') || outOfForce(c, named)) {
      return [];
    }
    const { provider: p, traits: t } = named;
    if (!t.knowsSpecific || t.neutral || t.nonNeutral) {
      return [];
    }
    return [{
      code: 'helping-needs-facts',
      ...chargeSpan(c),
      message: { id: 'helping-needs-facts', args: { id: p.id, gaps: w.keys(t.neutralityGaps), hosting: t.roles.includes('storage') ? 'yes' : '' } },
      related: [relatedProvider(p), ...relatedFact(p.facts, 'knowledge')],
      data: { provider: p.id, missingFacts: t.neutralityGaps },
    }];
  },
});
