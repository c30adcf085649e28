// Writes a known answer back as the words a person would type, so a pre-filled answer can be shown in [brackets].
import type { Brief, Language } from '../../agents/brief.js';
import { monthName } from '../language/month-names.js';

export function describeBudget(budget: NonNullable<Brief['budget']>, language: Language): string {
  const period =
    budget.periodMonths === 1
      ? language === 'fr'
        ? 'par mois'
        : 'per month'
      : budget.periodMonths === 12
        ? language === 'fr'
          ? 'par an'
          : 'per year'
        : language === 'fr'
          ? `sur ${budget.periodMonths} mois`
          : `over ${budget.periodMonths} months`;
  return `${budget.amount} ${budget.currency} ${period}`;
}

export function describeChannel(channel: Brief['channels'][number], language: Language): string {
  const figure =
    channel.value === null ? '' : `: ${channel.value}${channel.metric ? ` ${channel.metric}` : ''}`;
  const dormant = channel.status === 'dormant' ? (language === 'fr' ? ', en sommeil' : ', dormant') : '';
  return `${channel.name}${figure}${dormant}`;
}

export function describeMonths(months: readonly number[], language: Language): string {
  return months.map((month) => monthName(month, language)).join(', ');
}
