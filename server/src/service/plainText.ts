/**
 * Markdown as plain text, for an editor that declares it cannot render Markdown (LSP
 * `contentFormat` / `documentationFormat` without `markdown`): hovers and completion
 * documentation keep their words, without the marks that would show as noise.
 */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/^#{1,6}[ \t]+/gm, '') // headings
    .replace(/\*\*([^*\n]+)\*\*/g, '$1') // bold
    .replace(/(^|[^\w*\\])\*([^*\s][^*\n]*?)\*(?![\w*])/g, '$1$2') // emphasis
    .replace(/(?<!\\)`([^`\n]+)`/g, '$1') // code spans (an escaped backtick opens none)
    .replace(/(?<!\\)\[([^\]\n]+)\]\((https?:[^)\s]+)\)/g, '$1 <$2>') // links: the text and where it goes
    .replace(/\\([!-/:-@[-`{-~])/g, '$1'); // escapes last: an escaped mark (any ASCII punctuation) is the mark itself
}
