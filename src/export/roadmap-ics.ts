// roadmap.ics: an all-day event at each scheduled action's start and a review reminder each quarter (RFC 5545).
// UIDs depend on the run and the action only, and SEQUENCE on the version, so a calendar updates rather than duplicates.
import { createEvents, type EventAttributes } from 'ics';
import { addMonths } from '../arbiter/calendar.js';
import type { Roadmap } from '../arbiter/index.js';
import { BoussoleError } from '../errors/index.js';
import { exportLabelsFor } from './export-labels.js';

export interface CalendarIdentity {
  /** Stable for the life of a run (kept in its plan.json). */
  calendarId: string;
  /** The roadmap's version number: later versions carry a higher SEQUENCE. */
  version: number;
}

const parts = (month: string, day = 1): [number, number, number] => [
  Number(month.slice(0, 4)),
  Number(month.slice(5, 7)),
  day,
];

/** Null when the roadmap has no start month: a calendar needs real dates. */
export function roadmapIcs(roadmap: Roadmap, identity: CalendarIdentity): string | null {
  if (roadmap.start === null) return null;
  const l = exportLabelsFor(roadmap.language);
  // DTSTAMP must exist; derived from the plan's start and version, never from the clock, so the file is reproducible.
  const stamp = `${roadmap.start.replace('-', '')}01T${String(Math.min(identity.version, 23)).padStart(2, '0')}0000Z`;
  const events: EventAttributes[] = [];
  // `ics` honours `timestamp` (DTSTAMP) although its type declarations omit it.
  const stamped = (event: EventAttributes): EventAttributes => Object.assign({ timestamp: stamp }, event);
  for (const horizon of roadmap.horizons) {
    for (const a of horizon.actions) {
      if (a.startDate === null || a.status === 'done') continue;
      const target = a.kpi.target === null ? null : `${a.kpi.target}${a.kpi.unit ? ` ${a.kpi.unit}` : ''}`;
      events.push(
        stamped({
          uid: `${a.id.toLowerCase()}.${identity.calendarId}@boussole`,
          sequence: identity.version,
          start: parts(a.startDate),
          // An explicit DTEND: the library writes a one-day DURATION as `P1DT`, which RFC 5545 does not allow.
          end: parts(a.startDate, 2),
          title: l.eventTitle(a.id, a.title),
          description: l.eventDescription({
            kpi: a.kpi.metric,
            target,
            end: a.endDate ?? '',
            why: a.rationale,
          }),
          categories: [l.horizon[horizon.id]],
        }),
      );
    }
  }
  for (let quarter = 1; quarter * 3 <= roadmap.constraints.horizonMonths; quarter += 1) {
    const month = addMonths(roadmap.start, quarter * 3);
    events.push(
      stamped({
        uid: `review-${month}.${identity.calendarId}@boussole`,
        sequence: identity.version,
        start: parts(month),
        end: parts(month, 2),
        title: l.reviewTitle(roadmap.company),
        description: l.reviewDescription(quarter),
      }),
    );
  }
  const { error, value } = createEvents(events, {
    productId: '-//Boussole//Roadmap//FR',
    calName: l.calendarName(roadmap.company),
  });
  if (error || value === undefined) {
    throw new BoussoleError({
      code: 'export_failed',
      message: `Could not write roadmap.ics: ${error?.message ?? 'no output'}`,
    });
  }
  return value;
}
