// Serialises data for a prompt: compact JSON in which no text can close the surrounding data tag.

/**
 * `<\/` is a valid JSON escape for `</`, so the model reads the same string while a brief containing
 * `</brief_data>` or `</system>` cannot end the data block early.
 */
export function toPromptJson(value: unknown): string {
  return JSON.stringify(value ?? null).replaceAll('</', '<\\/');
}

/** For raw text between data tags: neutralise anything that looks like our own data tags. */
export function fenceText(text: string): string {
  return text.replace(/<(\/?)(\s*)(brief_data|swot_data|personas_data|analysis_data)/gi, '‹$1$2$3');
}

/** Line breaks, tabs and other control characters, which a one-line label must not hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;

/** For a short value printed outside the data blocks (a company name): one line, and none of our data tags. */
export function labelText(text: string): string {
  return fenceText(text).replace(CONTROL_CHARACTERS, ' ').replace(/ {2,}/g, ' ').trim();
}
