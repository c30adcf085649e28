// Golden sequences on two fixture cases: draft → decide (veto, pin) → review → review, each step's roadmap.json,
// changes.md and roadmap.csv kept as snapshots a person reviews (test/living/golden/), plus what must always hold:
// earlier versions never change, a veto and a pin hold, a fired kill criterion stops its action and is named.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Roadmap } from '../../src/arbiter/index.js';
import { applyDecision, reviewRun } from '../../src/living/index.js';
import { caseOutputs, makeRun } from './run-fixture.js';

interface Sequence {
  caseId: string;
  veto: { id: string; why: string };
  pin: { id: string; why: string };
  /** Hand-written actuals (CSV), first and second review. */
  reviews: [string, string];
  stopped: string;
}

const SEQUENCES: Sequence[] = [
  {
    caseId: 'fr-boulangerie-lyon',
    veto: { id: 'A8', why: 'Pas de publicité payante cette année' },
    pin: { id: 'A12', why: 'La newsletter est promise aux clients fidèles' },
    reviews: [
      [
        'mois;action;valeur;dépense;note',
        '2027-01;A2;0;0;fiche mise à jour',
        '2027-02;A2;0;0;',
        '2027-03;A2;0;0;aucun appel de plus',
        '2027-02;A1;40;150;',
        '2027-03;A1;160;150;affichage en caisse',
      ].join('\n'),
      [
        'mois;action;valeur;dépense;note',
        '2027-04;A1;260;0;',
        '2027-05;A1;330;0;',
        '2027-05;A10;90;200;carte lancée',
        '2027-06;A10;150;160;',
      ].join('\n'),
    ],
    stopped: 'A2',
  },
  {
    caseId: 'en-saas-devtools',
    veto: { id: 'A4', why: 'No conference sponsorships this year' },
    pin: { id: 'A9', why: 'The board wants us at the summit' },
    reviews: [
      [
        'month,action,value,spend,note',
        '2027-01,A6,10,1500,listed on two marketplaces',
        '2027-02,A6,20,1500,',
        '2027-03,A6,30,1000,',
        '2027-01,A7,90,24000,',
        '2027-02,A7,200,24000,"new creative, broader audience"',
      ].join('\n'),
      ['month,action,value,spend,note', '2027-04,A7,320,24000,', '2027-05,A2,25,3000,calculator live'].join(
        '\n',
      ),
    ],
    stopped: 'A6',
  },
];

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
const json = (dir: string) => JSON.parse(read(dir, 'roadmap.json')) as Roadmap;
const scheduledIds = (r: Roadmap) => r.horizons.flatMap((h) => h.actions.map((a) => a.id));

/** Every archived file's bytes, by path: a later step may add files, never change one. */
function versions(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const n of readdirSync(join(dir, 'versions')).sort()) {
    for (const f of readdirSync(join(dir, 'versions', n)).sort())
      files.set(`${n}/${f}`, read(dir, join('versions', n, f)));
  }
  return files;
}

describe('the living roadmap, step by step', () => {
  for (const seq of SEQUENCES) {
    it(`${seq.caseId}: draft → decide → review → review`, async () => {
      const dir = await makeRun(await caseOutputs(seq.caseId), '2027-01', seq.caseId);
      const golden = (step: string, name: string) => `golden/${seq.caseId}/${step}.${name}`;
      const snap = async (step: string) => {
        await expect(read(dir, 'roadmap.json')).toMatchFileSnapshot(golden(step, 'roadmap.json'));
        await expect(read(dir, 'roadmap.csv')).toMatchFileSnapshot(golden(step, 'roadmap.csv'));
        if (step !== '0-draft')
          await expect(read(dir, 'changes.md')).toMatchFileSnapshot(golden(step, 'changes.md'));
      };
      await snap('0-draft');
      const seen = new Map<string, string>();
      const keepsHistory = () => {
        const now = versions(dir);
        for (const [path, bytes] of seen) expect(now.get(path), `versions/${path} changed`).toBe(bytes);
        for (const [path, bytes] of now) seen.set(path, bytes);
      };

      await applyDecision(
        dir,
        { kind: 'veto', actionId: seq.veto.id, why: seq.veto.why },
        '2027-01-10T09:00:00.000Z',
      );
      const pinned = await applyDecision(
        dir,
        { kind: 'pin', actionId: seq.pin.id, why: seq.pin.why },
        '2027-01-10T09:05:00.000Z',
      );
      keepsHistory();
      await snap('1-decided');
      expect(pinned.version).toBe(3);
      expect(json(dir).excluded.find((a) => a.id === seq.veto.id)).toMatchObject({ code: 'vetoed' });
      expect(json(dir).excluded.find((a) => a.id === seq.veto.id)?.reason).toContain(seq.veto.why);
      expect(scheduledIds(json(dir))).toContain(seq.pin.id);

      const first = await reviewRun(dir, seq.reviews[0], 'csv');
      keepsHistory();
      await snap('2-reviewed');
      const afterFirst = json(dir);
      expect(afterFirst.excluded.find((a) => a.id === seq.stopped)).toMatchObject({ code: 'stopped' });
      expect(afterFirst.changes.find((c) => c.id === seq.stopped)).toMatchObject({ kind: 'stopped' });
      expect(afterFirst.constraints.spentToDate).toBe(first.accepted.reduce((sum, r) => sum + r.spend, 0));
      // The decisions still hold after the review.
      expect(afterFirst.excluded.find((a) => a.id === seq.veto.id)?.code).toBe('vetoed');
      expect(scheduledIds(afterFirst)).toContain(seq.pin.id);

      await reviewRun(dir, seq.reviews[1], 'csv');
      keepsHistory();
      await snap('3-reviewed-again');
      expect(versions(dir).size).toBeGreaterThanOrEqual(4);
    });
  }
});
