// What each reader's roadmap.md holds, read as they would: a memo on one page, a checklist within their hours, who it is for.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../agents/brief.js';
import { phrasesFor } from '../../src/arbiter/phrases.js';
import type { Roadmap } from '../../src/arbiter/roadmap.js';
import { FULL_PLAN_FILE, renderRoadmapMarkdown } from '../../src/render/index.js';
import { buildAnalyses } from './analyses-builder.js';
import { buildRoadmap } from './roadmap-builder.js';

const LANGUAGES = ['fr', 'en'] as const;

/** The numbered week range and the hours of each ticked line of the checklist. */
function checklistSpans(markdown: string): { from: number; to: number; hours: number }[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('- [ ] '))
    .flatMap((line) => {
      const weeks = /(?:Semaines?|Weeks?) (\d+)(?:(?: à |–)(\d+))?/.exec(line);
      const hours = /\((\d+(?:[.,]\d+)?) h /.exec(line);
      if (!weeks || !hours) return [];
      const from = Number(weeks[1]);
      return [{ from, to: Number(weeks[2] ?? from), hours: Number(hours[1]!.replace(',', '.')) }];
    });
}

describe.each(LANGUAGES)('the small business’s checklist (%s)', (language) => {
  it('never asks more hours of a run of weeks than the brief’s hours a week allow', () => {
    const roadmap = buildRoadmap(language, 'smb');
    // 20 h a week, as the arbiter turns it into days a month (hours ÷ 7 × 52 ÷ 12, two decimals).
    roadmap.constraints = { ...roadmap.constraints, capacityDaysPerMonth: 12.38 };
    const markdown = renderRoadmapMarkdown(roadmap, buildAnalyses(language));
    expect(markdown).toContain(language === 'fr' ? 'des 20 heures par semaine' : 'for the 20 hours a week');
    const spans = checklistSpans(markdown);
    expect(spans.length).toBe(roadmap.horizons.flatMap((h) => h.actions).length);
    for (const span of spans) expect(span.hours).toBeLessThanOrEqual(20 * (span.to - span.from + 1) + 1e-6);
  });
});

describe.each(LANGUAGES)('the executive’s memo (%s)', (language) => {
  it('fits one page and holds the three bets, the budget split, what is not done and five KPIs', () => {
    const markdown = renderRoadmapMarkdown(buildRoadmap(language, 'executive'), buildAnalyses(language));
    expect(markdown.trimEnd().split('\n').length).toBeLessThanOrEqual(60);
    const h3 = markdown.split('\n').filter((line) => line.startsWith('### '));
    expect(h3).toHaveLength(4);
    expect(markdown.split('\n').filter((line) => /^\| A\d+b? · /.test(line))).toHaveLength(3);
    const kpis = markdown.slice(markdown.indexOf(h3[3]!)).split('\n');
    const kpiRows = kpis.filter((line) => line.startsWith('| ')).length - 2; // header and rule
    expect(kpiRows).toBeGreaterThan(0);
    expect(kpiRows).toBeLessThanOrEqual(5);
    expect(markdown.slice(markdown.indexOf(h3[1]!), markdown.indexOf(h3[2]!))).toMatch(/\| \d+ ?%/);
    expect(markdown).toContain(FULL_PLAN_FILE);
    expect(markdown).not.toContain('```mermaid');
  });
});

describe.each(LANGUAGES)('whom the document is for (%s)', (language) => {
  const withAssumption = (profile: Profile, assumption: string): Roadmap => {
    const roadmap = buildRoadmap(language, profile);
    return { ...roadmap, assumptions: [...roadmap.assumptions, assumption] };
  };
  const analyses = buildAnalyses(language);
  const phrases = phrasesFor(language);
  const people = analyses.brief.capacity?.people ?? null;

  it('says a default is a default, and how to change it', () => {
    const markdown = renderRoadmapMarkdown(
      withAssumption('smb', phrases.profileInferred('smb', people)),
      analyses,
    );
    expect(markdown).toContain(
      language === 'fr'
        ? 'Profil par défaut : PME / indépendant·e (le brief ne dit pas qui lira ce plan) ; changez-le avec --profile'
        : 'Default profile: small business / freelancer (the brief does not say who will read this plan); change it with --profile',
    );
    expect(markdown).not.toMatch(/d’après le brief|from the brief\./);
  });

  it('says a chosen profile was chosen, and a stated one was read in the brief', () => {
    const chosen = renderRoadmapMarkdown(
      withAssumption('executive', phrases.profileReplaced('executive')),
      analyses,
    );
    expect(chosen).toContain(language === 'fr' ? 'choisi avec --profile' : 'chosen with --profile');
    const stated = renderRoadmapMarkdown(withAssumption('cmo', phrases.profileStated('cmo')), analyses);
    expect(stated).toContain(language === 'fr' ? ', d’après le brief.' : ', from the brief.');
    expect(stated).not.toMatch(/par défaut|Default profile/);
  });
});
