/**
 * Text from the file, made unable to reorder the report around it. A name or note may hold
 * explicit bidirectional controls (U+202A–U+202E, U+2066–U+2069): an override left open, such
 * as U+202E in `"abc\u202E"`, runs on to the end of the line or paragraph, so "(line 9)" after
 * it reads "(9 enil)" and a table row reads backwards (the "Trojan Source" trick). Closing
 * every embedding, override and isolate the text opens, and dropping the closers that match
 * nothing in it (an unmatched U+2069 would close an isolate of ours), keeps the text as its
 * author wrote it inside and the report as ours outside (UAX #9, X1–X8).
 */

const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const PDF = '\u202C';
const PDI = '\u2069';

/** `s` with its bidi embeddings, overrides and isolates balanced; `s` itself when it has none. */
export function balanceBidi(s: string): string {
  if (!CONTROLS.test(s)) {
    return s;
  }
  // what is open: 'e' an embedding or override (closed by PDF), 'i' an isolate (closed by PDI)
  const open: ('e' | 'i')[] = [];
  let out = '';
  for (const c of s) {
    switch (c) {
      case '\u202A': case '\u202B': case '\u202D': case '\u202E':
        open.push('e');
        out += c;
        break;
      case '\u2066': case '\u2067': case '\u2068':
        open.push('i');
        out += c;
        break;
      case PDF:
        // closes an embedding opened since the innermost open isolate; otherwise it is inert (X7): drop it
        if (open.length > 0 && open[open.length - 1] === 'e') {
          open.pop();
          out += c;
        }
        break;
      case PDI: {
        // closes the innermost open isolate and everything opened inside it (X6a); unmatched, drop it
        const i = open.lastIndexOf('i');
        if (i >= 0) {
          open.length = i;
          out += c;
        }
        break;
      }
      default:
        out += c;
    }
  }
  for (let i = open.length - 1; i >= 0; i--) {
    out += open[i] === 'e' ? PDF : PDI;
  }
  return out;
}
