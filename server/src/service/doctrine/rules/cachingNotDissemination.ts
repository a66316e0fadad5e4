import { DISSEMINATION_OFFENSES } from '../../vocabulary';
import { chargeSpan, defineRule, relatedProvider } from '../rule';
import { onChargeValue } from './onChargeValue';
import type { Finding } from '../../findings';

export default defineRule({
  id: 'caching-not-dissemination',
  messages: {
    'caching-not-dissemination': {
      en: () => `Caching is not dissemination: a cache is storage in technique, transmission in function (I.(一))`,
      zh: () => `缓存不是传播：缓存在技术上属于存储、在功能上属于传输（一（一））`,
      why: {
        en: () => `The paper explains that Qvod's cache sped up a file only after users clicked links on other sites: the cache served transmission, and there was no positive act of dissemination ([9](P202), [10](P24)).`,
        zh: () => `论文指出，快播的缓存服务器只在用户点击其他网站的链接后才提供加速：缓存服务于传输，不存在积极的传播行为（[9](P202)、[10](P24)）。`,
      },
    },
  },
  charge({ charge: c, named }) {
    const out: Finding[] = [];
    if (named && c.offense && DISSEMINATION_OFFENSES.includes(c.offense) && c.mode === 'act' && named.traits.ispRoles.includes('caching')) {
      out.push({ code: 'caching-not-dissemination', ...chargeSpan(c), message: { id: 'caching-not-dissemination' }, related: [relatedProvider(named.provider)], data: { provider: named.id } });
    }
    return [...out, ...onChargeValue(c, 'caching-not-dissemination', 'reason', 'cache-is-dissemination')];
  },
});
