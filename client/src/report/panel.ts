/**
 * "CaseFacts: Show Liability Report": one webview beside the editor that
 * follows the active brief and its edits. The page is set once; each update
 * is a message with the server's element tree, which the page patches in.
 * Messages from the page are checked before anything acts on them.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REPORT_REQUEST, ReportPage, ReportParams, ReportResponse } from '../../../server/src/service/report/protocol';
import { openRuleDoc } from '../ruleDocs';
import { isBriefDocument } from './brief';
import { refreshDelay } from './timing';
import { DOCS_BASE_URL } from '../../../server/src/service/rules/meta';
import { isRuleDocUrl, parsePageMessage } from './pageMessages';
import { webviewHtml } from './webviewHtml';
import { word } from './words';

export const VIEW_TYPE = 'caseFacts.report';

/** Whether a document is one the report can speak of: a .case file or a Markdown brief with case blocks. */
export function isBrief(doc: vscode.TextDocument): boolean {
  return isBriefDocument(doc.languageId, doc.uri.scheme, () => doc.getText());
}

/** Asks the server for a document's report; undefined (with a message shown) when it cannot. */
export async function requestReport(client: LanguageClient | undefined, doc: vscode.TextDocument, quiet?: boolean): Promise<ReportResponse | undefined>;
/** Only the page the panel shows (the Markdown and HTML forms are made when copied or saved). */
export async function requestReport(client: LanguageClient | undefined, doc: vscode.TextDocument, quiet: boolean, pageOnly: true): Promise<ReportPage | undefined>;
export async function requestReport(client: LanguageClient | undefined, doc: vscode.TextDocument, quiet = false, pageOnly = false): Promise<ReportResponse | ReportPage | undefined> {
  if (!client || !client.isRunning()) {
    if (!quiet) {
      void vscode.window.showWarningMessage(word('noServer', doc.uri));
    }
    return undefined;
  }
  try {
    const params: ReportParams = { uri: client.code2ProtocolConverter.asUri(doc.uri), ...(pageOnly ? { pageOnly } : {}) };
    const r = await client.sendRequest<ReportResponse | ReportPage | null>(REPORT_REQUEST, params);
    if (!r && !quiet) {
      void vscode.window.showWarningMessage(word('noServer', doc.uri));
    }
    return r ?? undefined;
  } catch (e) {
    if (!quiet) {
      void vscode.window.showErrorMessage(word('failed', doc.uri, e instanceof Error ? e.message : String(e)));
    }
    return undefined;
  }
}

/** Scripts for the page's own code only (its CSP has a nonce); no command links, forms or local files. */
const PANEL_OPTIONS: vscode.WebviewOptions & vscode.WebviewPanelOptions = {
  enableScripts: true,
  enableCommandUris: false,
  enableForms: false,
  localResourceRoots: [],
};

/** The brief's uri a restored page kept in its state (a file or untitled brief), if it is one. */
export function restoredUri(state: unknown): vscode.Uri | undefined {
  const uri = state && typeof state === 'object' ? (state as Record<string, unknown>).uri : undefined;
  if (typeof uri !== 'string' || uri.length > 4096) {
    return undefined;
  }
  try {
    const parsed = vscode.Uri.parse(uri, true);
    return parsed.scheme === 'file' || parsed.scheme === 'untitled' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export class ReportPanel implements vscode.Disposable {
  private static current: ReportPanel | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private latest: ReportPage | undefined;
  private sequence = 0;
  private timer: NodeJS.Timeout | undefined;
  /** How long the last refresh took (ms), which sets the pause before the next one. */
  private lastAnswerMs: number | undefined;

  /** Opens the report of `doc` beside it, or points the open report at it. */
  /** Shows the report of `doc`, scrolled to `provider`'s section when one is named (the conclusion lens). */
  static show(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, doc: vscode.TextDocument, provider?: string): ReportPanel {
    const existing = ReportPanel.current;
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      existing.focus = provider;
      existing.follow(doc);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, PANEL_OPTIONS);
    ReportPanel.current = new ReportPanel(context, client, panel, doc, provider);
    return ReportPanel.current;
  }

  /**
   * Takes over a report panel VS Code restored after a reload. The page kept the
   * brief's uri in its state; a panel whose brief cannot be opened again, or a
   * second one when a report is already open, is closed.
   */
  static async restore(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const uri = restoredUri(state);
    let doc: vscode.TextDocument | undefined;
    try {
      doc = uri && !ReportPanel.current ? await vscode.workspace.openTextDocument(uri) : undefined;
    } catch {
      doc = undefined;
    }
    if (!doc || ReportPanel.current) {
      panel.dispose();
      return;
    }
    panel.webview.options = PANEL_OPTIONS;
    ReportPanel.current = new ReportPanel(context, client, panel, doc);
  }

  /** Closes the open report, if any (on deactivation). */
  static close(): void {
    ReportPanel.current?.dispose();
  }

  /** The document the open report speaks of, if a report is open. */
  static document(): vscode.TextDocument | undefined {
    return ReportPanel.current?.doc;
  }

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
    private readonly panel: vscode.WebviewPanel,
    private doc: vscode.TextDocument,
    /** The provider whose section the next update scrolls to, once. */
    private focus?: string,
  ) {
    panel.title = `CaseFacts: ${doc.uri.path.split('/').pop() ?? ''}`;
    panel.webview.html = webviewHtml({
      cspSource: panel.webview.cspSource,
      nonce: randomBytes(18).toString('base64'),
      lang: vscode.env.language,
      title: panel.title,
    });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      panel.onDidChangeViewState(() => {
        if (panel.visible) {
          this.post();
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.doc.uri.toString()) {
          this.schedule();
        }
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document.uri.toString() !== this.doc.uri.toString() && isBrief(editor.document)) {
          this.follow(editor.document);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('caseFacts')) {
          this.schedule();
        }
      }),
      vscode.workspace.onDidCloseTextDocument((closed) => {
        if (closed.uri.toString() === this.doc.uri.toString()) {
          this.panel.dispose();
        }
      }),
    );
    void this.refresh(false);
  }

  private follow(doc: vscode.TextDocument): void {
    if (doc.uri.toString() !== this.doc.uri.toString()) {
      this.doc = doc;
      this.latest = undefined;
    }
    void this.refresh(false);
  }

  /** Coalesces a burst of keystrokes into one request, the longer apart the slower the last answer. */
  private schedule(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh(true);
    }, refreshDelay(this.lastAnswerMs));
  }

  private async refresh(quiet: boolean): Promise<void> {
    const seq = ++this.sequence;
    const doc = this.doc;
    const asked = Date.now();
    const r = await requestReport(this.client(), doc, quiet, true);
    this.lastAnswerMs = Date.now() - asked;
    // A later request, or a switch to another document, supersedes this answer.
    if (!r || seq !== this.sequence || doc !== this.doc) {
      return;
    }
    this.latest = r;
    this.panel.title = r.labels.title;
    this.post();
  }

  private post(): void {
    if (this.ready && this.latest) {
      const focus = this.focus;
      this.focus = undefined;
      void this.panel.webview.postMessage({ type: 'update', view: this.latest.view, lang: this.latest.lang, title: this.latest.labels.title, uri: this.doc.uri.toString(), focus });
    }
  }

  private onMessage(raw: unknown): void {
    const m = parsePageMessage(raw);
    if (!m) {
      return;
    }
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.post();
        break;
      case 'reveal':
        void this.reveal(m.line, m.column);
        break;
      case 'command':
        void vscode.commands.executeCommand(m.command === 'copyMarkdown' ? 'caseFacts.copyReportMarkdown' : 'caseFacts.saveReportHtml', this.doc.uri);
        break;
      case 'openDoc':
        void this.openDoc(m.url);
        break;
    }
  }

  /** Shows the line in the editor the brief is open in, with the line (from the column) selected. */
  private async reveal(line: number, column: number | undefined): Promise<void> {
    if (line > this.doc.lineCount) {
      return;
    }
    const text = this.doc.lineAt(line - 1);
    const start = column !== undefined ? Math.min(column - 1, text.range.end.character) : text.firstNonWhitespaceCharacterIndex;
    const selection = new vscode.Selection(line - 1, start, line - 1, text.range.end.character);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.doc.uri.toString());
    const editor = await vscode.window.showTextDocument(this.doc, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
      selection,
    });
    editor.selection = selection;
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** A rule's page (ruleDocs.ts): the copy shipped with the extension when there is one, else the public docs. */
  private async openDoc(url: string): Promise<void> {
    if (isRuleDocUrl(url)) {
      await openRuleDoc(this.context, url.slice(DOCS_BASE_URL.length, -'.md'.length));
    }
  }

  dispose(): void {
    if (ReportPanel.current === this) {
      ReportPanel.current = undefined;
    }
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) {
      d.dispose();
    }
  }
}
