/**
 * The liability report in the editor: the webview and the two exports, all
 * from the server's `caseFacts/report` answer — the same Markdown and HTML as
 * `casefacts analyze --format markdown|html`.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { isBrief, ReportPanel, requestReport, VIEW_TYPE } from './panel';
import { word } from './words';

/**
 * The brief a command is about: its argument (a uri, or its text as the server's code lens
 * sends it), the active editor's, or the open report's.
 */
async function targetDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) {
    return vscode.workspace.openTextDocument(arg);
  }
  if (typeof arg === 'string') {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg);
    if (open) {
      return open;
    }
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active && isBrief(active)) {
    return active;
  }
  const shown = ReportPanel.document();
  if (shown && !shown.isClosed) {
    return shown;
  }
  void vscode.window.showInformationMessage(word('noDocument', active?.uri));
  return undefined;
}

/** Where "Save Report as HTML" proposes to write: beside the brief, `<name>.report.html`. */
export function defaultHtmlUri(doc: vscode.Uri): vscode.Uri | undefined {
  if (doc.scheme !== 'file') {
    return undefined;
  }
  const base = doc.path.replace(/\.(case|md|markdown)$/i, '');
  return doc.with({ path: `${base}.report.html` });
}

/** Restores the report after a window reload, on the brief it showed. */
export function reportSerializer(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): vscode.WebviewPanelSerializer {
  return {
    deserializeWebviewPanel: (panel, state) => ReportPanel.restore(context, client, panel, state),
  };
}

export function registerReport(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): vscode.WebviewPanelSerializer {
  const serializer = reportSerializer(context, client);
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, serializer),
    // from the palette, the editor's title bar (a uri), or a conclusion lens (the brief's uri and the provider)
    vscode.commands.registerCommand('caseFacts.showReport', async (arg?: unknown, provider?: unknown) => {
      const doc = await targetDocument(arg);
      if (doc) {
        ReportPanel.show(context, client, doc, typeof provider === 'string' ? provider : undefined);
      }
    }),
    vscode.commands.registerCommand('caseFacts.copyReportMarkdown', async (arg?: unknown) => {
      const doc = await targetDocument(arg);
      const r = doc && (await requestReport(client(), doc));
      if (r) {
        await vscode.env.clipboard.writeText(r.markdown);
        void vscode.window.showInformationMessage(r.labels.copied);
      }
    }),
    vscode.commands.registerCommand('caseFacts.saveReportHtml', async (arg?: unknown) => {
      const doc = await targetDocument(arg);
      const r = doc && (await requestReport(client(), doc));
      if (!doc || !r) {
        return;
      }
      const target = await vscode.window.showSaveDialog({
        defaultUri: defaultHtmlUri(doc.uri),
        filters: { [r.labels.htmlFilter]: ['html', 'htm'] },
        saveLabel: r.labels.htmlFilter,
      });
      if (!target) {
        return;
      }
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(r.html));
      void vscode.window.showInformationMessage(r.labels.saved.replace('{0}', () => (target.scheme === 'file' ? target.fsPath : target.toString())));
    }),
    { dispose: () => ReportPanel.close() },
  );
  return serializer;
}
