// A structured brief's constraints line that closes a period ("ne signe presque rien en août") gives busy months.
import { describe, expect, it } from 'vitest';
import { mapBriefFields } from '../../src/brief/fields/map-fields.js';

describe('constraints that close a period', () => {
  it('reads "le secteur ne signe presque rien en août ni pendant les congés de Noël" as busy months 8 and 12', () => {
    const mapped = mapBriefFields(
      { contraintes: 'le secteur ne signe presque rien en août ni pendant les congés de Noël' },
      'fr',
    );
    expect(mapped.stated.calendar?.busyMonths).toEqual([8, 12]);
    expect(mapped.stated.constraints).toHaveLength(1);
  });

  it('reads no busy month from a constraint that only names a month', () => {
    const mapped = mapBriefFields({ constraints: 'the new website launches in March' }, 'en');
    expect(mapped.stated.calendar).toBeUndefined();
  });
});
