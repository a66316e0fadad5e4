/**
 * Folding ranges: each block's body (from its header line to the line before
 * its `}`, so the brace stays in view), each run of two or more comment
 * lines, and in a Markdown brief each ```case block (fence to last line).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FoldingRange } from 'vscode-languageserver-types';
import { FoldingRangeKind } from './lspValues';
import type { ParsedCase } from './languageService';

export function foldingRanges(document: TextDocument, parsed: ParsedCase): FoldingRange[] {
  const lineOf = (offset: number) => document.positionAt(offset).line;
  /** Whether only whitespace stands before an offset on its line. */
  const startsLine = (offset: number) => {
    const pos = document.positionAt(offset);
    return parsed.text.slice(offset - pos.character, offset).trim() === '';
  };
  const out: FoldingRange[] = [];
  for (const block of parsed.doc.blocks) {
    if (!block.open) {
      continue;
    }
    const startLine = lineOf(block.offset);
    const last = block.statements[block.statements.length - 1];
    const endLine = block.close
      ? lineOf(block.close.offset) - (startsLine(block.close.offset) ? 1 : 0)
      : lineOf(last ? last.offset + last.length : block.open.offset);
    if (endLine > startLine) {
      out.push({ startLine, endLine });
    }
  }
  let run: { startLine: number; endLine: number } | undefined;
  const flush = () => {
    if (run && run.endLine > run.startLine) {
      out.push({ ...run, kind: FoldingRangeKind.Comment });
    }
    run = undefined;
  };
  for (const c of parsed.doc.comments) {
    if (!startsLine(c.offset)) {
      continue; // a trailing comment belongs to its line
    }
    const line = lineOf(c.offset);
    if (run && line === run.endLine + 1) {
      run.endLine = line;
    } else {
      flush();
      run = { startLine: line, endLine: line };
    }
  }
  flush();
  for (const r of parsed.regions) {
    const startLine = lineOf(r.start) - 1; // the opening fence
    const endLine = r.end >= document.getText().length ? document.lineCount - 1 : lineOf(r.end) - 1;
    if (endLine > startLine) {
      out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
    }
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
