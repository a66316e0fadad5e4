/**
 * Control characters from a file, shown as `\u001b` rather than written raw into text that
 * a terminal may print: the CLI's lines, the Markdown and HTML reports (`analyze` writes
 * them to standard output, and `cat` shows a saved one). A terminal obeys them: a provider's
 * name holding ESC ] 0 ; … BEL retitles the window, ESC ] 52 ; … writes the clipboard,
 * ESC [ 2 J clears the screen, and a line break in a file's name forges a line of output.
 * The C0 controls but the tab, DEL, and the C1 controls (U+0080–U+009F: U+009B is CSI to some
 * terminals) are shown as JSON writes them, so a reader sees what the file holds.
 */

const ALL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g;
/** The same but line breaks, for a page's text, where a line break is only a space. */
const BUT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const shown = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `s` with its control characters (line breaks too, unless `keepLineBreaks`) as `\uXXXX`. */
export function showControls(s: string, keepLineBreaks = false): string {
  return s.replace(keepLineBreaks ? BUT_LINE_BREAKS : ALL, shown);
}

/**
 * JSON text with DEL and the C1 controls escaped too (JSON.stringify escapes only C0): the
 * same data to any parser, and nothing a terminal would obey.
 */
export function jsonForTerminal(json: string): string {
  return json.replace(/[\u007F-\u009F]/g, shown);
}
