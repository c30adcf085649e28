// The arbiter stays a pure function: no I/O, clock, randomness, or imports from the LLM, pipeline or CLI layers.
// It may read its own data files (imported as JSON, validated by zod) — data, not I/O at run time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../src/arbiter');
const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));

describe('src/arbiter purity', () => {
  it.each(files)(
    '%s imports only agents types and its own folder, and reads no clock or randomness',
    (name) => {
      const source = readFileSync(join(dir, name), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const path of imports)
        expect(path, `${name} imports ${path}`).toMatch(
          /^(\.\/[a-z-]+\.js|\.\.\/\.\.\/agents\/[a-z-]+\.js|\.\/data\/[a-z-]+\.json|zod)$/,
        );
      expect(source).not.toMatch(/Date\.now|new Date\(|Math\.random|process\.|performance\./);
    },
  );
});
