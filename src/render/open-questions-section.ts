// The open questions at the top of the document: what the brief leaves unknown, most important first, and how to answer.
import { type Section, section } from './document.js';
import type { Context } from './roadmap-text.js';

/** Null when the brief answers everything the plan needs (or the roadmap predates open questions). */
export function openQuestionsSection(ctx: Context): Section | null {
  const questions = ctx.roadmap.openQuestions ?? [];
  if (questions.length === 0) return null;
  const { words } = ctx;
  return section('open-questions', words.openQuestions, [
    { kind: 'paragraph', text: words.openQuestionsIntro },
    {
      kind: 'numbered',
      items: questions.map((q) => `${q.question} — ${q.why} (${words.answerIn(q.field)})`),
    },
    { kind: 'paragraph', text: words.howToAnswer },
  ]);
}
