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

/**
 * The LSP libraries' imports of each other by package name (`require("vscode-jsonrpc")`
 * in their common code) resolve to the packages' node entry points, which also make the
 * socket, pipe and IPC transports and load node's `crypto`, `child_process`, `os` and
 * `readline` for them: ~10 ms of every start. In the server bundle they resolve to the
 * common parts instead, as the packages' `browser` fields do for browsers; the node
 * runtime layer is installed by server/src/node/stdioConnection.ts, and the other
 * transports still load the node entry (`vscode-languageserver/node`) when asked for.
 */
const commonLspParts = {
  name: 'common-lsp-parts',
  setup(build) {
    const require = createRequire(import.meta.url);
    const common = {
      'vscode-jsonrpc': require.resolve('vscode-jsonrpc/lib/common/api'),
      'vscode-languageserver-protocol': require.resolve('vscode-languageserver-protocol/lib/common/api'),
      'vscode-languageserver': require.resolve('vscode-languageserver/lib/common/api'),
    };
    build.onResolve({ filter: /^vscode-(jsonrpc|languageserver-protocol|languageserver)\/?$/ }, (args) => ({ path: common[args.path.replace(/\/$/, '')] }));
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
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js', plugins: [oneTypesCopy, commonLspParts] },
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
