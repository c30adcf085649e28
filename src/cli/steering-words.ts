// What decide, review and replan print, in the roadmap's language.
import type { Language } from '../../agents/brief.js';

export interface SteeringWords {
  version(version: number, archived: number | null): string;
  unchanged(version: number): string;
  files(dir: string, files: string[]): string;
  decided(count: number): string;
  noDecisions: string;
  reviewed(rows: number, asOf: string | null): string;
  stopped(id: string, why: string): string;
  compared(path: string): string;
  scenario(label: string, added: string, removed: string): string;
  unlock(text: string): string;
  nothing: string;
}

const FR: SteeringWords = {
  version: (v, archived) =>
    archived === null
      ? `Version ${v} écrite.`
      : `Version ${v} écrite ; la précédente est conservée dans versions/${archived}/.`,
  unchanged: (v) => `Rien ne change : la version ${v} reste en place (aucun fichier archivé).`,
  files: (dir, files) => `  ${files.map((f) => `${dir}/${f}`).join(' · ')}`,
  decided: (n) => `${n} décision(s) en vigueur :`,
  noDecisions: 'Aucune décision en vigueur.',
  reviewed: (rows, asOf) =>
    `${rows} ligne(s) de résultats acceptée(s)${asOf ? `, revue arrêtée à ${asOf}` : ''}.`,
  stopped: (id, why) => `  ${id} arrêtée — ${why}`,
  compared: (path) => `Comparaison écrite dans ${path} (la feuille de route ne change pas).`,
  scenario: (label, added, removed) => `  ${label} : entre ${added} ; sort ${removed}`,
  unlock: (text) => `  ${text}`,
  nothing: 'rien',
};

const EN: SteeringWords = {
  version: (v, archived) =>
    archived === null
      ? `Version ${v} written.`
      : `Version ${v} written; the previous one is kept in versions/${archived}/.`,
  unchanged: (v) => `Nothing changes: version ${v} stays as it is (nothing archived).`,
  files: (dir, files) => `  ${files.map((f) => `${dir}/${f}`).join(' · ')}`,
  decided: (n) => `${n} decision(s) in force:`,
  noDecisions: 'No decision in force.',
  reviewed: (rows, asOf) => `${rows} row(s) of results accepted${asOf ? `, reviewed up to ${asOf}` : ''}.`,
  stopped: (id, why) => `  ${id} stopped — ${why}`,
  compared: (path) => `Comparison written to ${path} (the roadmap does not change).`,
  scenario: (label, added, removed) => `  ${label}: in ${added}; out ${removed}`,
  unlock: (text) => `  ${text}`,
  nothing: 'nothing',
};

export function steeringWords(language: Language): SteeringWords {
  return language === 'fr' ? FR : EN;
}
