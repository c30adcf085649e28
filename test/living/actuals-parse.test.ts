// Reading actuals: CSV (`,` `;` tab, French or English headers) and YAML, and every bad row refused with its reason.
import { describe, expect, it } from 'vitest';
import { ActualsError, type BadRow, parseActuals } from '../../src/living/index.js';

const context = {
  start: '2027-01',
  horizonMonths: 12,
  knownIds: ['A1', 'A2', 'A3'],
  language: 'fr' as const,
};

function refused(text: string, format: 'csv' | 'yaml' = 'csv'): BadRow[] {
  try {
    parseActuals(text, format, context);
  } catch (error) {
    if (error instanceof ActualsError) return error.rows;
    throw error;
  }
  throw new Error('expected the actuals to be refused');
}

describe('parseActuals', () => {
  it('reads French CSV with semicolons, grouped numbers and quoted notes', () => {
    const rows = parseActuals(
      '\uFEFFmois;action;valeur;dépense;note\n2027-02;a1;1 200,5;300;"salon ; bon retour"\n2027-03;A2;4;;\n',
      'csv',
      context,
    );
    expect(rows).toEqual([
      { month: '2027-02', actionId: 'A1', value: 1200.5, spend: 300, note: 'salon ; bon retour' },
      { month: '2027-03', actionId: 'A2', value: 4, spend: 0, note: null },
    ]);
  });

  it('reads English CSV and YAML lists', () => {
    expect(
      parseActuals('month,action,value,spend\n2027-01,A3,10,"1,250.00"\n', 'csv', context)[0],
    ).toMatchObject({
      spend: 1250,
    });
    const yaml =
      'actuals:\n  - month: "2027-04"\n    action: A2\n    value: 7\n    spend: 90\n    note: webinar\n';
    expect(parseActuals(yaml, 'yaml', context)).toEqual([
      { month: '2027-04', actionId: 'A2', value: 7, spend: 90, note: 'webinar' },
    ]);
  });

  it('lists every bad row: unknown action, month before the start or after the end, negative or non-numeric, twice', () => {
    const rows = refused(
      [
        'month,action,value,spend',
        '2027-01,A9,1,0',
        '2026-12,A1,1,0',
        '2028-01,A1,1,0',
        '2027-02,A1,-3,0',
        '2027-02,A2,many,0',
        '2027-02,A3,5,-10',
        '2027-13,A3,5,0',
        '2027-05,A3,5,0',
        '2027-05,A3,6,0',
      ].join('\n'),
    );
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 10]);
    expect(rows[0]?.problems[0]).toContain('A9');
    expect(rows[1]?.problems[0]).toContain('avant le début');
    expect(rows[2]?.problems[0]).toContain('après la fin');
    expect(rows[3]?.problems[0]).toContain('-3');
    expect(rows[4]?.problems[0]).toContain('many');
    expect(rows[7]?.problems[0]).toContain('ligne 9');
  });

  it('refuses a file with no rows or without the needed columns, saying what is expected', () => {
    expect(() => parseActuals('mois;action;valeur\n', 'csv', context)).toThrow(/aucune ligne/);
    expect(() => parseActuals('a,b\n1,2\n', 'csv', context)).toThrow(/Colonne « month »/);
    expect(() => parseActuals('just a sentence', 'yaml', context)).toThrow(/liste de lignes/);
  });
});
