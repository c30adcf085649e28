// Assembles the neutral documents the writers draw: the roadmap (with the analyses below it) and the analyses alone.
import type { Language, Profile } from '../../agents/brief.js';
import type { AgentOutputs } from '../../agents/outputs.js';
import type { Roadmap } from '../arbiter/roadmap.js';
import { analysesSections } from './analyses-sections.js';
import { decisionMemoSection } from './decision-memo.js';
import { deliverableLabelsFor } from './deliverable-labels.js';
import { type RenderDocument, type Section, section } from './document.js';
import { briefSection, candidatesSection } from './draft-sections.js';
import { labelsFor } from './labels.js';
import { openQuestionsSection } from './open-questions-section.js';
import { referenceSections, technicalNotesSection } from './roadmap-reference-sections.js';
import { roadmapSections } from './roadmap-sections.js';
import type { Context } from './roadmap-text.js';
import { scoreAppendixSection } from './score-appendix.js';
import { steeringSections } from './steering-sections.js';
import { weeklyChecklistSection } from './weekly-checklist.js';

export type DraftKind = Roadmap['draftKind'];

/**
 * The roadmap document for the reader named by the roadmap's profile (`replan --profile` changes it):
 * open questions first for everyone; then the executive's decision memo, or the small team's weekly checklist, or
 * (CMO) straight into the full plan; the full plan and its references follow for all; the score arithmetic last.
 */
export function roadmapDocument(roadmap: Roadmap, analyses: Partial<AgentOutputs>): RenderDocument {
  const labels = labelsFor(roadmap.language);
  const ctx: Context = {
    roadmap,
    labels,
    words: deliverableLabelsFor(roadmap.language),
    language: roadmap.language,
    brief: analyses.brief ?? null,
  };
  const questions = openQuestionsSection(ctx);
  const technical = technicalNotesSection(ctx);
  return {
    language: roadmap.language,
    colon: labels.colon,
    title: labels.roadmapTitle(roadmap.company),
    banner: labels.draftKind[roadmap.draftKind] ?? null,
    sections: [
      ...(questions ? [questions] : []),
      ...profileSections(ctx),
      ...roadmapSections(ctx),
      ...steeringSections(roadmap),
      ...referenceSections(ctx),
      scoreAppendixSection(ctx),
      ...(technical ? [technical] : []),
      section('analyses', labels.analyses, [], analysesSections(analyses, labels, roadmap.language)),
    ],
    footer: labels.footer,
  };
}

const PROFILE_SECTIONS: Record<Profile, (ctx: Context) => Section[]> = {
  executive: (ctx) => [decisionMemoSection(ctx)],
  cmo: () => [],
  smb: (ctx) => [weeklyChecklistSection(ctx)],
};

function profileSections(ctx: Context): Section[] {
  const profile = ctx.roadmap.constraints.profile;
  return (PROFILE_SECTIONS[profile] ?? PROFILE_SECTIONS.cmo)(ctx);
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
