// Strings that match a JSON Schema `pattern`: a small generator for the regular-expression subset schemas use.
import type { Rng } from './prng.js';

/**
 * The subset understood: anchors `^ $`, literals, escapes (`\d \w \s \. \uXXXX`...), `.`, character classes with
 * ranges and negation, groups `( )` `(?: )` `(?<name> )` with `|`, and the quantifiers `* + ? {n} {n,} {n,m}`.
 * Lookarounds, backreferences and word boundaries are refused with an error naming the pattern.
 */
type Node =
  | { kind: 'chars'; chars: readonly string[] }
  | { kind: 'alt'; options: readonly Sequence[] }
  | { kind: 'empty' };
type Sequence = readonly { node: Node; min: number; max: number }[];

const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
const DIGITS = PRINTABLE.filter((c) => c >= '0' && c <= '9');
const WORD = PRINTABLE.filter((c) => /\w/.test(c));
const SPACE = [' ', '\t', '\n'];
/** Unbounded quantifiers repeat at most this many times beyond their minimum, so strings stay short. */
const EXTRA_REPEATS = 3;

/** A string matching `pattern`, chosen with `rng`; throws if the pattern is outside the subset or unmatched. */
export function stringForPattern(pattern: string, rng: Rng): string {
  const parser = new PatternParser(pattern);
  const tree = parser.parse();
  const text = generate(tree, rng);
  // Self-check: a generator bug must fail loudly here, not reach a test as a "valid" answer.
  if (!compile(pattern).test(text)) {
    throw new Error(`fake-openai: generated ${JSON.stringify(text)}, which does not match /${pattern}/`);
  }
  return text;
}

/** Ajv compiles patterns with the `u` flag; a pattern only valid without it is still checked. */
function compile(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return new RegExp(pattern);
  }
}

function generate(node: Node, rng: Rng): string {
  switch (node.kind) {
    case 'empty':
      return '';
    case 'chars':
      return rng.pick(node.chars);
    case 'alt':
      return rng
        .pick(node.options)
        .map(({ node: item, min, max }) => {
          const count = rng.int(min, Math.min(max, min + EXTRA_REPEATS));
          let out = '';
          for (let i = 0; i < count; i += 1) out += generate(item, rng);
          return out;
        })
        .join('');
  }
}

class PatternParser {
  private pos = 0;
  constructor(private readonly pattern: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.pos < this.pattern.length) this.fail(`unexpected "${this.pattern[this.pos]}"`);
    return node;
  }

  private fail(why: string): never {
    throw new Error(`fake-openai: cannot generate a string for pattern /${this.pattern}/: ${why}`);
  }

  private peek(): string | undefined {
    return this.pattern[this.pos];
  }

  private alternation(): Node {
    const options: Sequence[] = [this.sequence()];
    while (this.peek() === '|') {
      this.pos += 1;
      options.push(this.sequence());
    }
    return { kind: 'alt', options };
  }

  private sequence(): Sequence {
    const items: { node: Node; min: number; max: number }[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      const node = this.atom();
      const { min, max } = this.quantifier();
      items.push({ node, min, max });
    }
    return items;
  }

  private atom(): Node {
    const c = this.peek();
    this.pos += 1;
    switch (c) {
      case '^':
      case '$':
        // Anchors match positions, not characters; the whole generated string is the match.
        return { kind: 'empty' };
      case '.':
        return { kind: 'chars', chars: PRINTABLE };
      case '[':
        return { kind: 'chars', chars: this.charClass() };
      case '(':
        return this.group();
      case '\\':
        return { kind: 'chars', chars: this.escape(false) };
      case '*':
      case '+':
      case '?':
      case '{':
        return this.fail(`quantifier "${c}" with nothing to repeat`);
      default:
        return { kind: 'chars', chars: [c as string] };
    }
  }

  private group(): Node {
    if (this.pattern.startsWith('?:', this.pos)) this.pos += 2;
    else if (this.pattern.startsWith('?<', this.pos) && !/^\?<[=!]/.test(this.pattern.slice(this.pos))) {
      const end = this.pattern.indexOf('>', this.pos);
      if (end < 0) this.fail('unterminated group name');
      this.pos = end + 1;
    } else if (this.peek() === '?') this.fail('lookarounds are not supported');
    const inner = this.alternation();
    if (this.peek() !== ')') this.fail('unterminated group');
    this.pos += 1;
    return inner;
  }

  private quantifier(): { min: number; max: number } {
    const c = this.peek();
    let bounds: { min: number; max: number } | null = null;
    if (c === '*') bounds = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (c === '+') bounds = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (c === '?') bounds = { min: 0, max: 1 };
    if (bounds) this.pos += 1;
    else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.pos));
      if (!match) return this.fail('malformed {n,m} quantifier');
      const min = Number(match[1]);
      const max = match[2] === undefined ? min : match[3] ? Number(match[3]) : Number.POSITIVE_INFINITY;
      this.pos += match[0].length;
      bounds = { min, max };
    }
    if (!bounds) return { min: 1, max: 1 };
    if (this.peek() === '?') this.pos += 1; // lazy: the same strings match
    return bounds;
  }

  private charClass(): string[] {
    const negated = this.peek() === '^';
    if (negated) this.pos += 1;
    const members = new Set<string>();
    // A "]" right after "[" or "[^" is a literal member.
    for (let first = true; this.peek() !== ']' || first; first = false) {
      const start = this.classMember();
      if (start.length === 1 && this.peek() === '-' && this.pattern[this.pos + 1] !== ']') {
        this.pos += 1;
        const end = this.classMember();
        const from = (start[0] as string).codePointAt(0) as number;
        const to = end.length === 1 ? (end[0] as string).codePointAt(0) : undefined;
        if (to === undefined || to < from) this.fail('bad range in character class');
        for (let code = from; code <= to; code += 1) members.add(String.fromCodePoint(code));
      } else for (const member of start) members.add(member);
    }
    this.pos += 1;
    const chars = negated ? PRINTABLE.filter((ch) => !members.has(ch)) : [...members];
    if (chars.length === 0) this.fail('empty character class');
    return chars;
  }

  /** One character-class member: a character, or the set an escape stands for. */
  private classMember(): string[] {
    const c = this.peek();
    if (c === undefined) return this.fail('unterminated character class');
    this.pos += 1;
    return c === '\\' ? this.escape(true) : [c];
  }

  /** Reads what follows a backslash (already consumed) and returns the characters it stands for. */
  private escape(inClass: boolean): string[] {
    const c = this.peek();
    if (c === undefined) return this.fail('pattern ends with a backslash');
    this.pos += 1;
    switch (c) {
      case 'd':
        return DIGITS;
      case 'w':
        return WORD;
      case 's':
        return SPACE;
      case 'D':
      case 'W':
      case 'S': {
        const excluded = new Set(c === 'D' ? DIGITS : c === 'W' ? WORD : SPACE);
        return PRINTABLE.filter((ch) => !excluded.has(ch));
      }
      case 'n':
        return ['\n'];
      case 't':
        return ['\t'];
      case 'r':
        return ['\r'];
      case 'u':
      case 'x': {
        const length = c === 'u' ? 4 : 2;
        const hex = this.pattern.slice(this.pos, this.pos + length);
        if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex)) this.fail(`bad \\${c} escape`);
        this.pos += length;
        return [String.fromCharCode(Number.parseInt(hex, 16))];
      }
      case 'b':
        return inClass ? ['\b'] : this.fail('word boundaries are not supported');
      default:
        if (/[1-9]/.test(c)) this.fail('backreferences are not supported');
        if (/[a-zA-Z]/.test(c)) this.fail(`unknown escape \\${c}`);
        return [c];
    }
  }
}
