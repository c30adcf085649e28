// The exports people import: roadmap.csv for spreadsheets, roadmap.ics for calendars.
export { roadmapCsv } from './roadmap-csv.js';
export { type CalendarIdentity, roadmapIcs } from './roadmap-ics.js';
