// Bundles the client, the server and the CLI with esbuild. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';

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

/**
 * The hover texts (server/src/service/knowledge/: the paper's arguments for every word, in
 * English and Chinese, ~130 kB of plain data and over a quarter of the server) ship deflated:
 * each module is evaluated here and becomes its exports as JSON, deflated and in base64, which
 * the server inflates with node's zlib on the first hover (hover.ts loads them lazily). The
 * server bundle is ~55 kB smaller (it has to stay under 500 kB), and what a start reads and
 * compiles is a string instead of an object literal it would otherwise parse.
 */
const packedKnowledge = {
  name: 'packed-knowledge',
  setup(build) {
    build.onLoad({ filter: /[\\/]service[\\/]knowledge[\\/][a-z]+\.ts$/ }, async (args) => {
      const built = await esbuild.build({ entryPoints: [args.path], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' });
      const module = { exports: {} };
      new Function('module', 'exports', built.outputFiles[0].text)(module, module.exports);
      const packed = deflateRawSync(Buffer.from(JSON.stringify(module.exports)), { level: 9 }).toString('base64');
      return {
        contents: `module.exports = JSON.parse(require('zlib').inflateRawSync(Buffer.from(${JSON.stringify(packed)}, 'base64')).toString('utf8'));`,
        loader: 'js',
        watchFiles: [args.path],
      };
    });
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
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js', plugins: [oneTypesCopy, commonLspParts, packedKnowledge] },
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
