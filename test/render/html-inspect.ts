// Test helper: lists every tag and attribute of the report, to prove no input ever became markup.

export interface Tag {
  name: string;
  closing: boolean;
  attributes: Array<{ name: string; value: string }>;
}

/**
 * Every `<` in the report must start a tag the template wrote: escaped text never contains one.
 * Attributes are always double-quoted by the template, and escaped values never contain `"`.
 */
export function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const tagPattern = /<(\/?)([^\s>/]+)([^>]*)>/g;
  for (const match of html.matchAll(tagPattern)) {
    const [, closing, name = '', rest = ''] = match;
    const attributes = [...rest.matchAll(/([^\s="]+)(?:="([^"]*)")?/g)].map((a) => ({
      name: a[1] ?? '',
      value: a[2] ?? '',
    }));
    tags.push({ name: name.toLowerCase(), closing: closing === '/', attributes });
  }
  return tags;
}

/** Count of `<` characters: equal to the number of tags (doctype included) when none is loose. */
export function angleBrackets(html: string): number {
  return (html.match(/</g) ?? []).length;
}

export const ALLOWED_TAGS = new Set([
  '!doctype',
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'header',
  'nav',
  'ol',
  'ul',
  'li',
  'a',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'dl',
  'div',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'figure',
  'svg',
  'g',
  'rect',
  'line',
  'text',
  'footer',
]);

export const ALLOWED_ATTRIBUTES = new Set([
  'lang',
  'charset',
  'name',
  'content',
  'http-equiv',
  'id',
  'class',
  'href',
  'viewbox',
  'width',
  'height',
  'role',
  'aria-label',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'rx',
  'data-action',
]);
