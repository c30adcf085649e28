// Assembles the neutral documents the writers draw: roadmap.md per profile, the full plan, the report, the analyses alone.
import type { Language, Profile } from '../../agents/brief.js';
import type { AgentOutputs } from '../../agents/outputs.js';
import { phrasesFor } from '../arbiter/phrases.js';
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

/** The full plan, written beside roadmap.md for every profile: the executive's and the small team's roadmap.md point to it. */
export const FULL_PLAN_FILE = 'roadmap-full.md';
/** Open questions a memo or a checklist lists in full before pointing to the rest: the document stays one page. */
export const SHORT_QUESTIONS = 3;

function contextOf(roadmap: Roadmap, analyses: Partial<AgentOutputs>): Context {
  return {
    roadmap,
    labels: labelsFor(roadmap.language),
    words: deliverableLabelsFor(roadmap.language),
    language: roadmap.language,
    brief: analyses.brief ?? null,
  };
}

/**
 * Whom the document is for, said as what it is: read in the brief, chosen with --profile, or a default. The arbiter
 * notes which in its assumptions, with the phrases it owns; matching them here keeps one source for that fact.
 */
function readerLine(ctx: Context): string {
  const { roadmap, labels, words } = ctx;
  const profile = roadmap.constraints.profile;
  const full = labels.profileName[profile] ?? profile;
  // "Document pour : dirigeant·e", "Written for: marketing lead (CMO)": a capital drops, an acronym ("PME") stays.
  const name = /^\p{Lu}\p{Ll}/u.test(full) ? full.charAt(0).toLowerCase() + full.slice(1) : full;
  const phrases = phrasesFor(roadmap.language);
  const people = ctx.brief?.capacity?.people;
  const known = typeof people === 'number' && Number.isFinite(people) ? people : null;
  if (roadmap.assumptions.includes(phrases.profileInferred(profile, known))) return words.readerDefault(name);
  if (roadmap.assumptions.includes(phrases.profileReplaced(profile))) return words.readerChosen(name);
  return words.readerStated(name);
}

/** The open questions as a memo or a checklist shows them: the first few, the question alone, then where the rest are. */
function shortQuestions(ctx: Context): Section | null {
  const questions = ctx.roadmap.openQuestions ?? [];
  if (questions.length === 0) return null;
  const shown = questions.slice(0, SHORT_QUESTIONS);
  return section('open-questions', ctx.words.openQuestions, [
    { kind: 'numbered', items: shown.map((q) => q.question) },
    { kind: 'paragraph', text: ctx.words.moreQuestions(questions.length - shown.length, FULL_PLAN_FILE) },
  ]);
}

/** Everything after the reader's own part: the plan, its steering, references, the score arithmetic, the analyses. */
function planSections(ctx: Context, analyses: Partial<AgentOutputs>): Section[] {
  const technical = technicalNotesSection(ctx);
  return [
    ...roadmapSections(ctx),
    ...steeringSections(ctx.roadmap),
    ...referenceSections(ctx),
    scoreAppendixSection(ctx),
    ...(technical ? [technical] : []),
    section('analyses', ctx.labels.analyses, [], analysesSections(analyses, ctx.labels, ctx.language)),
  ];
}

function documentOf(ctx: Context, sections: Section[]): RenderDocument {
  const { roadmap, labels } = ctx;
  return {
    language: roadmap.language,
    colon: labels.colon,
    title: labels.roadmapTitle(roadmap.company),
    banner: labels.draftKind[roadmap.draftKind] ?? null,
    lead: [readerLine(ctx)],
    sections,
    footer: labels.footer,
  };
}

/** The full plan (roadmap-full.md, and roadmap.md for a CMO): every open question in full, then the whole plan. */
export function fullPlanDocument(roadmap: Roadmap, analyses: Partial<AgentOutputs>): RenderDocument {
  const ctx = contextOf(roadmap, analyses);
  const questions = openQuestionsSection(ctx);
  return documentOf(ctx, [...(questions ? [questions] : []), ...planSections(ctx, analyses)]);
}

/** The reader's own deliverable: a one-page memo, a week-by-week checklist, or nothing before the full plan. */
const PROFILE_SECTIONS: Record<Profile, ((ctx: Context) => Section) | null> = {
  executive: decisionMemoSection,
  cmo: null,
  smb: weeklyChecklistSection,
};

/** Whether roadmap.md is a memo or checklist for this profile (then it differs from roadmap-full.md). */
export const isShortDeliverable = (profile: Profile): boolean => (PROFILE_SECTIONS[profile] ?? null) !== null;

const profileSection = (ctx: Context) =>
  PROFILE_SECTIONS[ctx.roadmap.constraints.profile] ?? PROFILE_SECTIONS.cmo;

/**
 * roadmap.md, shaped by the roadmap's profile (`--profile` on draft or replan changes it): the executive gets the
 * one-page decision memo, the small team the week-by-week checklist — each with the first open questions and a
 * line pointing to the full plan alongside — and the CMO the full plan itself.
 */
export function roadmapDocument(roadmap: Roadmap, analyses: Partial<AgentOutputs>): RenderDocument {
  const ctx = contextOf(roadmap, analyses);
  const own = profileSection(ctx);
  if (own === null) return fullPlanDocument(roadmap, analyses);
  const questions = shortQuestions(ctx);
  const doc = documentOf(ctx, [...(questions ? [questions] : []), own(ctx)]);
  return { ...doc, closing: ctx.words.fullPlanAlongside(FULL_PLAN_FILE) };
}

/**
 * report.html: one printable page for every reader, their own deliverable first (memo or checklist), then the
 * full plan behind it, so the HTML never lacks what roadmap.md leaves to roadmap-full.md.
 */
export function reportDocument(roadmap: Roadmap, analyses: Partial<AgentOutputs>): RenderDocument {
  const ctx = contextOf(roadmap, analyses);
  const own = profileSection(ctx);
  const questions = openQuestionsSection(ctx);
  return documentOf(ctx, [
    ...(questions ? [questions] : []),
    ...(own === null ? [] : [own(ctx)]),
    ...planSections(ctx, analyses),
  ]);
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
