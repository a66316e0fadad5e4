/** Reports of the Qvod case and of the hostile brief, as the server makes them. */
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../../server/src/service/i18n/messages';
import { findingsToDiagnostics, parseText } from '../../server/src/service/languageService';
import { reportBundle } from '../../server/src/service/report/bundle';
import type { ReportResponse } from '../../server/src/service/report/protocol';

export const QVOD = '/work/shared/acceptance/cases/p01-qvod.case';
export const HOSTILE = path.join(__dirname, 'fixtures', 'hostile.case');

/** The payloads of the hostile brief, as the reader must see them: literally. */
export const PAYLOADS = [
  '<script>window.__pwnedName=1;alert(1)</script><img src=x onerror="window.__pwnedImg=1;alert(1)">',
  '<script>window.__pwnedOffender=1;alert(1)</script>',
  '<b>bold</b> [link](javascript:alert(1)) `code` &lt;',
  'javascript:alert(1)',
  '<svg onload="window.__pwnedSvg=1;alert(1)"></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:window.__pwnedLink=1">click</a>',
];

/** Globals a payload would set if it ever ran. */
export const FLAGS = ['__pwnedTitle', '__pwnedCourt', '__pwnedName', '__pwnedImg', '__pwnedSvg', '__pwnedLink', '__pwnedOffender'];

export function bundleOf(file: string, locale: Locale = 'en', text = fs.readFileSync(file, 'utf8'), version = 1): ReportResponse {
  const uri = `file://${file}`;
  const document = TextDocument.create(uri, 'casefacts', version, text);
  const parsed = parseText(uri, version, text, false);
  return reportBundle(file, parsed, document, findingsToDiagnostics(parsed, document, { locale }), locale);
}
