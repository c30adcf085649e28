// A run's versions as the page lists them: versions/N/roadmap.json kept by each save, and the current roadmap.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Roadmap } from '../arbiter/index.js';
import type { VersionFacts } from '../web/view/run-page-view.js';

const changesOf = (roadmap: Partial<Roadmap> | null, kindLabels: Record<string, string>) =>
  (roadmap?.changes ?? []).map((change) => ({
    kind: change.kind,
    kindLabel: kindLabels[change.kind] ?? change.kind,
    title: change.title,
    reason: change.reason,
  }));

/** Newest first; the current roadmap is the last number. */
export async function readVersions(
  dir: string,
  current: Roadmap,
  kindLabels: Record<string, string> = {},
): Promise<VersionFacts[]> {
  const names = (await readdir(join(dir, 'versions')).catch(() => [] as string[]))
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .sort((a, b) => a - b);
  const saved = await Promise.all(
    names.map(async (number, index) => {
      const roadmap = await readFile(join(dir, 'versions', String(number), 'roadmap.json'), 'utf8')
        .then((text) => JSON.parse(text) as Partial<Roadmap>)
        .catch(() => null);
      return { number: index + 1, current: false, changes: changesOf(roadmap, kindLabels) };
    }),
  );
  return [
    ...saved,
    { number: names.length + 1, current: true, changes: changesOf(current, kindLabels) },
  ].reverse();
}
