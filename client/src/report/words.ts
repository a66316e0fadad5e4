/**
 * The few words the client says before the server can: everything else in
 * the report comes from the server's bilingual catalog, in the user's locale.
 */
import * as vscode from 'vscode';

const WORDS = {
  noServer: {
    en: 'CaseFacts: the language server is not running yet; try again in a moment.',
    zh: 'CaseFacts：语言服务器尚未运行，请稍后重试。',
  },
  noDocument: {
    en: 'CaseFacts: open a .case file or a Markdown brief with ```case blocks to see its liability report.',
    zh: 'CaseFacts：请打开 .case 文件或含 ```case 代码块的 Markdown 文书以查看责任分析报告。',
  },
  pickRule: {
    en: 'The rule whose page to open (its id, or the paper\'s section)',
    zh: '选择要打开其说明页的规则（规则编号或论文章节）',
  },
  failed: {
    en: 'CaseFacts: the report could not be made: {0}',
    zh: 'CaseFacts：无法生成报告：{0}',
  },
} as const;

/** The user's language: caseFacts.locale when set, else VS Code's display language. */
function isChinese(scope?: vscode.Uri): boolean {
  const set = vscode.workspace.getConfiguration('caseFacts', scope).get<string>('locale', 'auto');
  const tag = set && set !== 'auto' ? set : vscode.env.language;
  return /^zh\b/i.test(tag) && !/^zh[-_](tw|hk|mo|hant)/i.test(tag);
}

export function word(id: keyof typeof WORDS, scope?: vscode.Uri, arg = ''): string {
  // a function, so that `$&` or `$'` in the argument (an error message) stays as it is
  return WORDS[id][isChinese(scope) ? 'zh' : 'en'].replace('{0}', () => arg);
}
