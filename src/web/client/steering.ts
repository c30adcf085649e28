/// <reference lib="dom" />
// Decisions on an action (pin, lock, veto with a reason, new estimate), actual results and a review, scenarios:
// each sent to the API; a change that makes a new version reloads the page, which shows it and its changelog.
import type { UiLabels } from '../labels/ui-labels.js';
import { formatMoney } from '../view/format.js';
import { type ApiFailure, postJson, showError } from './api.js';

type Decision = Record<string, unknown> & { kind: string; actionId: string };

interface CompareAnswer {
  scenarios: { label: string; added: { id: string }[]; removed: { id: string }[] }[];
  unlock: { id: string; title: string; budget: number | null; capacityDaysPerMonth: number | null }[];
}

export function initSteering(runId: string, t: UiLabels, currency: string): void {
  const base = `/api/runs/${encodeURIComponent(runId)}`;
  const decide = async (decision: Decision, form: HTMLElement | null) => {
    const result = await postJson(`${base}/decisions`, decision, t);
    if (result.ok) {
      window.location.reload();
      return;
    }
    if (form) showError(form, result.error, fieldFor(decision.kind));
    else window.alert(result.error.message);
  };

  // Delegated: the roadmap is redrawn after a preview, so handlers hang on the container, not on each button.
  const roadmap = document.getElementById('roadmap');
  roadmap?.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-decide]');
    if (!button) return;
    const actionId = button.dataset.actionId ?? '';
    void decide({ kind: button.dataset.decide === 'unpin' ? 'undo' : 'pin', actionId }, button.closest('li'));
  });
  roadmap?.addEventListener('change', (event) => {
    const select = event.target as HTMLSelectElement;
    if (select.dataset.decide !== 'lock') return;
    const actionId = select.dataset.actionId ?? '';
    void decide(
      select.value ? { kind: 'lock', actionId, horizon: select.value } : { kind: 'undo', actionId },
      select.closest('li'),
    );
  });
  roadmap?.addEventListener('submit', (event) => {
    const form = event.target as HTMLFormElement;
    const actionId = form.dataset.actionId ?? '';
    const fields = new FormData(form);
    if (form.classList.contains('veto-form')) {
      event.preventDefault();
      void decide({ kind: 'veto', actionId, why: String(fields.get('why') ?? '') }, form);
    } else if (form.classList.contains('estimate-form')) {
      event.preventDefault();
      void decide(
        { kind: 'set', actionId, set: { cost: fields.get('cost'), effortDays: fields.get('effort') } },
        form,
      );
    }
  });

  initActuals(base, t);
  initCompare(base, t, currency);
}

const fieldFor = (kind: string) => (kind === 'veto' ? 'why' : kind === 'set' ? 'estimate' : 'form');

function initActuals(base: string, t: UiLabels): void {
  const form = document.getElementById('actuals-form') as HTMLFormElement | null;
  const body = document.getElementById('actuals-rows');
  if (!form || !body) return;
  document.getElementById('add-actual')?.addEventListener('click', () => {
    const last = body.querySelector('.actuals-row:last-child');
    if (!last) return;
    const copy = last.cloneNode(true) as HTMLElement;
    for (const input of copy.querySelectorAll<HTMLInputElement>('input[name="value"], input[name="spend"]'))
      input.value = '';
    body.append(copy);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const rows = [...body.querySelectorAll('.actuals-row')]
      .map((row) => {
        const get = (name: string) =>
          (row.querySelector(`[name="${name}"]`) as HTMLInputElement | null)?.value.trim() ?? '';
        return { month: get('month'), action: get('action'), value: get('value'), spend: get('spend') };
      })
      .filter((row) => row.value !== '' || row.spend !== '');
    if (rows.length === 0) {
      showError(form, { status: 400, code: 'actuals_invalid', message: t.actualsLead, field: 'actuals' });
      return;
    }
    const result = await postJson(`${base}/review`, { actuals: rows }, t);
    if (result.ok) window.location.reload();
    else showError(form, result.error, 'actuals');
  });
}

function initCompare(base: string, t: UiLabels, currency: string): void {
  const button = document.getElementById('compare-button');
  const target = document.getElementById('compare-result');
  const section = document.getElementById('compare');
  if (!button || !target || !section) return;
  button.addEventListener('click', async () => {
    const result = await postJson<CompareAnswer>(
      `${base}/compare`,
      { scenarios: 'budget=-20%,budget=+20%,capacity=+50%' },
      t,
    );
    if (!result.ok) {
      showError(section, result.error as ApiFailure, 'compare');
      return;
    }
    target.replaceChildren(compareList(result.data, t, currency));
  });
}

/** Built with textContent only: action titles come from a model and stay text. */
function compareList(answer: CompareAnswer, t: UiLabels, currency: string): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'compare-list';
  const ids = (moves: { id: string }[]) => moves.map((m) => m.id).join(', ');
  for (const scenario of answer.scenarios) {
    const item = document.createElement('li');
    const label = document.createElement('strong');
    label.textContent = scenario.label;
    const detail = document.createElement('span');
    const parts = [
      scenario.added.length > 0 ? `${t.compareAdds} ${ids(scenario.added)}` : '',
      scenario.removed.length > 0 ? `${t.compareRemoves} ${ids(scenario.removed)}` : '',
    ].filter(Boolean);
    detail.textContent = ` — ${parts.length > 0 ? parts.join(' · ') : t.compareSame}`;
    item.append(label, detail);
    list.append(item);
  }
  for (const unlock of answer.unlock) {
    const item = document.createElement('li');
    item.className = 'unlock';
    const needs = [
      unlock.budget === null ? null : `+${formatMoney(unlock.budget, currency, t.lang)}`,
      unlock.capacityDaysPerMonth === null ? null : `+${unlock.capacityDaysPerMonth} ${t.days}/${t.months}`,
    ].filter(Boolean);
    item.textContent = `${needs.join(' / ')} ${t.compareUnlock} ${unlock.id} · ${unlock.title}`;
    list.append(item);
  }
  return list;
}
