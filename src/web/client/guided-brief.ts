/// <reference lib="dom" />
// The guided form → a JSON brief in the shape `boussole init` writes (only what was answered; unknowns stay null).
import type { UiLabels } from '../labels/ui-labels.js';
import type { ApiFailure } from './api.js';

type Fields = FormData;

const text = (form: Fields, name: string) => String(form.get(name) ?? '').trim();
const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A number as people type it (`1 200`, `1,5`), or null when empty; a field error when it is not a number. */
function number(form: Fields, name: string, field: string): number | null {
  const raw = text(form, name).replace(/[\s_]/g, '').replace(',', '.');
  if (raw === '') return null;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw fieldError(
      field,
      `Expected \`${name.replace(/^goal-\d-/, '')}\` to be a number from 0, got \`${text(form, name)}\`.`,
    );
  }
  return value;
}

function fieldError(field: string, message: string): ApiFailure {
  return { status: 400, code: 'usage', message, field };
}

export function buildGuidedBrief(form: Fields, t: UiLabels, lang: 'fr' | 'en' | ''): Record<string, unknown> {
  const name = text(form, 'company');
  if (!name) throw fieldError('company', t.needCompany);
  const goals = [1, 2, 3]
    .map((n) => ({ n, statement: text(form, `goal-${n}-statement`) }))
    .filter((goal) => goal.statement !== '')
    .map(({ n, statement }) => ({
      statement,
      metric: text(form, `goal-${n}-metric`) || null,
      baseline: number(form, `goal-${n}-baseline`, 'goals'),
      target: number(form, `goal-${n}-target`, 'goals'),
      unit: text(form, `goal-${n}-unit`) || null,
      horizonMonths: number(form, `goal-${n}-months`, 'goals'),
    }));
  if (goals.length === 0) throw fieldError('goals', t.needGoal);
  const amount = number(form, 'budget', 'budget');
  const currency = text(form, 'currency').toUpperCase() || 'EUR';
  if (amount !== null && !/^[A-Z]{3}$/.test(currency)) {
    throw fieldError(
      'budget',
      `Expected \`currency\` to be a 3-letter code such as EUR or USD, got \`${currency}\`.`,
    );
  }
  const period = number(form, 'period', 'budget') ?? 12;
  const people = number(form, 'people', 'capacity');
  const hours = number(form, 'hours', 'capacity');
  const businessModel = text(form, 'businessModel');
  return {
    company: {
      name,
      offer: text(form, 'offer') || null,
      businessModel: businessModel || null,
    },
    audience: text(form, 'audience') || null,
    goals,
    budget: amount === null ? null : { amount, currency, periodMonths: period || 12 },
    capacity: people === null && hours === null ? null : { people: people ?? 1, hoursPerWeek: hours ?? 0 },
    channels: lines(text(form, 'channels')),
    competitors: text(form, 'competitors')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
    constraints: lines(text(form, 'constraints')),
    calendar: {
      busyMonths: form
        .getAll('busy')
        .map(Number)
        .filter((m) => m >= 1 && m <= 12),
      deadlines: [],
    },
    language: lang || t.lang,
  };
}
