/** CLI lines, in both languages. */
import { defineMessages } from '../service/i18n/messages';

export const cliMessages = defineMessages({
  'cli.summary': {
    en: (a) => `${a.errors} error(s), ${a.warnings} warning(s), ${a.infos} info in ${a.files} file(s)`,
    zh: (a) => `共 ${a.files} 个文件：${a.errors} 个错误，${a.warnings} 个警告，${a.infos} 条提示`,
  },
  'cli.clean': {
    en: (a) => `No problems in ${a.files} file(s)`,
    zh: (a) => `${a.files} 个文件均未发现问题`,
  },
  'cli.severity.error': { en: () => 'error', zh: () => '错误' },
  'cli.severity.warning': { en: () => 'warning', zh: () => '警告' },
  'cli.severity.information': { en: () => 'information', zh: () => '提示' },
  'cli.severity.hint': { en: () => 'hint', zh: () => '提示' },
});
