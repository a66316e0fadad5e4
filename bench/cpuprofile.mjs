// Self time per function and per source file of a V8 .cpuprofile, with frames of the
// server bundle mapped through server/out/server.js.map to the TypeScript sources.
// Shared by profile.mjs (a session with edits) and cold-profile.mjs (cold start only).
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';

/** The bundle's source map, or undefined when it is missing. */
export function bundleMap(root) {
  const bundle = join(root, 'server', 'out', 'server.js');
  try {
    return { bundle, map: new SourceMap(JSON.parse(readFileSync(bundle + '.map', 'utf8'))) };
  } catch {
    return { bundle, map: undefined };
  }
}

/** Self time (ms) per node id: each sample's interval goes to the node sampled. */
export function selfTimeByNode(profile) {
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return dt;
}

/** Where a frame is, mapped to the sources when it is in the bundle: {name, where, fileKey}. */
export function frameOf(node, root, { bundle, map }) {
  const cf = node.callFrame;
  let where = cf.url ? cf.url.replace(/^file:\/\//, '') : `(${cf.functionName || 'native'})`;
  let name = cf.functionName || '(anonymous)';
  let fileKey = !cf.url ? where : where.includes('node:') ? 'node internals' : where.startsWith(root) ? relative(root, where) : where;
  if (map && where === bundle) {
    const e = map.findEntry(cf.lineNumber, cf.columnNumber);
    if (e && e.originalSource) {
      const src = e.originalSource.replace(/^.*?(server\/src\/|node_modules\/)/, '$1');
      where = `${src}:${e.originalLine + 1}`;
      fileKey = src.startsWith('node_modules/') ? src.split('/').slice(0, 2).join('/') : src;
      name = e.name ?? name;
    }
  } else if (cf.url && !where.includes(':')) {
    where = `${where}:${cf.lineNumber + 1}`;
  }
  return { name, where, fileKey };
}

/** Self time by function and by file, and the total sampled. */
export function selfTimes(profile, root) {
  const mapped = bundleMap(root);
  const dt = selfTimeByNode(profile);
  const byFn = new Map();
  const byFile = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const self = dt.get(node.id) ?? 0;
    if (self === 0) {
      continue;
    }
    total += self;
    const { name, where, fileKey } = frameOf(node, root, mapped);
    const key = `${name}  ${where}`;
    byFn.set(key, (byFn.get(key) ?? 0) + self);
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + self);
  }
  return { byFn, byFile, total, dt, mapped };
}

export const top = (m, n) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
