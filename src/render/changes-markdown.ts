// changes.md: the changelog of the latest version, the review behind it and the decisions in force.
import type { Roadmap } from '../arbiter/index.js';
import type { RenderDocument, Section } from './document.js';
import { writeMarkdown } from './markdown-writer.js';
import { steeringLabelsFor } from './steering-labels.js';
import { changesSection, decisionsSection, reviewSection } from './steering-sections.js';

export function renderChangesMarkdown(roadmap: Roadmap, version: number, archived: number | null): string {
  const l = steeringLabelsFor(roadmap.language);
  const sections = [
    changesSection(roadmap, version, archived),
    reviewSection(roadmap),
    decisionsSection(roadmap),
  ];
  const doc: RenderDocument = {
    language: roadmap.language,
    colon: roadmap.language === 'fr' ? ' : ' : ': ',
    title: l.changesTitle(roadmap.company),
    banner: null,
    sections: sections.filter((s): s is Section => s !== null),
    footer: l.footer,
  };
  return writeMarkdown(doc);
}
