// Preload for a server under bench/gc.mjs: appends each garbage collection (kind and pause
// in ms) to the file named by CASEFACTS_GC_LOG. It writes nothing to stdout, the protocol.
const { PerformanceObserver, constants } = require('perf_hooks');
const fs = require('fs');

const file = process.env.CASEFACTS_GC_LOG;
const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};
if (file) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      fs.appendFileSync(file, `${KINDS[e.detail?.kind] ?? e.detail?.kind} ${e.duration.toFixed(2)}\n`);
    }
  }).observe({ entryTypes: ['gc'] });
}
