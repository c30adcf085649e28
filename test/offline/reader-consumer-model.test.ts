// Review3 R6: a consumer business the knowledge has no sector for is read B2C from who it serves (pupils, families,
// regulars, readers, players), so drafts speak of "votre activité" and consumer personas, not a firm and its director.
// Hand-authored snippets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { draftPersonas } from '../../src/offline/drafters/draft-personas.js';
import { findBusinessModel } from '../../src/offline/reader/business-model.js';
import { readBrief } from '../../src/offline/reader/index.js';

describe('consumer signals read as B2C', () => {
  it.each([
    ['Auto-école familiale, forfait permis B 20 heures : 1 290 €. On refuse des élèves le samedi.', 'B2C'],
    ["Beaucoup d'habitués du quartier, familles le week-end.", 'B2C'],
    ['Children’s picture books; our young readers and their parents buy at fairs.', 'B2C'],
    ['A co-living house in Leeds: 14 rooms, tenants stay 6 months on average.', 'B2C'],
    ['An indie game studio; 40,000 players on Steam.', 'B2C'],
    // A consumer signal beside business buyers is both.
    ['Formations pour les entreprises et cours du soir pour nos élèves.', 'B2B2C'],
  ])('%s', (text, model) => {
    expect(findBusinessModel(text)?.value).toBe(model);
  });

  it('never reads B2B from "entreprise" alone, and stays unknown when nothing says', () => {
    expect(findBusinessModel('Notre entreprise a été créée en 2012 à Nantes.')).toBeNull();
  });
});

// The review3 driving-school brief (hand-authored).
const AUTO_ECOLE =
  "(hand-authored review brief, review3)\nAuto-école Feu Vert — Besançon\n\nNous sommes une auto-école familiale avec 3 agences à Besançon (centre, Planoise, Saint-Claude), 9 moniteurs diplômés et une secrétaire. Nous préparons au permis B (boîte manuelle et automatique), à la conduite accompagnée (AAC dès 15 ans) et au permis moto A2. Forfait permis B 20 heures : 1 290 €. Nous sommes labellisés « Qualité des formations au sein des écoles de conduite » et acceptons le CPF.\n\nObjectifs :\n- passer de 410 à 520 inscriptions au permis B par an d'ici fin 2027 ;\n- faire monter la part de conduite accompagnée de 18 % à 30 % des inscrits ;\n- recruter 2 moniteurs avant septembre 2027 (on refuse des élèves faute de créneaux le samedi).\n\nAujourd'hui : fiche Google avec 4,7 étoiles sur 312 avis, page Facebook de 2 600 abonnés qu'on alimente une fois par mois, un fichier de 5 800 anciens élèves (emails + téléphones) jamais relancé. Partenariat avec 4 lycées (interventions sécurité routière) et le salon de l'étudiant de Besançon en février.\n\nConcurrents : Ornikar et Stych (plateformes en ligne moins chères, 990 €), et ECF Besançon.\n\nPics d'inscriptions : juin-juillet (après le bac) et septembre. Budget marketing : environ 800 € par mois. Pas de publicité sur TikTok, la gérante refuse. La secrétaire peut y consacrer 4 heures par semaine.\n";

describe('drafts for a consumer business', () => {
  const read = (path: string) => Brief.parse(readBrief(readFileSync(path, 'utf8'), {}));

  it('a bakery is read B2C, so no roadmap question asks whom it sells to', () => {
    expect(read('fixtures/cases/fr-boulangerie-lyon/brief.txt').company.businessModel).toBe('B2C');
  });

  it('a driving school gets consumer personas, not "Claire, dirigeante"', () => {
    const brief = Brief.parse(readBrief(AUTO_ECOLE, {}));
    expect(brief.company.businessModel).toBe('B2C');
    const names = draftPersonas(brief).personas.map((p) => p.name);
    expect(names).not.toContain('Claire, dirigeante');
    expect(names[0]).toBe('Julie, cliente fidèle');
  });
});
