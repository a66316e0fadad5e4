/**
 * A rule's page, opened inside VS Code: the copy shipped with the extension
 * (`docs/rules/<id>.md`, the installed version's, readable offline) in the Markdown
 * preview, and the public page only when that copy is missing. A diagnostic's code link
 * (the Problems view, the squiggle's hover) and the report's rule links both lead here;
 * the server keeps the public address in what it sends, for editors without this client.
 */
import * as vscode from 'vscode';
import { RULES, ruleDocUrl, ruleMeta } from '../../server/src/service/rules/meta';
import { word } from './report/words';

export const OPEN_RULE_DOC = 'caseFacts.openRuleDoc';

/** One command link per rule, made once: a publish rewrites hundreds of codes. */
const commandLinks = new Map<string, vscode.Uri>();

/** The code link of a rule's diagnostics in VS Code: our command, with the rule id as its one argument. */
export function ruleDocLink(id: string): vscode.Uri {
  let link = commandLinks.get(id);
  if (!link) {
    link = vscode.Uri.parse(`command:${OPEN_RULE_DOC}?${encodeURIComponent(JSON.stringify([id]))}`);
    commandLinks.set(id, link);
  }
  return link;
}

/**
 * Points the code links of our diagnostics at the shipped pages. The diagnostics are
 * the client's own fresh objects, changed in place; a code that is not one of our
 * rules with its public page is left as it came.
 */
export function linkRuleDocs(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
  for (const d of diagnostics) {
    const code = d.code;
    if (typeof code !== 'object' || typeof code.value !== 'string' || ruleMeta(code.value) === undefined) {
      continue;
    }
    if (code.target.toString(true) === ruleDocUrl(code.value)) {
      d.code = { value: code.value, target: ruleDocLink(code.value) };
    }
  }
  return diagnostics;
}

/**
 * Opens the page of rule `id`. Anything but the id of a rule there is does nothing: the
 * argument can come from a link, and only our own pages are opened. Without an argument
 * (the command palette), the user picks the rule.
 */
export async function openRuleDoc(context: vscode.ExtensionContext, id?: unknown): Promise<void> {
  const rule = typeof id === 'string' ? id : id === undefined ? await pickRule() : undefined;
  if (rule === undefined || ruleMeta(rule) === undefined) {
    return;
  }
  const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${rule}.md`);
  try {
    await vscode.workspace.fs.stat(local);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(ruleDocUrl(rule)));
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', local);
}

async function pickRule(): Promise<string | undefined> {
  const items = RULES.map((r) => ({ label: r.id, description: r.section ?? '' }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: word('pickRule'), matchOnDescription: true });
  return picked?.label;
}

export function registerRuleDocs(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(OPEN_RULE_DOC, (id?: unknown) => openRuleDoc(context, id)));
}
