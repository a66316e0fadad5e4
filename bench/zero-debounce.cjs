// Preloaded (`node -r`) into the peer, vscode-json-languageserver 1.3.4, which debounces
// validation by a hard-coded 300 ms (`validationDelayMs` in out/jsonServer.js) and has no
// setting for it. Our server's debounce is set to 0 through the configuration answer, so
// to compare work with work the peer's 300 ms timer is turned into an immediate (Node
// would stretch setTimeout(0) to 1 ms). No other timer is touched.
'use strict';
const DEBOUNCE_MS = 300;
const realSetTimeout = global.setTimeout;
const realClearTimeout = global.clearTimeout;
const immediates = new WeakSet();
global.setTimeout = function (fn, ms, ...args) {
  if (ms === DEBOUNCE_MS && typeof fn === 'function') {
    const handle = setImmediate(fn, ...args);
    immediates.add(handle);
    return handle;
  }
  return realSetTimeout(fn, ms, ...args);
};
global.clearTimeout = function (handle) {
  if (handle && typeof handle === 'object' && immediates.has(handle)) {
    clearImmediate(handle);
    return;
  }
  realClearTimeout(handle);
};
