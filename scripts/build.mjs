// Bundles the client, the server and the CLI with esbuild. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';

/**
 * One copy of vscode-languageserver-types in a bundle. The LSP libraries `require` it
 * (its UMD build); our `import`s would resolve, through its package exports, to its ESM
 * build, and the bundle would carry both (~20 kB more in server.js). Only for the
 * server: the CLI and the worker do not load the LSP libraries, and the ESM build alone
 * is the smaller there.
 */
const oneTypesCopy = {
  name: 'one-types-copy',
  setup(build) {
    const umd = createRequire(import.meta.url).resolve('vscode-languageserver-types');
    build.onResolve({ filter: /^vscode-languageserver-types$/ }, () => ({ path: umd }));
  },
};

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: !watch,
  logLevel: 'warning',
  legalComments: 'none',
  // Keep Chinese text as UTF-8 rather than \uXXXX escapes: a third smaller bundle.
  charset: 'utf8',
};
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js', plugins: [oneTypesCopy] },
  // bin/casefacts-language-server runs server.js through this, with a V8 code cache.
  { ...common, entryPoints: ['server/src/node/codeCache.ts'], outfile: 'server/out/codeCache.js' },
  { ...common, entryPoints: ['server/src/validateWorker.ts'], outfile: 'server/out/validateWorker.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js' },
];

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching client, server and CLI');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
