/**
 * Source actions: "Sort and align block" (kind `source.casefacts.sortBlock`)
 * on the block at the cursor. Offered only when it would change something,
 * and only when the client asks for source actions (or for every kind).
 */
import type { CodeAction } from 'vscode-languageserver';
import { CodeActionKind } from '../service/lspValues';
import { format } from '../service/i18n/messages';
import { sortBlockEdits } from '../service/sortBlock';
import type { Feature } from './feature';

export const SORT_BLOCK_KIND = `${CodeActionKind.Source}.casefacts.sortBlock`;

/** Whether the client's `only` filter admits a kind (a filter admits its sub-kinds). */
const admits = (only: readonly string[] | undefined, kind: string) =>
  !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));

export const sourceActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [SORT_BLOCK_KIND] } },
  register(ctx) {
    ctx.connection.onCodeAction(async ({ textDocument, range, context }) => {
      const hit = ctx.parsed(textDocument.uri);
      if (!hit || !admits(context.only, SORT_BLOCK_KIND)) {
        return [];
      }
      const edits = sortBlockEdits(hit.document, hit.parsed, hit.document.offsetAt(range.start));
      if (!edits) {
        return [];
      }
      const { locale } = await ctx.settings(textDocument.uri);
      const action: CodeAction = {
        title: format({ id: 'sortBlock.title' }, locale),
        kind: SORT_BLOCK_KIND,
        edit: { changes: { [textDocument.uri]: edits } },
      };
      return [action];
    });
  },
};
