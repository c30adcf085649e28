/// <reference lib="dom" />
// Budget, capacity, horizon and profile: each change previews a re-plan at once; "Save as a new version" writes it.
import type { Roadmap } from '../../arbiter/roadmap.js';
import type { UiLabels } from '../labels/ui-labels.js';
import { formatMoney } from '../view/format.js';
import { postJson, showError } from './api.js';
import type { PageData } from './page-data.js';
import { renderRoadmap } from './roadmap-render.js';

/** Sliders fire on every pixel: wait this long after the last move before asking the server. */
const DEBOUNCE_MS = 120;

export function initReplanControls(data: PageData, t: UiLabels, onSaved: () => void): void {
  const form = document.getElementById('replan-form') as HTMLFormElement | null;
  const target = document.getElementById('roadmap');
  if (!form || !target || !data.run) return;
  const runId = data.run;
  const save = document.getElementById('save-version') as HTMLButtonElement;
  const reset = document.getElementById('reset-controls') as HTMLButtonElement;
  const note = document.getElementById('preview-note') as HTMLElement;
  const budgetOut = document.getElementById('c-budget-out') as HTMLOutputElement;
  const initial = new FormData(form);
  let timer: number | undefined;
  let sequence = 0;

  const values = () => {
    const fields = new FormData(form);
    const budgetInput = form.elements.namedItem('budget') as HTMLInputElement;
    return {
      budget: budgetInput.disabled ? undefined : fields.get('budget'),
      capacityDays: fields.get('capacityDays') || undefined,
      horizonMonths: fields.get('horizonMonths') || undefined,
      profile: fields.get('profile') || undefined,
    };
  };

  const send = async (apply: boolean) => {
    const mine = ++sequence;
    form.setAttribute('aria-busy', 'true');
    const result = await postJson<{ roadmap: Roadmap }>(
      `/api/runs/${encodeURIComponent(runId)}/replan`,
      { ...values(), apply },
      t.networkError,
    );
    // A slower answer to an older position must not overwrite a newer one.
    if (mine !== sequence) return;
    form.removeAttribute('aria-busy');
    if (!result.ok) {
      showError(form, result.error);
      return;
    }
    showError(form, null);
    renderRoadmap(target, result.data.roadmap, t, data.fallbackStart ?? null, data.steering === true);
    target.dataset.preview = apply ? 'saved' : 'preview';
    note.hidden = apply;
    save.disabled = apply;
    reset.disabled = apply;
    if (apply) onSaved();
  };

  const changed = () => {
    const budget = form.elements.namedItem('budget') as HTMLInputElement;
    if (data.currency) budgetOut.value = formatMoney(Number(budget.value), data.currency, t.lang);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void send(false), DEBOUNCE_MS);
  };
  form.addEventListener('input', changed);
  form.addEventListener('submit', (event) => event.preventDefault());
  save.addEventListener('click', () => void send(true));
  reset.addEventListener('click', () => {
    for (const [name, value] of initial) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (field) field.value = String(value);
    }
    changed();
  });
}
