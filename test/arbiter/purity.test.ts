// The arbiter stays a pure function: no I/O, clock, randomness, or imports from the LLM, pipeline or CLI layers.
// It may read its own data files (imported as JSON, validated by zod) — data, not I/O at run time — and the shared
// language module below it (src/language: text folding, stop words, month names), pure in the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');
const files = ['arbiter', 'language'].flatMap((folder) =>
  readdirSync(join(src, folder))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name)),
);

describe('src/arbiter and src/language purity', () => {
  it.each(files)(
    '%s imports only agents types, its own folder and src/language, and reads no clock or randomness',
    (name) => {
      const source = readFileSync(join(src, name), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const path of imports)
        expect(path, `${name} imports ${path}`).toMatch(
          /^(\.\/[a-z-]+\.js|\.\.\/\.\.\/agents\/[a-z-]+\.js|\.\.\/language\/[a-z-]+\.js|\.\/data\/[a-z-]+\.json|zod)$/,
        );
      expect(source).not.toMatch(/Date\.now|new Date\(|Math\.random|process\.|performance\./);
    },
  );
});
