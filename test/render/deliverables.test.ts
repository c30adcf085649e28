// What a reader gets: open questions first, a document that follows the profile, reasons in words, the brief's language.
import { describe, expect, it } from 'vitest';
import type { Brief, Language, Profile } from '../../agents/brief.js';
import type { AgentOutputs } from '../../agents/outputs.js';
import { arbitrate } from '../../src/arbiter/index.js';
import type { Roadmap } from '../../src/arbiter/roadmap.js';
import {
  createReportHtmlRenderer,
  FULL_PLAN_FILE,
  renderFullPlanMarkdown,
  renderRoadmapMarkdown,
} from '../../src/render/index.js';
import { planWeeks, workOrder } from '../../src/render/week-plan.js';
import { buildAnalyses } from './analyses-builder.js';
import { tagsOf } from './html-inspect.js';
import { buildRoadmap } from './roadmap-builder.js';

const renderHtml = createReportHtmlRenderer();
const LANGUAGES = ['fr', 'en'] as const;
const PROFILES: readonly Profile[] = ['executive', 'cmo', 'smb'];

function analysesWith(language: Language, brief: Partial<Brief> = {}): AgentOutputs {
  const analyses = buildAnalyses(language);
  return { ...analyses, brief: { ...analyses.brief, ...brief } };
}

const draft = (analyses: AgentOutputs, profile?: Profile) =>
  arbitrate({ ...analyses, draftKind: 'offline' }, profile ? { profile } : {});

/** Top-level (##) headings in order. */
const h2 = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('## '));
const sectionIds = (html: string) =>
  tagsOf(html)
    .filter((t) => t.name === 'section' && !t.closing)
    .map((t) => t.attributes.find((a) => a.name === 'id')?.value);

/** One section of the Markdown, from its heading to the next heading of the same level or above. */
function sectionText(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return '';
  const level = heading.split(' ')[0]!.length;
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}

const WORDS = {
  fr: {
    questions: '## Questions ouvertes',
    summary: '## Synthèse',
    memo: '## Note de décision',
    checklist: '## Semaine par semaine',
    appendix: '## Annexe : comment les actions ont été notées',
    budgetQuestion: 'Quel est votre budget marketing',
    hoursQuestion: 'Combien d’heures par semaine',
    goalQuestion: 'Quel objectif compte le plus',
  },
  en: {
    questions: '## Open questions',
    summary: '## Summary',
    memo: '## Decision memo',
    checklist: '## Week by week',
    appendix: '## Appendix: how the actions were scored',
    budgetQuestion: 'What is your marketing budget',
    hoursQuestion: 'How many hours a week',
    goalQuestion: 'Which goal matters most',
  },
} as const;

describe.each(LANGUAGES)('open questions (%s)', (language) => {
  const w = WORDS[language];
  const unknowns = analysesWith(language, { budget: null, capacity: null });
  const roadmap = draft(unknowns);

  it('ranks what the brief leaves unknown: budget, then hours, then each goal’s figure of today', () => {
    const topics = roadmap.openQuestions.map((q) => q.topic);
    expect(topics.slice(0, 2)).toEqual(['budget', 'capacity']);
    expect(roadmap.openQuestions.filter((q) => q.topic === 'goal_baseline').map((q) => q.goalId)).toEqual([
      'G1',
      'G2',
      'G3',
    ]);
    expect(roadmap.openQuestions[0]!.question).toContain(w.budgetQuestion);
    expect(roadmap.openQuestions[1]!.question).toContain(w.hoursQuestion);
    expect(roadmap.openQuestions.find((q) => q.goalId === 'G2')?.field).toBe('goals[G2].baseline');
    // Competitors, channels, offer and audience are in the brief: nothing asked about them.
    expect(topics).not.toContain('competitors');
    expect(topics).not.toContain('channels');
    expect(topics).not.toContain('offer');
  });

  it('asks for a goal first when the brief states none', () => {
    const noGoal = draft(analysesWith(language, { goals: [] }));
    expect(noGoal.openQuestions[0]).toMatchObject({ topic: 'goals', field: 'goals' });
    expect(noGoal.openQuestions[0]!.question).toContain(w.goalQuestion);
  });

  it('drops a question once it is answered, including by replan', () => {
    const replanned = arbitrate({ ...unknowns, draftKind: 'offline' }, { budget: 6000 });
    expect(replanned.openQuestions.map((q) => q.topic)).not.toContain('budget');
    expect(replanned.openQuestions.map((q) => q.topic)).toContain('capacity');
  });

  it('comes first in roadmap.md and report.html, with how to answer', () => {
    const markdown = renderRoadmapMarkdown(roadmap, unknowns);
    expect(h2(markdown)[0]).toBe(w.questions);
    const questions = sectionText(markdown, w.questions);
    expect(questions).toMatch(/^1\. /m);
    expect(questions).toContain(w.budgetQuestion);
    expect(questions).toContain('brief.yaml');
    expect(questions).toContain('boussole init');
    const ids = sectionIds(renderHtml(roadmap, unknowns));
    expect(ids[0]).toBe('open-questions');
    expect(ids.indexOf('open-questions')).toBeLessThan(ids.indexOf('summary'));
  });

  it('never turns an unknown budget into a zero', () => {
    const zero = language === 'fr' ? /(^|[^\d\s,])\s?0 €/m : /€0(?![\d,.])/;
    for (const profile of PROFILES) {
      const as = { ...roadmap, constraints: { ...roadmap.constraints, profile } };
      expect(renderRoadmapMarkdown(as, unknowns)).not.toMatch(zero);
    }
    const full = renderFullPlanMarkdown(roadmap, unknowns);
    expect(full).not.toMatch(zero);
    expect(full).toContain(language === 'fr' ? 'sans plafond' : 'no cap');
  });

  it('stays at the top of every profile’s roadmap.md, short for the memo and the checklist, in full in the full plan', () => {
    for (const profile of PROFILES) {
      const as = { ...roadmap, constraints: { ...roadmap.constraints, profile } };
      const markdown = renderRoadmapMarkdown(as, unknowns);
      expect(h2(markdown)[0]).toBe(w.questions);
      const questions = sectionText(markdown, w.questions);
      expect(questions).toContain(w.budgetQuestion);
      expect(questions).toContain(w.hoursQuestion);
      if (profile === 'cmo') continue;
      // The question alone, three at most, then where the others and the reasons are.
      expect(questions.split('\n').filter((line) => /^\d+\. /.test(line))).toHaveLength(3);
      expect(questions).toContain(FULL_PLAN_FILE);
      const full = sectionText(renderFullPlanMarkdown(as, unknowns), w.questions);
      expect(full.split('\n').filter((line) => /^\d+\. /.test(line))).toHaveLength(
        roadmap.openQuestions.length,
      );
    }
  });
});

describe.each(LANGUAGES)('profiles change the document, not the plan (%s)', (language) => {
  const w = WORDS[language];
  const analyses = analysesWith(language);
  const base = draft(analyses, 'cmo');
  /** The same roadmap.json with only the profile changed, as a hand edit or `replan --profile` leaves it. */
  const as = (profile: Profile): Roadmap => ({ ...base, constraints: { ...base.constraints, profile } });
  const docs = Object.fromEntries(PROFILES.map((p) => [p, renderRoadmapMarkdown(as(p), analyses)])) as Record<
    Profile,
    string
  >;

  it('gives the executive a one-page decision memo, and the full plan alongside', () => {
    const headings = h2(docs.executive);
    expect(headings).toContain(w.memo);
    // One printed page: no schedule, no horizon tables, no appendix; a line says where the full plan is.
    expect(headings).not.toContain(w.summary);
    expect(headings).not.toContain(w.appendix);
    expect(docs.executive.split('\n').length).toBeLessThanOrEqual(60);
    expect(docs.executive).toContain(FULL_PLAN_FILE);
    const memo = sectionText(docs.executive, w.memo);
    const subheadings = memo.split('\n').filter((line) => line.startsWith('### '));
    expect(subheadings).toEqual(
      language === 'fr'
        ? [
            '### Les trois paris',
            '### Où va l’argent',
            '### Ce que nous ne faisons pas, délibérément',
            '### Cinq indicateurs à suivre',
          ]
        : [
            '### The three bets',
            '### Where the money goes',
            '### What we deliberately do not do',
            '### Five KPIs to watch',
          ],
    );
    const betRows = sectionText(docs.executive, subheadings[0]!)
      .split('\n')
      .filter((line) => /^\| A\d/.test(line));
    expect(betRows).toHaveLength(Math.min(3, base.horizons.flatMap((h) => h.actions).length));
    // Each goal has its bet: the three goals of this brief are each served by one of the three.
    const betIds = betRows.map((row) => /^\| (A\d+b?) /.exec(row)?.[1]);
    const scheduled = base.horizons.flatMap((h) => h.actions);
    for (const goal of base.goals.filter((g) => g.covered)) {
      expect(scheduled.some((a) => betIds.includes(a.id) && a.goalIds.includes(goal.goalId))).toBe(true);
    }
    // What the brief itself rules out is a decision the memo states too.
    expect(sectionText(docs.executive, subheadings[2]!)).toContain(
      language === 'fr'
        ? '- Exclu par votre brief : Pas de publicité télévisée'
        : '- Ruled out in your brief: No TV advertising',
    );
    const kpiRows = sectionText(docs.executive, subheadings[3]!)
      .split('\n')
      .filter((line) => line.startsWith('|'));
    expect(kpiRows.length - 2).toBeLessThanOrEqual(5);
    expect(kpiRows.length - 2).toBeGreaterThan(0);
  });

  it('gives every goal a bet before a second bet on the same goal', () => {
    const roadmap = buildRoadmap(language, 'executive');
    const actions = roadmap.horizons.flatMap((h) => h.actions);
    // A2 is G1's only action and scores least: three bets by score alone would leave G1 out.
    for (const a of actions) a.score = { A1: 42.5, A2: 1, A3: 50, A4: 15.75 }[a.id] ?? a.score;
    const memo = sectionText(renderRoadmapMarkdown(roadmap, analyses), w.memo);
    const bets = memo.slice(0, memo.indexOf('\n### ', memo.indexOf('|')));
    expect(bets).toContain('| A2 · ');
    expect(bets).toContain('| A3 · ');
    expect(bets).not.toContain('| A1 · ');
  });

  it('gives a small team a week-by-week checklist at the brief’s 20 hours a week, and the full plan alongside', () => {
    expect(h2(docs.smb)).toContain(w.checklist);
    expect(h2(docs.smb)).not.toContain(w.summary);
    expect(docs.smb).toContain(FULL_PLAN_FILE);
    const checklist = sectionText(docs.smb, w.checklist);
    expect(checklist).toContain('20');
    expect(checklist).toMatch(language === 'fr' ? /^- \[ \] Semaines? 1\b/m : /^- \[ \] Weeks? 1\b/m);
    for (const action of base.horizons.flatMap((h) => h.actions))
      expect(checklist).toContain(`${action.id} · `);
  });

  it('gives the CMO the full plan with neither memo nor checklist', () => {
    expect(h2(docs.cmo)).not.toContain(w.memo);
    expect(h2(docs.cmo)).not.toContain(w.checklist);
    expect(h2(docs.cmo)).toContain(w.summary);
  });

  it('writes the full plan, with its score appendix, for every profile (the CMO’s roadmap.md is it)', () => {
    for (const profile of PROFILES) {
      const headings = h2(renderFullPlanMarkdown(as(profile), analyses));
      expect(headings).toContain(w.summary);
      expect(headings.indexOf(w.appendix)).toBeGreaterThan(headings.indexOf(w.summary));
      expect(headings).not.toContain(w.memo);
      expect(headings).not.toContain(w.checklist);
    }
    expect(docs.cmo).toBe(renderFullPlanMarkdown(as('cmo'), analyses));
  });

  it('keeps the full plan behind the memo or the checklist in report.html', () => {
    for (const profile of PROFILES) {
      const ids = sectionIds(renderHtml(as(profile), analyses));
      expect(ids).toContain('summary');
      expect(ids).toContain('schedule');
    }
  });

  it('follows the profile in roadmap.json in report.html too', () => {
    const ids = (p: Profile) => sectionIds(renderHtml(as(p), analyses));
    expect(ids('executive')).toContain('decision-memo');
    expect(ids('executive')).not.toContain('checklist');
    expect(ids('smb')).toContain('checklist');
    expect(ids('cmo')).not.toContain('decision-memo');
    expect(ids('cmo')).not.toContain('checklist');
  });
});

describe('the week-by-week checklist', () => {
  const analyses = analysesWith('en');
  const roadmap = draft(analyses, 'smb');

  it('never plans more hours in a week than stated, and plans every hour of every action', () => {
    const weeks = planWeeks(roadmap, 20);
    for (const week of weeks) {
      expect(week.tasks.reduce((sum, t) => sum + t.hours, 0)).toBeLessThanOrEqual(20 + 1e-9);
    }
    for (const action of roadmap.horizons.flatMap((h) => h.actions)) {
      const planned = weeks.flatMap((w) => w.tasks).filter((t) => t.action.id === action.id);
      expect(planned.reduce((sum, t) => sum + t.hours, 0)).toBeCloseTo(action.effortDays * 7, 6);
      expect(planned.filter((t) => t.finishes)).toHaveLength(1);
    }
  });

  it('starts nothing before its own month (within its horizon), and nothing before what it depends on is done', () => {
    const weeks = planWeeks(roadmap, 20);
    const first = new Map<string, number>();
    const last = new Map<string, number>();
    for (const week of weeks) {
      for (const task of week.tasks) {
        if (!first.has(task.action.id)) first.set(task.action.id, week.index);
        last.set(task.action.id, week.index);
      }
    }
    for (const horizon of roadmap.horizons) {
      for (const action of horizon.actions) {
        const month = Number.isFinite(action.startMonth) ? action.startMonth : horizon.startMonth;
        expect(month).toBeGreaterThanOrEqual(horizon.startMonth);
        expect(first.get(action.id)!).toBeGreaterThanOrEqual(Math.ceil((month * 52) / 12) + 1);
        for (const dep of action.dependsOn)
          expect(first.get(action.id)!).toBeGreaterThanOrEqual(last.get(dep)!);
      }
    }
    expect(workOrder(roadmap).map((a) => a.id)).toHaveLength(first.size);
  });

  it('plans no work in the busy months the brief names, and says the weeks are a pause', () => {
    const dated = { ...buildRoadmap('fr', 'smb'), start: '2027-01' };
    dated.constraints = { ...dated.constraints, busyMonths: [4, 5] };
    const weeks = planWeeks(dated, 20, { start: '2027-01', busyMonths: [4, 5] });
    // 2027-01 is month 0: April and May are plan months 3 and 4.
    const busy = weeks.filter((w) => w.month === 3 || w.month === 4);
    expect(busy.length).toBeGreaterThan(0);
    for (const week of busy) expect(week.tasks).toEqual([]);
    for (const week of weeks.filter((w) => w.month !== 3 && w.month !== 4)) expect(week.paused).toBe(false);
    const checklist = sectionText(
      renderRoadmapMarkdown(dated, buildAnalyses('fr')),
      '## Semaine par semaine',
    );
    expect(checklist).toMatch(/^- \[ \] Semaines 14 à \d+ \(avr\. 2027\) : pause : mois chargé/m);
  });

  it('says so when the brief gives no hours, and lists the order and the hours without inventing weeks', () => {
    const unknown = analysesWith('fr', { capacity: null });
    const markdown = renderRoadmapMarkdown(draft(unknown, 'smb'), unknown);
    const checklist = sectionText(markdown, '## Semaine par semaine');
    expect(checklist).toContain('ne dit pas combien d’heures');
    expect(checklist).not.toMatch(/Semaines? \d/);
    expect(checklist).toMatch(/^- \[ \] Maintenant : A\d/m);
  });
});

describe.each(LANGUAGES)('why now, in words (%s)', (language) => {
  const newsletter = analysesWith(language, {
    assets: [{ name: 'newsletter', kind: 'contact_list', size: 1900, unit: 'contacts', dormant: true }],
  });
  const roadmap = draft(newsletter, 'cmo');
  const scheduled = roadmap.horizons.flatMap((h) => h.actions);

  it('names the goal and what the action builds on, with no score arithmetic', () => {
    for (const action of scheduled) {
      expect(action.rationale).not.toMatch(/RICE|score|\d+ ×/i);
      expect(action.rationale).toMatch(/G\d/);
    }
    // The actions are all in the email channel: each builds on the dormant newsletter the brief names.
    expect(scheduled[0]!.rationale).toContain(
      language === 'fr'
        ? 'réactive «\u00a0newsletter\u00a0» (1\u202f900 contacts)'
        : 'reactivates newsletter (1,900 contacts)',
    );
  });

  it('leads with the goal and the lever; a rank is at most a short tail', () => {
    for (const action of scheduled) {
      // Never opens on a rank ("3e sur 9 au rapport gain / effort" / "ranked 3rd of 9"): the reason comes first.
      expect(action.rationale).not.toMatch(
        /^(Sert G\d+, \d|Serves G\d+, ranked|Meilleure action|Best feasible)/,
      );
      const rank = action.rationale.search(
        language === 'fr' ? /\d+(re|e) sur \d+/ : /\d+(st|nd|rd|th) of \d+/,
      );
      if (rank >= 0) {
        expect(action.rationale.slice(0, rank)).toMatch(/G\d/);
        expect(action.rationale.slice(rank)).toMatch(/\)\.?$|\) ;|\);/);
      }
    }
    const scored = scheduled.filter((a) => /^(Sert|Serves) G\d/.test(a.rationale));
    expect(scored.length).toBeGreaterThan(0);
    for (const action of scored)
      expect(action.rationale).toMatch(
        language === 'fr'
          ? /^Sert G\d+ (en réactivant|en s’appuyant sur|via) /
          : /^Serves G\d+ (by reactivating|by building on|through) /,
      );
  });

  it('keeps the arithmetic in the appendix, one row per action', () => {
    const w = WORDS[language];
    const markdown = renderRoadmapMarkdown(roadmap, newsletter);
    const appendix = sectionText(markdown, w.appendix);
    expect(appendix).toContain('RICE');
    const all = [...scheduled, ...roadmap.deferred, ...roadmap.excluded];
    for (const action of all) expect(appendix).toContain(`| ${action.id} · `);
    // The plan's tables carry reasons, not scores.
    const plan = markdown.slice(0, markdown.indexOf(`\n${w.appendix}\n`));
    expect(plan).not.toMatch(/\| (Score|score) \|/);
  });
});

describe('why later, when an action waits for another', () => {
  it('names what it waits for by title, not only by id', () => {
    const analyses = buildAnalyses('en');
    // A3 depends on A1; an A1 the budget cannot fund leaves A3 waiting.
    const actions = analyses.prioritizer.actions.map((a) => (a.id === 'A1' ? { ...a, cost: 1_000_000 } : a));
    const roadmap = arbitrate({ ...analyses, prioritizer: { actions }, draftKind: 'offline' });
    const waiting =
      roadmap.deferred.find((a) => a.id === 'A3') ?? roadmap.excluded.find((a) => a.id === 'A3');
    expect(waiting?.code).toMatch(/^dependency_/);
    const row = renderFullPlanMarkdown(roadmap, analyses)
      .split('\n')
      .find((line) => line.startsWith('| A3 · '));
    expect(row).toContain('(A1 · Office trial offer)');
  });
});
