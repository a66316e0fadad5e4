#!/usr/bin/env node
// Lists the entries of a .vsix (a zip) with their sizes, reading the zip's central
// directory directly (no dependencies).
//   node scripts/list-vsix.mjs [casefacts.vsix] [--check]
// --check also fails (exit 1) unless the entries the extension needs are there and
// nothing that should stay out (sources, maps, tests, node_modules, caches) slipped in.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function listZip(file) {
  const buf = fs.readFileSync(file);
  // End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file}: not a zip file (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${n}`);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.push({ name, size, compressed });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

// (vsce stores LICENSE as LICENSE.txt and README.md as readme.md)
export const REQUIRED = [
  /^extension\/package\.json$/,
  /^extension\/client\/out\/extension\.js$/,
  /^extension\/server\/out\/server\.js$/,
  /^extension\/server\/out\/cli\.js$/,
  /^extension\/server\/out\/validateWorker\.js$/,
  /^extension\/server\/out\/codeCache\.js$/,
  /^extension\/bin\/casefacts-language-server$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/LICENSE(\.txt|\.md)?$/i,
  /^extension\/readme\.md$/i,
];
export const FORBIDDEN = [
  /\.map$/, /\.ts$/, /(^|\/)node_modules\//, /(^|\/)src\//, /^extension\/test\//,
  /^extension\/\.cache\//, /^extension\/test-output\//, /^extension\/bench\//, /^extension\/scripts\//,
  /^extension\/examples\//, /\.vsix$/, /(^|\/)\.git\//, /^extension\/tsconfig/, /^extension\/eslint/,
];

export function checkEntries(entries) {
  const problems = [];
  for (const r of REQUIRED) {
    if (!entries.some((e) => r.test(e.name))) problems.push(`missing an entry matching ${r}`);
  }
  for (const e of entries) {
    // extension/package.nls*.json etc. are fine; only paths under extension/ matter
    if (FORBIDDEN.some((re) => re.test(e.name))) problems.push(`should not be packaged: ${e.name}`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('list-vsix.mjs')) {
  const args = process.argv.slice(2);
  const file = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'casefacts.vsix');
  const entries = listZip(file);
  let total = 0;
  for (const e of entries) {
    total += e.size;
    console.log(`${String(e.size).padStart(10)}  ${e.name}`);
  }
  console.log(`${String(total).padStart(10)}  ${entries.length} entries, ${fs.statSync(file).size} bytes on disk: ${path.basename(file)}`);
  if (args.includes('--check')) {
    const problems = checkEntries(entries);
    if (problems.length) {
      for (const p of problems) console.error(`error: ${p}`);
      process.exit(1);
    }
    console.log('vsix contents: ok');
  }
}
