/** Every doctrine rule, in the order of doctrine.md's table. */
import type { DoctrineRule } from '../rule';
import notAnIsp from './notAnIsp';
import impreciseRole from './impreciseRole';
import noGeneralMonitoring from './noGeneralMonitoring';
import noticeTakedownNotCriminal from './noticeTakedownNotCriminal';
import cachingNotDissemination from './cachingNotDissemination';
import omissionDissemination from './omissionDissemination';
import techNeutrality from './techNeutrality';
import safeHarborScope from './safeHarborScope';
import neutralHelpPrincipalActs from './neutralHelpPrincipalActs';
import accompliceKnowledgeOnly from './accompliceKnowledgeOnly';
import inDubioProReo from './inDubioProReo';
import evidenceAuthentication from './evidenceAuthentication';
import accompliceAsPrincipal from './accompliceAsPrincipal';
import neutralAssistance from './neutralAssistance';
import helpingNeedsFacts from './helpingNeedsFacts';
import helpingConcurrence from './helpingConcurrence';
import deepParticipation from './deepParticipation';
import refusalNeedsOrder from './refusalNeedsOrder';
import refusalOrderByRegulator from './refusalOrderByRegulator';
import refusalCorrected from './refusalCorrected';
import refusalScope from './refusalScope';
import refusalCatchAll from './refusalCatchAll';
import rankingIntervention from './rankingIntervention';
import embeddedLink from './embeddedLink';
import cacheModification from './cacheModification';
import privateCensorship from './privateCensorship';
import verdictDivergence from './verdictDivergence';

export const DOCTRINE_RULES: readonly DoctrineRule[] = [
  notAnIsp, impreciseRole, noGeneralMonitoring, noticeTakedownNotCriminal, cachingNotDissemination,
  omissionDissemination, techNeutrality, safeHarborScope, neutralHelpPrincipalActs, accompliceKnowledgeOnly,
  inDubioProReo, evidenceAuthentication, accompliceAsPrincipal, neutralAssistance, helpingNeedsFacts,
  helpingConcurrence, deepParticipation, refusalNeedsOrder, refusalOrderByRegulator, refusalCorrected,
  refusalScope, refusalCatchAll, rankingIntervention, embeddedLink, cacheModification, privateCensorship,
  verdictDivergence,
];
