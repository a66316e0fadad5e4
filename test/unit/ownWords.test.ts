/**
 * Messages, hovers, rule pages and brief snippets say what the paper argues in our own
 * words: no run of 16 characters (whitespace aside) of the paper's text appears in them,
 * but names (of the paper, offenses, courts, the 2010 interpretation), the wording of a
 * statute quoted as the statute's, and facts of the record.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { filesUnder } from '../helpers/files';

const ROOT = path.join(__dirname, '..', '..');
const PAPER = path.join(ROOT, '..', 'shared', 'paper', '000_da790155adbb6e11.txt');
const RUN = 16;

/** Shared runs that are not the paper's prose: names, statute wording (quoted), the record. */
const ALLOWED = [
  '网络服务商的刑事责任边界——以“快播案”判决为切入点',
  '拒不履行信息网络安全管理义务罪',
  '最高人民法院、最高人民检察院',
  '制作、复制、出版、贩卖、传播淫秽电子信息刑事案件具体应用法律若干问题的解释',
  // art. 286-1 and art. 287-2 para. 3, quoted with the article named
  '经监管部门责令采取改正措施而拒不改正',
  '致使用户信息泄露，造成严重后果',
  '致使刑事案件证据灭失，情节严重',
  '同时构成其他犯罪的，依照处罚较重的规定定罪处罚',
  // the record of the Qvod case
  '查获的3台缓存服务器中检出的21251个',
];

const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * Chinese characters and the full-width marks between them: a run is the paper's prose when
 * 12 of its 16 characters are these (its English references and our English share words).
 */
const CHINESE_TEXT = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’—…·]/g;

function ourTexts(): string[] {
  const files = [
    ...filesUnder(path.join(ROOT, 'docs'), (f) => f.endsWith('.md')),
    ...filesUnder(path.join(ROOT, 'snippets'), () => true),
    ...filesUnder(path.join(ROOT, 'server', 'src'), (f) => f.endsWith('.ts')),
  ];
  files.push(path.join(ROOT, 'README.md'), path.join(ROOT, 'package.nls.zh-cn.json'));
  return files;
}

suite('own words', () => {
  test('no run of the paper\'s own sentences in what we write, but names, quoted statutes and the record', () => {
    assert.ok(fs.existsSync(PAPER), `the paper is at ${PAPER}`);
    const paper = squeeze(fs.readFileSync(PAPER, 'utf8'));
    const grams = new Set<string>();
    for (let i = 0; i + RUN <= paper.length; i++) {
      grams.add(paper.slice(i, i + RUN));
    }
    const found: string[] = [];
    for (const file of ourTexts()) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, n) => {
        // an allowed phrase is taken out, so that no run can pass through it
        const text = ALLOWED.reduce((t, a) => t.split(squeeze(a)).join('\u0000'), squeeze(line));
        for (let i = 0; i + RUN <= text.length; i++) {
          const gram = text.slice(i, i + RUN);
          if (!grams.has(gram) || (gram.match(CHINESE_TEXT) ?? []).length < 12) {
            continue;
          }
          let j = i + RUN;
          while (j < text.length && paper.includes(text.slice(i, j + 1))) {
            j++;
          }
          found.push(`${path.relative(ROOT, file)}:${n + 1}: ${text.slice(i, j)}`);
          i = j - 1;
        }
      });
    }
    assert.deepStrictEqual(found, []);
  });
});

