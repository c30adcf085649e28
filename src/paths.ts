// Where Boussole's own files are (prompts, templates, suites), whether it runs from the sources or the built bundle.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding Boussole's package.json: found by walking up, so the answer is the same from src/ and dist/. */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'prompts'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Boussole cannot find its own folder (package.json and prompts/).');
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot();

export const projectPath = (...parts: string[]) => join(PROJECT_ROOT, ...parts);
