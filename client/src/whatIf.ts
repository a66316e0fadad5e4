/** `caseFacts.showWhatIf`: the decisive facts behind a provider's conclusions, from its code lens. */
import * as vscode from 'vscode';

/** The argument the server's code lens passes (server/src/service/codeLens.ts ShowWhatIfArgs). */
interface ShowWhatIfArgs {
  readonly uri: string;
  readonly provider: string;
  readonly title: string;
  readonly lines: readonly string[];
}

export function registerWhatIf(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('caseFacts.showWhatIf', async (args?: ShowWhatIfArgs) => {
      if (!args || !Array.isArray(args.lines)) {
        return;
      }
      await vscode.window.showQuickPick(
        args.lines.map((label) => ({ label })),
        { title: `${args.provider}: ${args.title}`, placeHolder: args.title, canPickMany: false },
      );
    }),
  );
}
