// Where the page templates live and how they are compiled: one list for the server and the browser bundle.
import { projectPath } from '../paths.js';

export const TEMPLATES_DIR = projectPath('src', 'web', 'templates');

/** Strict: a missing field is an error, not an empty string. HTML escaping stays on everywhere. */
export const TEMPLATE_OPTIONS = { strict: true, knownHelpersOnly: true } as const;

/** Partials by the name templates use, and their file under TEMPLATES_DIR. */
export const PARTIAL_FILES = {
  draftOptions: 'partials/draft-options.hbs',
  progress: 'partials/progress.hbs',
} as const;

export const PAGE_FILES = {
  layout: 'layout.hbs',
  newDraft: 'new-draft.hbs',
  runs: 'runs.hbs',
  run: 'run.hbs',
  evals: 'evals.hbs',
  error: 'error.hbs',
  /** Also bundled for the browser, which redraws it after a re-plan preview. */
  roadmap: 'roadmap.hbs',
} as const;

export type PageName = keyof typeof PAGE_FILES;
