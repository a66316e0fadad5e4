// Preload for a server under bench/soak.mjs (node --expose-gc -r heap-probe.cjs): on SIGUSR2
// it runs a full garbage collection and writes process.memoryUsage() as JSON to the file
// named by CASEFACTS_SOAK_HEAP. It writes nothing to stdout, the protocol.
const fs = require('fs');

const file = process.env.CASEFACTS_SOAK_HEAP;
if (file) {
  process.on('SIGUSR2', () => {
    if (typeof global.gc === 'function') {
      global.gc();
      global.gc();
    }
    const tmp = `${file}.${process.pid}.part`;
    fs.writeFileSync(tmp, JSON.stringify(process.memoryUsage()));
    fs.renameSync(tmp, file);
  });
}
