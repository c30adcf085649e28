// Renders roadmap.md (per profile), roadmap-full.md (the full plan) and draft.md (the analyses alone).
import type { Language } from '../../agents/brief.js';
import type { AgentOutputs } from '../../agents/outputs.js';
import type { Roadmap } from '../arbiter/roadmap.js';
import { analysesDocument, type DraftKind, fullPlanDocument, roadmapDocument } from './build-document.js';
import { writeMarkdown } from './markdown-writer.js';

/** roadmap.md: the document for the roadmap's profile (memo, checklist, or the full plan for a CMO). */
export function renderRoadmapMarkdown(roadmap: Roadmap, analyses: Partial<AgentOutputs>): string {
  return writeMarkdown(roadmapDocument(roadmap, analyses));
}

/** roadmap-full.md: the full plan, whatever the profile. */
export function renderFullPlanMarkdown(roadmap: Roadmap, analyses: Partial<AgentOutputs>): string {
  return writeMarkdown(fullPlanDocument(roadmap, analyses));
}

/** draft.md: every agent output present so far, usable before the arbiter has run (or when it cannot). */
export function renderAnalysesMarkdown(
  analyses: Partial<AgentOutputs>,
  language: Language,
  draftKind: DraftKind = 'llm',
): string {
  return writeMarkdown(analysesDocument(analyses, language, draftKind));
}
