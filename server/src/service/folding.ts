/**
 * Folding ranges: each block's body (from its header line to the line before
 * its `}`, so the brace stays in view), each run of two or more comment
 * lines, and in a Markdown brief each ```case block (fence to last line).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FoldingRange } from 'vscode-languageserver-types';
import { FoldingRangeKind } from './lspValues';
import type { ParsedCase } from './languageService';
import { positionCursor } from './position';

export function foldingRanges(document: TextDocument, parsed: ParsedCase): FoldingRange[] {
  const text = parsed.text;
  // blocks, then comments, are each walked in document order: one cursor for each walk
  let at = positionCursor(document);
  /** Whether only whitespace stands before an offset on its line (`character` of it). */
  const startsLine = (offset: number, character: number) => {
    for (let i = offset - character; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && text[i].trim() !== '') {
        return false;
      }
    }
    return true;
  };
  const out: FoldingRange[] = [];
  for (const block of parsed.doc.blocks) {
    if (!block.open) {
      continue;
    }
    const startLine = at(block.offset).line;
    const last = block.statements[block.statements.length - 1];
    let endLine: number;
    if (block.close) {
      const close = at(block.close.offset);
      endLine = close.line - (startsLine(block.close.offset, close.character) ? 1 : 0);
    } else {
      endLine = at(last ? last.offset + last.length : block.open.offset).line;
    }
    if (endLine > startLine) {
      out.push({ startLine, endLine });
    }
  }
  at = positionCursor(document);
  let run: { startLine: number; endLine: number } | undefined;
  const flush = () => {
    if (run && run.endLine > run.startLine) {
      out.push({ ...run, kind: FoldingRangeKind.Comment });
    }
    run = undefined;
  };
  for (const c of parsed.doc.comments) {
    const pos = at(c.offset);
    if (!startsLine(c.offset, pos.character)) {
      continue; // a trailing comment belongs to its line
    }
    const line = pos.line;
    if (run && line === run.endLine + 1) {
      run.endLine = line;
    } else {
      flush();
      run = { startLine: line, endLine: line };
    }
  }
  flush();
  const lineOf = (offset: number) => document.positionAt(offset).line;
  for (const r of parsed.regions) {
    const startLine = lineOf(r.start) - 1; // the opening fence
    const endLine = r.end >= document.getText().length ? document.lineCount - 1 : lineOf(r.end) - 1;
    if (endLine > startLine) {
      out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
    }
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
