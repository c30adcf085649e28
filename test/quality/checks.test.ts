// Each honesty check on a small hand-built draft: it passes on the clean draft and fails on exactly the fault it is for.
import { describe, expect, it } from 'vitest';
import { draftViewFromCase } from '../../evals/checks/draft-view.js';
import {
  type DraftView,
  HONESTY_CHECK_NAMES,
  HONESTY_CHECKS,
  type HonestyCheckName,
} from '../../evals/checks/index.js';
import { tinyCase } from '../evals/cases.js';

type Outputs = Parameters<Parameters<typeof tinyCase>[0] & object>[0];

const GANTT = [
  '```mermaid',
  'gantt',
  '    dateFormat YYYY-MM-DD',
  '    A1 Launch the monthly book box page :A1, 2027-01-01, 2027-04-01',
  '    A3 Author event series with a local café :A3, 2027-04-01, 2027-07-01',
  '```',
].join('\n');

/** The tiny bookshop case as a finished draft: a roadmap.md in English with a real gantt, a summary, a start month. */
function draft(change: (o: Outputs) => void = () => {}, more: Partial<DraftView> = {}): DraftView {
  const view = draftViewFromCase(tinyCase(change));
  if (view === null) throw new Error('the tiny case has no valid brief');
  const roadmapJson = { ...(view.roadmapJson as object), start: '2027-01' };
  return {
    ...view,
    roadmapJson,
    roadmapMd: `# Marketing roadmap — Lantern Books Ltd\n\n## Summary\n\n- Now: 2 actions, from January 2027\n\n${GANTT}\n`,
    summary:
      'Run completed: /tmp/run\n  Now 2, Next 1, Later 0; 0 deferred, 0 left out; goals covered 2/2; 0 warnings.\n',
    start: '2027-01',
    ...more,
  };
}

const failing = (d: DraftView): HonestyCheckName[] =>
  HONESTY_CHECK_NAMES.filter((n) => !HONESTY_CHECKS[n].run(d).pass);
const action = (o: Outputs, id: string) => {
  const found = o.prioritizer.actions.find((a) => a.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('honesty checks on a small hand-built draft', () => {
  it('all pass on the clean draft, each registered with what it catches', () => {
    const d = draft();
    expect(failing(d)).toEqual([]);
    for (const name of HONESTY_CHECK_NAMES)
      expect(HONESTY_CHECKS[name].catches.length, name).toBeGreaterThan(20);
  });

  it('no_pasted_fragment: five words of the brief in a title fail; the company name alone does not', () => {
    const pasted = draft((o) => {
      action(o, 'A1').title = 'SEO for an independent bookshop in York';
    });
    expect(failing(pasted)).toEqual(['no_pasted_fragment']);
    expect(HONESTY_CHECKS.no_pasted_fragment.run(pasted).reason).toContain('an independent bookshop in york');
    const named = draft((o) => {
      action(o, 'A1').title = 'Lantern Books Ltd book box landing page';
    });
    expect(failing(named)).toEqual([]);
  });

  it('no_invented_money: an unstated figure fails; the brief’s own, a derived budget or a labelled estimate pass', () => {
    const invented = draft((o) => {
      action(o, 'A2').description = 'A weekly email that will bring £48,000 of extra sales.';
    });
    expect(failing(invented)).toEqual(['no_invented_money']);
    const fine = draft((o) => {
      action(o, 'A2').description =
        'Staff picks at £25 a box, within £1,000 a month of budget; a typical open rate is 40 % (benchmark), worth about £3,000 (estimate).';
    });
    expect(failing(fine)).toEqual([]);
  });

  it('no_invented_competitor: a competitor the brief never names fails', () => {
    const d = draft((o) => {
      o.positioning.pricing.competitorReferences.push({
        competitor: 'Amazon Books',
        price: null,
        note: null,
      });
    });
    expect(failing(d)).toEqual(['no_invented_competitor']);
  });

  it('channels_honoured: a named channel ignored, or called "not used yet", fails; a dormant one may be called unused', () => {
    const withInstagram = (status: 'active' | 'dormant', swotText: string) =>
      draft((o) => {
        o.brief.channels = [{ name: 'Instagram', metric: 'followers', value: 900, status }];
        action(o, 'A2').description = 'Weekly email with staff picks, each one also posted on Instagram.';
        o.swot.weaknesses[0]!.statement = swotText;
      });
    expect(failing(withInstagram('active', 'A team of two: Instagram gets a post a week'))).toEqual([]);
    const calledUnused = withInstagram('active', 'Instagram is not used yet, so events reach only regulars');
    expect(failing(calledUnused)).toEqual(['channels_honoured']);
    expect(failing(withInstagram('dormant', 'Instagram is unused since 2023'))).toEqual([]);
    expect(failing(withInstagram('dormant', 'Instagram is not used yet'))).toEqual(['channels_honoured']);
    const ignored = draft((o) => {
      o.brief.channels = [{ name: 'TikTok', metric: null, value: null, status: 'active' }];
    });
    expect(HONESTY_CHECKS.channels_honoured.run(ignored).reason).toContain(
      'TikTok is named in the brief but neither used nor explained',
    );
  });

  it('goals_served: a goal with candidates but no scheduled action and no reason fails; one served only generically too', () => {
    const d = draft();
    const roadmap = structuredClone(d.roadmapJson) as { horizons: { actions: { goalIds: string[] }[] }[] };
    for (const h of roadmap.horizons) h.actions = h.actions.filter((a) => !a.goalIds.includes('G2'));
    expect(failing({ ...d, roadmapJson: roadmap })).toEqual(['goals_served']);
    const meta = {
      ...d,
      stated: {
        ...d.stated,
        from: 'meta' as const,
        goals: [{ ...d.stated.goals[1]!, ids: null, match: ['event'], servedBy: ['Leeds'] }],
      },
    };
    expect(HONESTY_CHECKS.goals_served.run(meta).reason).toContain('served only by generic actions');
  });

  it('kpi_plausible: unround, trivially small, over 100 % or the whole goal on one action fail', () => {
    const cases: [string, (o: Outputs) => void][] = [
      ['not a round figure', (o) => void Object.assign(action(o, 'A1').kpi, { target: 1137 })],
      [
        'too small',
        (o) =>
          void Object.assign(action(o, 'A1').kpi, {
            metric: 'visits to the box page',
            target: 3,
            unit: 'visits',
          }),
      ],
      [
        'cannot pass 100',
        (o) => void Object.assign(action(o, 'A2').kpi, { metric: 'open rate', target: 140, unit: '%' }),
      ],
      [
        'more than the whole increment',
        (o) => void Object.assign(action(o, 'A1').kpi, { metric: 'subscribers from the page', target: 290 }),
      ],
    ];
    for (const [reason, change] of cases) {
      const d = draft(change);
      expect(failing(d), reason).toEqual(['kpi_plausible']);
      expect(HONESTY_CHECKS.kpi_plausible.run(d).reason).toContain(reason);
    }
  });

  it('real_dates: a year-2000 gantt or a "relative calendar" fails', () => {
    expect(
      failing(
        draft(undefined, {
          roadmapMd: `# Marketing roadmap — Lantern Books Ltd\n${GANTT.replaceAll('2027', '2000')}`,
        }),
      ),
    ).toEqual(['real_dates']);
    expect(
      failing(
        draft(undefined, {
          roadmapMd:
            '# Marketing roadmap — Lantern Books Ltd\nA relative calendar: month 1 is the first month.',
        }),
      ),
    ).toEqual(['real_dates']);
  });

  it('language_lines: an English line in a French draft fails; "58 d of 60 d" is not French', () => {
    const french = draft(undefined, {
      stated: { ...draft().stated, language: 'fr' },
      roadmapMd:
        '# Feuille de route marketing — Lantern Books Ltd\n\n- Maintenant : 2 actions, à partir de janvier 2027\n',
      summary: 'Run terminé : /tmp/run\n  Maintenant 2, Ensuite 1 ; objectifs couverts 2/2.\n',
      roadmapJson: { start: '2027-01', horizons: [] },
    });
    expect(HONESTY_CHECKS.language_lines.run(french)).toMatchObject({ pass: true, score: 1 });
    const mixed = {
      ...french,
      summary:
        'Run completed: /tmp/run\n  Maintenant 2; 0 deferred, 0 left out; goals covered 2/2; 0 warnings.\n',
    };
    expect(HONESTY_CHECKS.language_lines.run(mixed).pass).toBe(false);
    expect(HONESTY_CHECKS.language_lines.run(mixed).reason).toContain('summary reads as en');
    expect(
      failing(draft(undefined, { summary: '- **Capacity committed**: 58 d of 60 d available' })),
    ).toEqual([]);
  });

  it('open_questions: an unknown budget needs a question about it and is never shown as zero', () => {
    const d = draft();
    const unknownBudget = { ...d, stated: { ...d.stated, unknown: ['budget' as const] } };
    expect(failing(unknownBudget)).toEqual(['open_questions']);
    const asked = {
      ...unknownBudget,
      roadmapMd: `${d.roadmapMd}\n## Open questions\n\n1. What is your monthly marketing budget?\n`,
    };
    expect(failing(asked)).toEqual([]);
    const zero = { ...asked, summary: '- **Budget committed**: $0 of $0' };
    expect(HONESTY_CHECKS.open_questions.run(zero).reason).toContain('shows a zero budget');
  });

  it('company_named: a placeholder for the company fails; a shortened name does not', () => {
    const d = draft();
    expect(failing({ ...d, roadmapMd: '# Marketing roadmap — Your company\n' })).toContain('company_named');
    expect(failing({ ...d, roadmapMd: '# Marketing roadmap — Unnamed business\n' })).toContain(
      'company_named',
    );
    expect(
      HONESTY_CHECKS.company_named.run({ ...d, roadmapMd: '# Marketing roadmap — Lantern Books\n' }).pass,
    ).toBe(true);
    const yourShop = draft((o) => {
      action(o, 'A2').title = 'Weekly email from your firm with staff picks';
    });
    expect(HONESTY_CHECKS.company_named.run(yourShop).reason).toContain(
      'where the brief names Lantern Books Ltd',
    );
    const unnamed = { ...yourShop, stated: { ...yourShop.stated, company: null } };
    expect(HONESTY_CHECKS.company_named.run(unnamed).pass).toBe(true);
  });

  it('calendar_read: a busy month or committed spend left unread, or an action started in a busy month, fails', () => {
    const d = draft();
    const busyUnread = { ...d, stated: { ...d.stated, busyMonths: [12] } };
    expect(failing(busyUnread)).toEqual(['calendar_read']);
    const read = draft((o) => {
      o.brief.calendar.busyMonths = [12];
    });
    const withBusy = { ...read, stated: { ...read.stated, busyMonths: [12] } };
    expect(failing(withBusy)).toEqual([]);
    const roadmap = structuredClone(withBusy.roadmapJson) as {
      horizons: { actions: { startDate?: string }[] }[];
    };
    const first = roadmap.horizons.flatMap((h) => h.actions)[0];
    if (first) first.startDate = '2027-12-01';
    expect(HONESTY_CHECKS.calendar_read.run({ ...withBusy, roadmapJson: roadmap }).reason).toContain(
      'a busy month of the brief',
    );
    const unreadSpend = { ...d, stated: { ...d.stated, committedSpend: [4800] } };
    expect(HONESTY_CHECKS.calendar_read.run(unreadSpend).reason).toContain('commits 4800 already');
  });

  it('budget_read: a stated budget read wrong or not at all fails, and so does a budget the brief never states', () => {
    const d = draft();
    const stated = (budget: DraftView['stated']['budget']) => ({ ...d, stated: { ...d.stated, budget } });
    expect(failing(stated({ amount: 12_000, currency: 'GBP', periodMonths: 12 }))).toEqual([]);
    const monthly = draft((o) => {
      o.brief.budget = { amount: 1_000, currency: 'GBP', periodMonths: 1 };
    });
    expect(
      HONESTY_CHECKS.budget_read.run({
        ...monthly,
        stated: { ...monthly.stated, budget: { amount: 12_000, currency: 'GBP', periodMonths: 12 } },
      }).pass,
    ).toBe(true);
    expect(
      HONESTY_CHECKS.budget_read.run(stated({ amount: 18_000, currency: 'GBP', periodMonths: 12 })).reason,
    ).toContain('budget read as 12000');
    expect(HONESTY_CHECKS.budget_read.run(stated(null)).reason).toContain(
      'states no budget, yet the draft reads 12000',
    );
  });

  it('business_reasons: a "why now" made of score arithmetic fails', () => {
    const d = draft();
    const roadmap = structuredClone(d.roadmapJson) as { horizons: { actions: { rationale: string }[] }[] };
    for (const a of roadmap.horizons.flatMap((h) => h.actions))
      a.rationale = 'Serves G1 with the weekly email the regulars already read; fits this quarter.';
    expect(HONESTY_CHECKS.business_reasons.run({ ...d, roadmapJson: roadmap }).pass).toBe(true);
    const first = roadmap.horizons.flatMap((h) => h.actions)[0];
    if (first)
      first.rationale = 'Ranked 2 of 9: score 924 = RICE 700 × goal 1.2 × profile 1.1; placed in Now.';
    expect(HONESTY_CHECKS.business_reasons.run({ ...d, roadmapJson: roadmap }).reason).toContain(
      'score arithmetic',
    );
  });
});
