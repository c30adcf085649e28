// Test helper: hostile strings (HTML, script, links, Markdown and Handlebars syntax) spliced into every free-text field.

export const HOSTILE_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  '</style><script>alert(2)</script>',
  '</title><iframe src="https://evil.example/frame"></iframe>',
  '[click me](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<javascript:alert(1)>',
  '![pixel](https://evil.example/pixel.png)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'VBScript:msgbox(1)',
  '{{> brief}} {{{constructor.constructor "alert(1)"}}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text a hostile brief contains.
  '${process.env.OPENAI_API_KEY}',
  '| broken | table |\n# heading\n- list item\n```\n',
  '&lt;script&gt;alert(3)&lt;/script&gt;',
  '<!-- hidden',
  '**bold** _em_ `code` ~~strike~~',
  'title: with; colons # and % percent',
] as const;

/** Keys whose values are closed enums in the schemas: a schema-valid answer cannot put free text there. */
const ENUM_KEYS = new Set([
  'language',
  'kind',
  'code',
  'stage',
  'stages',
  'priority',
  'model',
  'period',
  'draftKind',
  'businessModel',
  'maturity',
  'profile',
]);

/** A deep copy of `value` where every free-text string (ids included) gets `payload` appended. */
export function poison<T>(value: T, payload: string): T {
  const visit = (node: unknown, key: string | null): unknown => {
    if (typeof node === 'string') return key !== null && ENUM_KEYS.has(key) ? node : `${node} ${payload}`;
    if (Array.isArray(node)) return node.map((item) => visit(item, key));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v, k)]));
    }
    return node;
  };
  return visit(value, null) as T;
}
