/** CLI lines, in both languages. */
import { defineMessages } from '../service/i18n/messages';

export const cliMessages = defineMessages({
  'cli.summary': {
    en: (a) => `${a.errors} error(s), ${a.warnings} warning(s), ${a.infos} info in ${a.files} file(s)`,
    zh: (a) => `共 ${a.files} 个文件：${a.errors} 条错误，${a.warnings} 条警告，${a.infos} 条提示`,
  },
  'cli.clean': {
    en: (a) => `No problems in ${a.files} file(s)`,
    zh: (a) => `${a.files} 个文件均未发现问题`,
  },
  'cli.severity.error': { en: () => 'error', zh: () => '错误' },
  'cli.severity.warning': { en: () => 'warning', zh: () => '警告' },
  'cli.severity.information': { en: () => 'information', zh: () => '提示' },
  'cli.severity.hint': { en: () => 'hint', zh: () => '提示' },

  'cli.err.unknownCommand': { en: (a) => `unknown command "${a.command}" (expected check or analyze)`, zh: (a) => `未知的命令“${a.command}”（应为 check 或 analyze）` },
  'cli.err.noCommand': { en: () => 'no command given (check or analyze)', zh: () => '未指定命令（check 或 analyze）' },
  'cli.err.needsValue': { en: (a) => `${a.flag} needs a value`, zh: (a) => `${a.flag} 后须写明取值` },
  'cli.err.format': { en: (a) => `--format must be one of ${a.formats} for ${a.command}`, zh: (a) => `${a.command} 的 --format 只能是 ${String(a.formats).replace(/, /g, '、')} 之一` },
  'cli.err.locale': { en: () => '--locale must be en or zh-CN', zh: () => '--locale 只能是 en 或 zh-CN' },
  'cli.err.ruleCheckOnly': { en: () => '--rule applies to check only', zh: () => '--rule 仅适用于 check' },
  'cli.err.ruleSpec': { en: (a) => `--rule takes ID=off|info|warning|error, not "${a.spec}"`, zh: (a) => `--rule 的格式为 ID=off|info|warning|error，而不是“${a.spec}”` },
  'cli.err.unknownRule': { en: (a) => `--rule: unknown rule "${a.rule}"`, zh: (a) => `--rule：没有名为“${a.rule}”的规则` },
  'cli.err.maxWarningsCheckOnly': { en: () => '--max-warnings applies to check only', zh: () => '--max-warnings 仅适用于 check' },
  'cli.err.maxWarningsNumber': { en: () => '--max-warnings takes a whole number', zh: () => '--max-warnings 须为非负整数' },
  'cli.err.unknownOption': { en: (a) => `unknown option "${a.option}" (a FILE that starts with - goes after --)`, zh: (a) => `未知的选项“${a.option}”（以 - 开头的 FILE 须写在 -- 之后）` },
  'cli.err.noFile': { en: () => 'no FILE given', zh: () => '未指定 FILE' },
  'cli.err.binary': { en: (a) => `${a.file}: a binary file, not a brief`, zh: (a) => `${a.file}：这是二进制文件，不是文书` },
  'cli.err.utf16': { en: (a) => `${a.file}: UTF-16 text; briefs are read as UTF-8 (save it as UTF-8)`, zh: (a) => `${a.file}：这是 UTF-16 编码的文本；文书须为 UTF-8 编码（请另存为 UTF-8）` },
  'cli.err.notUtf8': { en: (a) => `${a.file}: not valid UTF-8 text`, zh: (a) => `${a.file}：不是有效的 UTF-8 文本` },
  'cli.err.permissionDenied': { en: (a) => `${a.file}: permission denied`, zh: (a) => `${a.file}：没有读取权限` },
  'cli.err.noSuchFile': { en: (a) => `${a.file}: no such file`, zh: (a) => `${a.file}：文件不存在` },
  'cli.err.noSuchFileOrDirectory': { en: (a) => `${a.file}: no such file or directory`, zh: (a) => `${a.file}：文件或目录不存在` },
  'cli.err.linkLoop': { en: (a) => `${a.file}: too many levels of symbolic links`, zh: (a) => `${a.file}：符号链接层级过多` },
  'cli.err.cannotRead': { en: (a) => `${a.file}: cannot be read`, zh: (a) => `${a.file}：无法读取` },
  'cli.err.stdin': { en: () => 'standard input cannot be read', zh: () => '无法读取标准输入' },
  'cli.err.emptyDirectory': {
    en: (a) => `${a.file}: no .case files or Markdown briefs with \`\`\`case blocks in this directory`,
    zh: (a) => `${a.file}：此目录中没有 .case 文件，也没有含 \`\`\`case 代码块的 Markdown 文书`,
  },
  'cli.err.notRegular': { en: (a) => `${a.file}: not a regular file`, zh: (a) => `${a.file}：不是普通文件` },
  'cli.note.noCaseBlock': {
    en: (a) => `${a.file}: no \`\`\`case block, nothing checked (a fence indented four spaces is code, not a case block)`,
    zh: (a) => `${a.file}：没有 \`\`\`case 代码块，未作检查（缩进四个空格的围栏是代码，不是案件块）`,
  },
  'cli.err.seeHelp': { en: () => "; see 'casefacts --help'", zh: () => '；参见“casefacts --help”' },
});
