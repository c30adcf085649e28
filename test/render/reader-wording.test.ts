// What the founder reads: each action's how, no claim the brief did not make, no plumbing in the warnings,
// counts that agree, and recurring work said to recur — in both languages, in roadmap.md and report.html.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../agents/brief.js';
import type { Roadmap } from '../../src/arbiter/roadmap.js';
import { cadenceOf, howOf } from '../../src/render/action-how.js';
import { agreeCount } from '../../src/render/count-words.js';
import { formatQuantity } from '../../src/render/format.js';
import { renderFullPlanMarkdown, renderReportHtml, renderRoadmapMarkdown } from '../../src/render/index.js';
import { buildAnalyses } from './analyses-builder.js';
import { buildRoadmap } from './roadmap-builder.js';

const LANGUAGES: Language[] = ['fr', 'en'];

/** The text of one `## heading` section of roadmap.md, up to the next `## `. */
function sectionOf(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return '';
  const next = markdown.indexOf('\n## ', start + heading.length + 2);
  return markdown.slice(start, next < 0 ? undefined : next);
}

const HOW: Record<Language, string> = {
  fr: "Un envoi par mois avec une seule offre ; une liste restée muette est d'abord nettoyée puis relancée <b>vite</b> | 2 fois. Sert l'objectif G1. Coût : environ 20 € par mois pendant 6 mois.",
  en: 'One send a month with one clear offer; a list gone quiet is first cleaned, then relaunched <b>fast</b> | twice. Serves goal G1. Cost: about €20 a month for 6 months.',
};

function withNewsletter(language: Language, profile: 'smb' | 'executive' | 'cmo' = 'smb'): Roadmap {
  const roadmap = buildRoadmap(language, profile);
  const [first, ...rest] = roadmap.horizons[0]!.actions;
  return {
    ...roadmap,
    horizons: [
      { ...roadmap.horizons[0]!, actions: [{ ...first!, description: HOW[language] }, ...rest] },
      ...roadmap.horizons.slice(1),
    ],
  };
}

describe.each(LANGUAGES)('each action says how (%s)', (language) => {
  const analyses = buildAnalyses(language);
  const firstSentence =
    language === 'fr'
      ? "Un envoi par mois avec une seule offre ; une liste restée muette est d'abord nettoyée puis relancée <b>vite</b> | 2 fois."
      : 'One send a month with one clear offer; a list gone quiet is first cleaned, then relaunched <b>fast</b> | twice.';

  it('keeps the first sentence of the description only: the goal and the cost are in other columns', () => {
    expect(howOf(HOW[language])).toBe(firstSentence);
    expect(howOf('x '.repeat(300)).length).toBeLessThanOrEqual(261);
  });

  it('shows the how in the horizon table of roadmap.md, escaped, and flags the rhythm', () => {
    const markdown = renderFullPlanMarkdown(withNewsletter(language), analyses);
    const row = markdown.split('\n').find((line) => line.startsWith('| A1 · ')) ?? '';
    expect(row).toContain(
      language === 'fr' ? "d'abord nettoyée puis relancée" : 'first cleaned, then relaunched',
    );
    // A pipe inside the how would break the table; tags stay text.
    expect(row).toContain('\\|');
    expect(row).toContain(language === 'fr' ? 'À refaire une fois par mois' : 'Recurring: once a month');
    expect(row).not.toContain(language === 'fr' ? "Sert l'objectif G1" : 'Serves goal G1');
  });

  it('shows the how in report.html as text, never as markup', () => {
    const html = renderReportHtml(withNewsletter(language), analyses);
    expect(html).toContain(
      language === 'fr' ? 'puis relancée &lt;b&gt;vite&lt;/b&gt;' : 'then relaunched &lt;b&gt;fast&lt;/b&gt;',
    );
    expect(html).not.toContain('<b>vite</b>');
    expect(html).not.toContain('<b>fast</b>');
  });

  it('puts the how and the rhythm in the small team’s checklist and the executive memo', () => {
    const checklist = renderRoadmapMarkdown(withNewsletter(language, 'smb'), analyses)
      .split('\n')
      .find((line) => line.startsWith('- [ ]') && line.includes('A1 · '));
    expect(checklist).toMatch(
      language === 'fr'
        ? /h pour la mise en place, puis une fois par mois\)/
        : /h to set up, then once a month\)/,
    );
    expect(checklist).toContain(language === 'fr' ? 'une liste restée muette' : 'a list gone quiet');
    const memo = renderRoadmapMarkdown(withNewsletter(language, 'executive'), analyses);
    const bet = memo.split('\n').find((line) => line.startsWith('| A1 · ')) ?? '';
    expect(bet).toContain(language === 'fr' ? ', puis une fois par mois' : ', then once a month');
  });
});

describe('the rhythm of an action', () => {
  it('is read from the title or the how, never from the cost sentence', () => {
    expect(cadenceOf({ title: 'Deux publications par semaine', description: '' })).toBe('weekly');
    expect(
      cadenceOf({ title: 'Guides', description: 'Un contenu tous les quinze jours. Coût : 100 € par mois.' }),
    ).toBe('fortnightly');
    expect(
      cadenceOf({
        title: 'Website pages',
        description: 'One page per intent. Cost: about €100 a month for 6 months.',
      }),
    ).toBeNull();
    expect(
      cadenceOf({ title: 'Partners', description: 'A joint offer, a quarterly review of contacts.' }),
    ).toBe('quarterly');
  });
});

describe.each(LANGUAGES)('no claim the brief did not make (%s)', (language) => {
  const analyses = buildAnalyses(language);
  const busyClaim = language === 'fr' ? 'évite les mois chargés' : 'avoids the busy months';

  it('says heavy work avoids busy months only when the brief names some, and names them', () => {
    const dated = { ...buildRoadmap(language), start: '2026-12' };
    expect(renderFullPlanMarkdown(dated, analyses)).not.toContain(busyClaim);
    const busy = { ...dated, constraints: { ...dated.constraints, busyMonths: [10, 9] } };
    expect(renderFullPlanMarkdown(busy, analyses)).toContain(
      language === 'fr'
        ? `${busyClaim} indiqués dans le brief (septembre et octobre).`
        : `${busyClaim} the brief names (September and October).`,
    );
  });

  it('moves data repairs out of the warnings into a technical appendix', () => {
    const roadmap = buildRoadmap(language);
    const repaired = {
      ...roadmap,
      warnings: [
        ...roadmap.warnings,
        { code: 'reference_repaired' as const, message: 'A9 → G1', refs: ['A9', 'G1'] },
      ],
    };
    const markdown = renderFullPlanMarkdown(repaired, analyses);
    const warnings = sectionOf(markdown, language === 'fr' ? '## Points d’attention' : '## Warnings');
    expect(warnings).not.toContain('A9 → G1');
    expect(warnings).toContain(language === 'fr' ? 'T1' : 'T1');
    const appendix = sectionOf(
      markdown,
      language === 'fr' ? '## Annexe : notes techniques' : '## Appendix: technical notes',
    );
    expect(appendix).toContain('A9 → G1');
    // Nothing repaired, no appendix.
    expect(renderFullPlanMarkdown(roadmap, analyses)).not.toContain(
      language === 'fr' ? 'notes techniques' : 'technical notes',
    );
  });

  it('keeps a yardstick’s message with the plan and its source in the appendix', () => {
    const roadmap = buildRoadmap(language);
    const checked = {
      ...roadmap,
      checks: [{ code: 'experimental_share' as const, message: 'Share 0 %.', source: 'The 70/20/10 rule.' }],
    };
    const markdown = renderFullPlanMarkdown(checked as Roadmap, analyses);
    const checks = sectionOf(markdown, language === 'fr' ? '## Points de vigilance' : '## Sanity checks');
    expect(checks).toContain('Share 0 %.');
    expect(checks).not.toContain('70/20/10');
    expect(checks).not.toContain('src/arbiter');
    const appendix = sectionOf(
      markdown,
      language === 'fr' ? '## Annexe : notes techniques' : '## Appendix: technical notes',
    );
    expect(appendix).toContain('Share 0 %. — The 70/20/10 rule.');
  });

  it('lists as "ruled out" only what the brief refuses, not every constraint', () => {
    const roadmap = buildRoadmap(language, 'executive');
    const refusal = language === 'fr' ? 'Pas de publicité télévisée' : 'No TV advertising';
    const limit = language === 'fr' ? 'cycle de vente de 2 à 4 mois' : 'sales cycle is 2–4 months';
    const brief = { ...analyses.brief, constraints: [refusal, limit] };
    const memo = sectionOf(
      renderRoadmapMarkdown(roadmap, { ...analyses, brief }),
      language === 'fr' ? '## Note de décision' : '## Decision memo',
    );
    expect(memo).toContain(refusal);
    expect(memo).not.toContain(limit);
  });
});

describe.each(LANGUAGES)('counts agree in number (%s)', (language) => {
  it('writes one client, one contract, one enquiry in KPI targets and kill criteria', () => {
    expect(formatQuantity(1, language === 'fr' ? 'clients' : 'customers', 'EUR', language)).toBe(
      language === 'fr' ? '1 client' : '1 customer',
    );
    expect(formatQuantity(2, 'clients', 'EUR', language)).toBe('2 clients');
    expect(formatQuantity(1, 'avis', 'EUR', language)).toBe('1 avis');
    if (language === 'fr') {
      expect(agreeCount("Revoir au mois 3 si l'on est sous 1 contrats.", 'contrats', 'fr')).toBe(
        "Revoir au mois 3 si l'on est sous 1 contrat.",
      );
      expect(agreeCount("Revoir au mois 3 si l'on est sous 11 contrats.", 'contrats', 'fr')).toBe(
        "Revoir au mois 3 si l'on est sous 11 contrats.",
      );
    } else {
      expect(agreeCount('Review at month 3 if below 1 enquiries.', 'enquiries', 'en')).toBe(
        'Review at month 3 if below 1 enquiry.',
      );
      expect(agreeCount('Review at month 3 if below 21 enquiries.', 'enquiries', 'en')).toBe(
        'Review at month 3 if below 21 enquiries.',
      );
    }
  });

  it('puts the kill criterion of the KPI dashboard in agreement', () => {
    const roadmap = buildRoadmap(language);
    const unit = language === 'fr' ? 'clients' : 'customers';
    const [first, ...rest] = roadmap.horizons[0]!.actions;
    const kill =
      language === 'fr'
        ? "Revoir au mois 3 si l'on est sous 1 clients."
        : 'Review at month 3 if below 1 customers.';
    const changed = {
      ...roadmap,
      horizons: [
        {
          ...roadmap.horizons[0]!,
          actions: [{ ...first!, kpi: { ...first!.kpi, unit, target: 2 }, killCriterion: kill }, ...rest],
        },
        ...roadmap.horizons.slice(1),
      ],
    };
    const markdown = renderFullPlanMarkdown(changed, buildAnalyses(language));
    expect(markdown).toContain(language === 'fr' ? 'sous 1 client.' : 'below 1 customer.');
    expect(markdown).not.toContain(language === 'fr' ? 'sous 1 clients' : 'below 1 customers');
  });
});

describe('numbers pasted as plain text', () => {
  it('carry no backslash in a decimal, while a list marker at the start of a cell is still made inert', async () => {
    const { escapeMarkdownInline } = await import('../../src/render/markdown-escape.js');
    expect(escapeMarkdownInline('3.5')).toBe('3.5');
    expect(escapeMarkdownInline('0.85')).toBe('0.85');
    expect(escapeMarkdownInline('1. Heading-like')).toBe('1\\. Heading-like');
    expect(escapeMarkdownInline('2)')).toBe('2\\)');
  });
});

describe('the arbiter’s counted sentences', () => {
  it('agree in number in both languages', async () => {
    const { phrasesFor } = await import('../../src/arbiter/phrases.js');
    expect(phrasesFor('fr').goalUncovered('G1', 'Vendre', 1)).toContain('a 1 action candidate, mais');
    expect(phrasesFor('fr').goalUncovered('G1', 'Vendre', 3)).toContain('a 3 actions candidates, mais');
    expect(phrasesFor('en').goalUncovered('G1', 'Sell', 1)).toContain('has 1 candidate action but');
    expect(phrasesFor('en').goalUncovered('G1', 'Sell', 3)).toContain('has 3 candidate actions but');
    expect(phrasesFor('fr').profileInferred('smb', 1)).toContain('de 1 personne.');
    expect(phrasesFor('fr').budgetStated(800, 'EUR', 1, 9600, 12)).toBe(
      'Budget : 800 € par mois, soit 9\u202f600 € sur les 12 mois du plan.',
    );
    expect(phrasesFor('en').budgetStated(800, 'GBP', 1, 9600, 12)).toBe(
      'Budget: £800 a month, that is £9,600 over the 12-month plan.',
    );
  });
});

describe.each(LANGUAGES)('draft.md (%s)', (language) => {
  it('shows each candidate’s how next to its title', async () => {
    const { renderAnalysesMarkdown } = await import('../../src/render/index.js');
    const analyses = buildAnalyses(language);
    const [first, ...rest] = analyses.prioritizer.actions;
    const markdown = renderAnalysesMarkdown(
      { ...analyses, prioritizer: { actions: [{ ...first!, description: HOW[language] }, ...rest] } },
      language,
    );
    expect(markdown).toContain(language === 'fr' ? '| Comment |' : '| How |');
    const row = markdown.split('\n').find((line) => line.startsWith(`| ${first!.id} · `)) ?? '';
    expect(row).toContain(language === 'fr' ? 'une liste restée muette' : 'a list gone quiet');
  });
});
