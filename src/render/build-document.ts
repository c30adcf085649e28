// Assembles the neutral documents the writers draw: the roadmap (with the analyses below it) and the analyses alone.
import type { Language } from '../../agents/brief.js';
import type { AgentOutputs } from '../../agents/outputs.js';
import type { Roadmap } from '../arbiter/roadmap.js';
import { analysesSections } from './analyses-sections.js';
import { type RenderDocument, section } from './document.js';
import { briefSection, candidatesSection } from './draft-sections.js';
import { labelsFor } from './labels.js';
import { referenceSections } from './roadmap-reference-sections.js';
import { roadmapSections } from './roadmap-sections.js';
import type { Context } from './roadmap-text.js';

export type DraftKind = Roadmap['draftKind'];

export function roadmapDocument(roadmap: Roadmap, analyses: Partial<AgentOutputs>): RenderDocument {
  const labels = labelsFor(roadmap.language);
  const ctx: Context = { roadmap, labels, language: roadmap.language };
  return {
    language: roadmap.language,
    colon: labels.colon,
    title: labels.roadmapTitle(roadmap.company),
    banner: labels.draftKind[roadmap.draftKind] ?? null,
    sections: [
      ...roadmapSections(ctx),
      ...referenceSections(ctx),
      section('analyses', labels.analyses, [], analysesSections(analyses, labels, roadmap.language)),
    ],
    footer: labels.footer,
  };
}

/** Every agent output on its own, before (or without) a roadmap: the brief, the analyses, the candidate actions. */
export function analysesDocument(
  analyses: Partial<AgentOutputs>,
  language: Language,
  draftKind: DraftKind = 'llm',
): RenderDocument {
  const labels = labelsFor(language);
  const company = analyses.brief?.company.name ?? '';
  const sections = [
    ...(analyses.brief ? [briefSection(analyses.brief, labels, language)] : []),
    ...analysesSections(analyses, labels, language),
    ...(analyses.prioritizer ? [candidatesSection(analyses.prioritizer, labels, language)] : []),
  ];
  return {
    language,
    colon: labels.colon,
    title: company.trim() === '' ? labels.analyses : labels.analysesTitle(company),
    banner: labels.draftKind[draftKind] ?? null,
    sections,
    footer: labels.footer,
  };
}
