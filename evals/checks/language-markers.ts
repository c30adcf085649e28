// Counts words that only one of French or English uses: stop words plus the words of a plan's interface.
import type { Language } from '../../agents/brief.js';
import { countStopWords, type LanguageCounts } from './stop-words.js';

const INTERFACE: Record<Language, ReadonlySet<string>> = {
  fr: new Set(
    (
      'maintenant ensuite tard reportées reportée écartées écartée objectifs objectif couverts couvert ' +
      'avertissements avertissement terminé terminée brouillon mois semaine semaines jours pourquoi ' +
      'clients chiffre affaires ventes cible indicateur coût hypothèses ouvertes feuille route'
    ).split(' '),
  ),
  en: new Set(
    (
      'now next later deferred excluded left goals goal covered warnings warning completed run draft month ' +
      'months week weeks days why customers revenue sales target indicator cost assumptions open ' +
      'roadmap should'
    ).split(' '),
  ),
};

export function countMarkers(text: string): LanguageCounts {
  const counts = countStopWords(text);
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (INTERFACE.fr.has(word)) counts.fr += 1;
    if (INTERFACE.en.has(word)) counts.en += 1;
  }
  return counts;
}
