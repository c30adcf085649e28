// roadmap.md and draft.md: every section a founder needs, in the brief's language, deterministic.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../agents/brief.js';
import { renderAnalysesMarkdown, renderFullPlanMarkdown } from '../../src/render/index.js';
import { buildAnalyses } from './analyses-builder.js';
import { parseGantt } from './gantt-parse.js';
import { buildRoadmap } from './roadmap-builder.js';

const HEADINGS: Record<Language, string[]> = {
  fr: [
    '# Feuille de route marketing — Brûlerie Nord',
    '## Synthèse',
    '## Calendrier',
    '## Maintenant — mois 0 à 3',
    '## Ensuite — mois 3 à 6',
    '## Plus tard — mois 6 à 12',
    '## Pas maintenant',
    '## Délibérément écartées',
    '## Couverture des objectifs',
    '## Tableau de bord des indicateurs',
    '## Hypothèses',
    '## Points d’attention',
    '## Analyses',
    '### SWOT',
    '### Personas',
    '### Positionnement et prix',
    '### Parcours clients',
  ],
  en: [
    '# Marketing roadmap — Brûlerie Nord',
    '## Summary',
    '## Schedule',
    '## Now — months 0 to 3',
    '## Next — months 3 to 6',
    '## Later — months 6 to 12',
    '## Not now',
    '## Deliberately left out',
    '## Goal coverage',
    '## KPI dashboard',
    '## Assumptions',
    '## Warnings',
    '## Analyses',
    '### SWOT',
    '### Personas',
    '### Positioning & pricing',
    '### Customer journeys',
  ],
};

const headingLines = (markdown: string) => markdown.split('\n').filter((line) => /^#{1,6} /.test(line));

describe.each(['fr', 'en'] as const)('renderFullPlanMarkdown (%s)', (language) => {
  const roadmap = buildRoadmap(language);
  const markdown = renderFullPlanMarkdown(roadmap, buildAnalyses(language));

  it('has every section, in order, in the brief’s language', () => {
    const headings = headingLines(markdown);
    const positions = HEADINGS[language].map((heading) => headings.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('summarises actions per horizon, budget used against available, and goals covered', () => {
    if (language === 'fr') {
      expect(markdown).toContain('- **Maintenant** : 2 actions — mois 0 à 3');
      expect(markdown).toContain('- **Budget prévu** : 9 000 € sur 18 000 € disponibles (50 %)');
      expect(markdown).toContain('- **Objectifs couverts** : 3 sur 3');
    } else {
      expect(markdown).toContain('- **Now**: 2 actions — months 0 to 3');
      expect(markdown).toContain('- **Budget planned**: €9,000 of €18,000 available (50%)');
      expect(markdown).toContain('- **Goals covered**: 3 of 3');
    }
  });

  it('gives each horizon a table with action, how, goal, KPI target, cost, effort and why now', () => {
    const header =
      language === 'fr'
        ? '| Action | Comment | Objectif | Indicateur cible | Coût | Effort (jours-personne) | Pourquoi maintenant |'
        : '| Action | How | Goal | KPI target | Cost | Effort (person-days) | Why now |';
    expect(markdown.split(header).length - 1).toBe(3);
    const row =
      language === 'fr'
        ? '| A3 · Campagne LinkedIn ciblée | Campagne LinkedIn ciblée : description | G2 | coût par lead : 45 € en 3 mois | 4 500 € | 8 |'
        : '| A3 · Targeted LinkedIn campaign | Targeted LinkedIn campaign: description | G2 | cost per lead: €45 in 3 months | €4,500 | 8 |';
    expect(markdown).toContain(row);
  });

  it('lists deferred and excluded actions with their reason code and sentence, and any renamed id', () => {
    if (language === 'fr') {
      expect(markdown).toContain(
        '| A5b · Salon professionnel (ex-A5) | Hors budget | Coûte plus que le budget restant. |',
      );
      expect(markdown).toContain(
        '| A6 · Spot radio | Ne sert aucun objectif | Ne sert aucun objectif du brief. |',
      );
    } else {
      expect(markdown).toContain(
        '| A5b · Trade fair (was A5) | Over budget | Costs more than the budget left. |',
      );
      expect(markdown).toContain('| A6 · Radio spot | Serves no goal | Serves no goal of the brief. |');
    }
  });

  it('states the assumptions: budget, capacity, profile, formula and weights', () => {
    expect(markdown).toContain(roadmap.method.formula);
    expect(markdown).toContain(
      language === 'fr' ? '- **Profil** : PME / indépendant·e' : '- **Profile**: Small business / freelancer',
    );
    expect(markdown).toContain(language === 'fr' ? '- Croissance : × 1,2' : '- Growth: × 1.2');
    expect(markdown).toContain(language === 'fr' ? '10 jours-personne par mois' : '10 person-days per month');
  });

  it('draws the schedule as a Mermaid gantt: one section per non-empty horizon, one task per action', () => {
    const gantt = parseGantt(markdown);
    expect(gantt.header).toContain('dateFormat YYYY-MM-DD');
    expect(gantt.sections.map((s) => s.name)).toEqual(roadmap.horizons.map((h) => h.label));
    expect(gantt.sections.map((s) => s.tasks.map((t) => t.id))).toEqual(
      roadmap.horizons.map((h) => h.actions.map((a) => a.id)),
    );
    const later = gantt.sections[2]!.tasks[0]!;
    expect([later.start, later.end]).toEqual(['2000-07-01', '2001-01-01']);
    for (const task of gantt.sections.flatMap((s) => s.tasks)) expect(task.end > task.start).toBe(true);
  });

  it('is deterministic: same input, same bytes, whatever object identity', () => {
    const again = renderFullPlanMarkdown(structuredClone(roadmap), structuredClone(buildAnalyses(language)));
    expect(again).toBe(markdown);
  });
});

describe('roadmap labels', () => {
  it('labels offline and replayed drafts, and says nothing for a live run', () => {
    const live = renderFullPlanMarkdown(buildRoadmap('fr'), buildAnalyses('fr'));
    const offline = renderFullPlanMarkdown(
      { ...buildRoadmap('fr'), draftKind: 'offline' },
      buildAnalyses('fr'),
    );
    const replay = renderFullPlanMarkdown(
      { ...buildRoadmap('en'), draftKind: 'replay' },
      buildAnalyses('en'),
    );
    expect(live).not.toContain('Brouillon hors ligne');
    expect(offline.split('\n')[2]).toMatch(/^> \*\*Brouillon hors ligne : .*sans modèle de langage/);
    expect(replay.split('\n')[2]).toMatch(/^> \*\*Replayed: .*recorded answers/);
  });

  it('omits empty horizons from the gantt but keeps them in the roadmap', () => {
    const roadmap = buildRoadmap('en');
    roadmap.horizons[1] = { ...roadmap.horizons[1]!, actions: [], budgetUsed: 0, capacityUsed: 0 };
    const markdown = renderFullPlanMarkdown(roadmap, buildAnalyses('en'));
    expect(parseGantt(markdown).sections.map((s) => s.name)).toEqual(['Now', 'Later']);
    expect(markdown).toContain(
      '## Next — months 3 to 6\n\n- **Budget**: €0 / €7,000 (including €2,500 carried over from earlier horizons)',
    );
    expect(markdown).toContain('No action in this horizon.');
  });

  it('says when the brief gives no budget or capacity, never as a zero, and never prints NaN or Infinity', () => {
    const roadmap = buildRoadmap('en');
    roadmap.constraints = {
      ...roadmap.constraints,
      budget: null,
      budgetTotal: null,
      budgetAvailable: null,
      capacityDaysPerMonth: null,
      budgetPeriodMonths: null,
    };
    roadmap.horizons = roadmap.horizons.map((h) => ({ ...h, budget: null, capacityDays: null }));
    roadmap.horizons[0]!.actions[0]!.cost = Number.NaN;
    roadmap.horizons[0]!.actions[0]!.effortDays = Number.POSITIVE_INFINITY;
    const markdown = renderFullPlanMarkdown(roadmap, {});
    // Unknown stays unknown: spend is said as not capped, never as "€0" of a budget the brief never gave.
    expect(markdown).toContain('- **Planned spend**: €9,000, no cap: the brief states no budget');
    expect(markdown).toContain('- **Planned spend**: €2,000, no cap: the brief states no budget');
    expect(markdown).toContain('| about €4,500 |');
    expect(markdown).not.toMatch(/€0\b/);
    expect(markdown).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('spend the brief already committed', () => {
  it('compares the plan with what is left once committed spend is counted, not with the whole budget', () => {
    const roadmap = buildRoadmap('en');
    // A €5,000 trade show booked in the brief: the arbiter leaves €13,000 of the €18,000 to plan.
    roadmap.constraints = { ...roadmap.constraints, committedSpend: 5000, budgetAvailable: 13_000 };
    const markdown = renderFullPlanMarkdown(roadmap, {});
    expect(markdown).toContain('- **Budget planned**: €9,000 of €13,000 available (69%)');
    expect(markdown).not.toContain('of €18,000 available');
  });
});

describe('renderAnalysesMarkdown', () => {
  it('drafts every agent output alone, with the brief and the candidate actions', () => {
    const markdown = renderAnalysesMarkdown(buildAnalyses('en'), 'en');
    const headings = headingLines(markdown);
    for (const heading of [
      '# Marketing analyses — Brûlerie Nord',
      '## Brief',
      '## SWOT',
      '## Personas',
      '## Positioning & pricing',
      '## Customer journeys',
      '## Candidate actions',
    ]) {
      expect(headings).toContain(heading);
    }
    expect(markdown).toContain('- **Budget**: €18,000 per 12 months');
    expect(markdown).toContain('| Office | €1,890.50 per year | 50 kg; Machine |');
  });

  it('works before later agents have run, says what is missing, and labels an offline draft', () => {
    const { brief, swot } = buildAnalyses('fr');
    const markdown = renderAnalysesMarkdown({ brief, swot }, 'fr', 'offline');
    expect(markdown).toContain('> **Brouillon hors ligne');
    expect(markdown).toContain('## Personas\n\nPas encore produit.');
    expect(markdown).toContain('### Forces\n\n- S1 · Torréfaction sur place, fraîcheur prouvée (impact 4/5)');
    expect(markdown).not.toContain('Actions candidates');
  });

  it('is reused below the roadmap', () => {
    const analyses = buildAnalyses('fr');
    const alone = renderAnalysesMarkdown(analyses, 'fr');
    const roadmap = renderFullPlanMarkdown(buildRoadmap('fr'), analyses);
    // Same content, one heading level deeper under the roadmap's "Analyses" section.
    const withoutLevels = (text: string) => text.replace(/^#+ /gm, '# ');
    const swotAlone = alone.slice(alone.indexOf('## SWOT'), alone.indexOf('## Personas'));
    const swotInRoadmap = roadmap.slice(roadmap.indexOf('### SWOT'), roadmap.indexOf('### Personas'));
    expect(swotAlone).toContain('Torréfaction sur place');
    expect(withoutLevels(swotInRoadmap)).toBe(withoutLevels(swotAlone));
  });
});
