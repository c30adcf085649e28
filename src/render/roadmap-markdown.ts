// Renders roadmap.md and draft.md: the roadmap with the analyses below it, or the analyses alone.
import type { Language } from '../../agents/brief.js';
import type { AgentOutputs } from '../../agents/outputs.js';
import type { Roadmap } from '../arbiter/roadmap.js';
import { analysesDocument, type DraftKind, roadmapDocument } from './build-document.js';
import { writeMarkdown } from './markdown-writer.js';

export function renderRoadmapMarkdown(roadmap: Roadmap, analyses: Partial<AgentOutputs>): string {
  return writeMarkdown(roadmapDocument(roadmap, analyses));
}

/** draft.md: every agent output present so far, usable before the arbiter has run (or when it cannot). */
export function renderAnalysesMarkdown(
  analyses: Partial<AgentOutputs>,
  language: Language,
  draftKind: DraftKind = 'llm',
): string {
  return writeMarkdown(analysesDocument(analyses, language, draftKind));
}
