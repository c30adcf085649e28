// Makes text from a brief or a model inert in Markdown: no raw HTML, no links, no table breaks, no block syntax.

/** Collapses every line break, tab and control character to one space: inline contexts (cells, items) are one line. */
export function singleLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029\s]+/g, ' ').trim();
}

/** Schemes a renderer could turn into something that runs or embeds content; matched even inside a word, to be safe. */
const DANGEROUS_SCHEME = /(javascript|vbscript|data)(\s*):/gi;

/**
 * Escapes one line of untrusted text for inline Markdown (CommonMark + GFM tables).
 *
 * - `<` and `>` are backslash-escaped, so `<script>` or `<img onerror>` render as text and never as HTML;
 * - `[` and `]` are escaped: with brackets escaped no `[x](javascript:…)` link can form, and `<javascript:…>` autolinks cannot either;
 *   the colon of a dangerous scheme is escaped too, so no renderer that linkifies bare schemes sees one;
 * - `|` is escaped so a cell cannot split a table row; line breaks are already gone;
 * - emphasis and code markers are escaped, and an `&` that would start an entity, so `&lt;` stays literal;
 * - a leading `#`, `-`, `+`, `=` or `1.` is escaped so a list item or cell cannot turn into a heading or a list.
 */
export function escapeMarkdownInline(text: string): string {
  let out = singleLine(text)
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
    .replace(DANGEROUS_SCHEME, (_match, scheme: string, space: string) => `${scheme}${space}\\:`);
  if (/^[#+=-]/.test(out)) out = `\\${out}`;
  // A list marker is digits, `.` or `)`, then a space or the end: "3.5" or "0.85" is a number, left as it is.
  out = out.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
  return out;
}
