// The reader on facts a brief states in passing: starting figures, busy month ranges, dormant channels, money already
// committed or funded elsewhere, what a trade sells, dated goals; and no sentence fragment pasted as a field.
import { describe, expect, it } from 'vitest';
import { Brief } from '../../agents/brief.js';
import { readBrief, readBriefWithSources } from '../../src/offline/reader/index.js';

const read = (text: string, start?: string) => Brief.parse(readBrief(text, start ? { start } : {}));

describe('starting figures stated anywhere in the brief', () => {
  it('takes "€1.2M ARR" under a "Where we are" label as the ARR goal baseline', () => {
    const brief = read(
      [
        '# RouteIQ',
        '**Where we are:** €1.2M ARR, about 140 customers, average contract ~€8,500/year.',
        '**Goals:**',
        '- Reach €2M ARR within 18 months.',
      ].join('\n'),
    );
    expect(brief.goals[0]).toMatchObject({ metric: 'ARR', target: 2_000_000, baseline: 1_200_000 });
  });

  it('turns a rise in percent into a level from the figure in brackets ("today €14M")', () => {
    const brief = read('Our goals: +10 % aftermarket revenue (today €14M) within 24 months.');
    expect(brief.goals[0]).toMatchObject({ baseline: 14_000_000, target: 15_400_000, unit: 'EUR' });
  });

  it('reads a monthly count stated in a "Today" list as the baseline of a rise in the same country', () => {
    const brief = read(
      [
        '## Today',
        '- UK only, ~3,800 transactions/month, GMV around £1.1M/month',
        '## Goal',
        'Launch in Germany and reach 1,000 transactions/month there, while growing UK transactions by 20 %.',
      ].join('\n'),
    );
    const uk = brief.goals.find((g) => /UK/.test(g.statement));
    const germany = brief.goals.find((g) => /1,000/.test(g.statement));
    expect(uk).toMatchObject({ baseline: 3800, target: 4560 });
    // "there" is Germany, and the UK's figure is not the German goal's starting point.
    expect(germany?.statement).toContain('in Germany');
    expect(germany?.baseline).toBeNull();
  });

  it.each([
    ['Goals: 450 residential installs next year (we did 300 this year).', 300],
    ['Goals: 20 commercial contracts (we signed 7).', 7],
    ["Objectif : 40 contrats l'an prochain (on en a signé 25 cette année).", 25],
  ])('reads what was done so far in the goal\'s brackets: "%s" → %i', (text, baseline) => {
    expect(read(text).goals[0]?.baseline).toBe(baseline);
  });

  it('takes the half of a yearly volume said to be sold direct ("pour moitié", "half of which")', () => {
    const fr = read(
      "Nous produisons environ 85 000 bouteilles par an, vendues pour moitié en direct et pour moitié aux cavistes. Notre objectif est d'augmenter nos ventes directes de 25 % en 18 mois.",
    );
    expect(fr.goals[0]).toMatchObject({ baseline: 42_500, unit: 'bouteilles' });
    const en = read(
      'We make 12,000 candles a year, half of which are sold online today. We want to increase online sales by 50 % within 12 months.',
    );
    expect(en.goals[0]).toMatchObject({ baseline: 6000, target: 9000 });
  });
});

describe('busy months written as ranges', () => {
  it.each([
    ['de septembre à octobre les vendanges nous prennent tout notre temps', [9, 10]],
    ['From September to October the harvest takes all our time.', [9, 10]],
    ['Sept–Oct is harvest, we are flat out.', [9, 10]],
    ['Pendant les vendanges (septembre-octobre), on ne fait que ça.', [9, 10]],
    ['Nous sommes débordés de novembre à janvier.', [1, 11, 12]],
  ])('"%s" → %j', (sentence, months) => {
    expect(read(`Nous vendons du vin. ${sentence}`).calendar.busyMonths).toEqual(months);
  });
});

describe('dormant channels and lists', () => {
  it.each([
    'Nous avons une newsletter de 2 400 contacts, collectés au caveau, mais nous n’avons rien envoyé depuis 2022.',
    "Nous avons une newsletter de 2 400 contacts qu'on n'a pas envoyée depuis un an.",
    'We have a newsletter of 2,400 subscribers, but nothing sent since 2023.',
  ])('"%s" → the newsletter is dormant', (text) => {
    const newsletter = read(text).channels.find((c) => c.name === 'Newsletter');
    expect(newsletter?.status).toBe('dormant');
  });

  it('reads "un compte LinkedIn peu actif" as dormant, not active', () => {
    const brief = read('Canaux : fiche Google avec 38 avis, un compte LinkedIn peu actif.');
    expect(brief.channels.find((c) => c.name === 'LinkedIn')?.status).toBe('dormant');
  });

  it('reads "not posted for 8 months" as dormant, and keeps a channel said in the next clause apart', () => {
    const brief = read(
      'Our Instagram has not posted for 8 months, and we send a newsletter every week to 3,000 people.',
    );
    expect(brief.channels.find((c) => c.name === 'Instagram')?.status).toBe('dormant');
    expect(brief.channels.find((c) => c.name === 'Newsletter')?.status).toBe('active');
  });
});

describe('money already committed, and money paid elsewhere', () => {
  it('reads "€30k already booked for trade shows" inside the budget sentence as committed, one-off', () => {
    const brief = read(
      '**Budget:** €180k marketing budget for the next 12 months, of which €30k is already booked for trade shows (Munich, Utrecht).',
    );
    expect(brief.budget).toMatchObject({ amount: 180_000, periodMonths: 12 });
    expect(brief.committedSpend).toEqual([
      { what: 'Trade shows and events', amount: 30_000, periodMonths: null },
    ]);
  });

  it('reads a yearly spend on fairs as committed', () => {
    const brief = read('Nous vendons des bougies. On dépense 12 000 € par an en salons.');
    expect(brief.committedSpend[0]).toMatchObject({ amount: 12_000, periodMonths: 12 });
  });

  it('keeps "trade fairs funded separately" as a constraint, never as spend taken from the budget', () => {
    const brief = read(
      'Budget: €220,000 per year for marketing, excluding trade fairs (Achema, IFAT already funded separately).',
    );
    expect(brief.committedSpend).toEqual([]);
    expect(brief.constraints.join(' ')).toMatch(/excluding trade fairs/i);
  });
});

describe('what the writer is and sells', () => {
  it('names a freelance florist by trade and place, and reads what the trade sells', () => {
    const brief = read("I'm a freelance wedding florist in Bath, I want more bookings for 2027.");
    expect(brief.company.name).toBe('Wedding florist, Bath');
    expect(brief.company.offer).toBe('wedding flowers');
  });

  it('reads the offer after a maker\'s noun, and stops a description\'s offer before "used by…"', () => {
    expect(
      read(
        'Company: Hydrovent Pumps GmbH\nDescription: Manufacturer of industrial centrifugal and progressive-cavity pumps for water treatment.',
      ).company.offer,
    ).toBe('industrial centrifugal and progressive-cavity pumps');
    expect(read('Poêles Martin, fabricant de poêles à bois pour les particuliers.').company.offer).toBe(
      'poêles à bois',
    );
    expect(
      read('RouteIQ is a B2B SaaS for route planning and last-mile dispatch, used by regional carriers.')
        .company.offer,
    ).toBe('B2B SaaS for route planning and last-mile dispatch');
  });

  it('reads "nous faisons…" as the offer and the trades a firm is specialised in as its audience', () => {
    const brief = read(
      "Description: Cabinet d'expertise comptable à Lyon, spécialisé dans les artisans du bâtiment et les auto-entrepreneurs qui passent en société. Nous faisons la tenue comptable, les bilans, la paie et l'accompagnement à la création.",
    );
    expect(brief.company.offer).toBe(
      "tenue comptable, les bilans, la paie et l'accompagnement à la création",
    );
    expect(brief.audience).toBe('artisans du bâtiment et les auto-entrepreneurs');
    // A field of practice is not people.
    expect(read('Avocate spécialisée dans le droit du travail à Nantes.').audience).toBeNull();
  });

  it('never cuts a name at a credential written with dots', () => {
    const brief = read(
      'Je suis ostéopathe D.O., installée seule à Rennes depuis trois ans. Je reçois des adultes et des sportifs.',
    );
    expect(brief.company.name).toBe('Ostéopathe, Rennes');
    expect(brief.company.offer).toBe('ostéopathie');
  });

  it('prints no sentence fragment as the audience, and never the product as who buys', () => {
    expect(
      read(
        "Nous sommes le Domaine X, un domaine viticole à Colmar ; nous n'avons pas de personne dédiée au marketing, la mère s'occupe du caveau.",
      ).audience,
    ).toBeNull();
    expect(
      read("We're LensLoop, a marketplace for used camera gear based in Manchester.").audience,
    ).toBeNull();
    expect(
      read('RouteIQ is a SaaS for route planning, used by regional carriers and food distributors.').audience,
    ).toBe('regional carriers and food distributors');
  });

  it('takes a structured brief\'s description line whole, without its label, over a "Company: name" line', () => {
    const brief = read(
      [
        'Entreprise: Cabinet Berthier & Associés',
        "Description: Cabinet d'expertise comptable à Lyon, 9 collaborateurs. Nous faisons la tenue comptable et la paie.",
      ].join('\n'),
    );
    expect(brief.company.description).toBe(
      "Cabinet d'expertise comptable à Lyon, 9 collaborateurs. Nous faisons la tenue comptable et la paie",
    );
  });
});

describe('known issues', () => {
  it('reads a "Known issues" section as constraints', () => {
    const brief = read(
      '# LensLoop\nWe sell used cameras.\n## Known issues\nGerman buyers are used to local shops; returns across the border are a concern.',
    );
    expect(brief.constraints).toEqual([
      'German buyers are used to local shops',
      'returns across the border are a concern',
    ]);
  });
});

describe('goal statements', () => {
  it.each([
    "Notre objectif est d'augmenter nos ventes de 25 % en 12 mois, avec un budget d'environ 6 000 € sur l'année.",
    'Our goal is to double online sales within 12 months, with a budget of about €6,000 a year.',
  ])('"%s" keeps the budget out of the goal and still reads the budget', (text) => {
    const brief = read(text);
    expect(brief.goals[0]?.statement).not.toMatch(/budget/i);
    expect(brief.budget?.amount).toBe(6000);
  });
});

describe('two aims in one sentence', () => {
  it('splits "…, et me faire connaître auprès des clubs" into its own goal', () => {
    const brief = read(
      "J'aimerais avoir un agenda plus régulier, surtout en début de semaine, et me faire connaître auprès des clubs de sport du quartier.",
    );
    expect(brief.goals.map((g) => g.statement)).toEqual([
      "J'aimerais avoir un agenda plus régulier, surtout en début de semaine",
      'Me faire connaître auprès des clubs de sport du quartier',
    ]);
  });
});

describe('dates in goals, counted from the plan start', () => {
  it.each([
    ["Notre objectif est d'atteindre 500 clients d'ici fin 2027.", 13],
    ['Our goal is to reach 500 customers by end of 2027.', 13],
    ['I want more bookings for 2027.', 13],
    ['We want to reach 500 customers by June 2027.', 7],
    ['We want to reach 500 customers by Q3 2027.', 10],
  ])('"%s" with start 2026-12 → %i months', (text, months) => {
    expect(read(text, '2026-12').goals[0]?.horizonMonths).toBe(months);
  });

  it('keeps the months left for a date under two months away, without shrinking the plan', () => {
    const reading = readBriefWithSources('Our goal is to reach 500 customers by end of 2026.', {
      start: '2026-12',
    });
    expect(reading.brief.goals[0]?.horizonMonths).toBe(1);
    expect(reading.notes.get('goals.0.horizonMonths')).toBe('date_near');
    expect(reading.brief.horizonMonths).toBe(12);
    expect(
      read('Our goal is to reach 500 customers by end of 2025.', '2026-12').goals[0]?.horizonMonths,
    ).toBe(1);
  });

  it('leaves a date uncounted when the run gives no start month', () => {
    const reading = readBriefWithSources('Our goal is to reach 500 customers by end of 2027.');
    expect(reading.brief.goals[0]?.horizonMonths).toBeNull();
    expect(reading.notes.get('goals.0.horizonMonths')).toBe('dated_goal');
  });
});

describe('names and busy months stated plainly', () => {
  it('reads a name opening the brief before what the business is ("Maison X, traiteur à …")', () => {
    const brief = read('Maison Darrieux, traiteur à Mérignac depuis 1994. 18 salariés.');
    expect(brief.company.name).toBe('Maison Darrieux');
  });

  it('does not take an opening clause before a word that is not a kind of business', () => {
    const brief = read('Bonjour Paul, voici le brief. On vend des vélos.');
    expect(brief.company.name).not.toBe('Bonjour Paul');
  });

  it('reads a name under an "About me:" label', () => {
    const brief = read('About me: Rosie Blake Photography. I shoot weddings in York.');
    expect(brief.company.name).toBe('Rosie Blake Photography');
  });

  it('reads months with no time to spare or turning customers away as busy', () => {
    expect(
      read('Wedding season is May to September and I have zero spare time then.').calendar.busyMonths,
    ).toEqual([5, 6, 7, 8, 9]);
    expect(
      read('Les mois de juin et de décembre sont impossibles, on refuse du monde.').calendar.busyMonths,
    ).toEqual([6, 12]);
    expect(read('De mai à juillet on brasse à fond, personne n’a de temps.').calendar.busyMonths).toEqual([
      5, 6, 7,
    ]);
  });
});

describe('money committed with no "already"', () => {
  const spend = (text: string) => read(text).committedSpend.map((c) => [c.what, c.amount, c.periodMonths]);

  it('reads "$40,000 committed" after the shows it pays for', () => {
    expect(
      spend(
        'We exhibit at the Austin Home & Garden Show (February) and the San Antonio Home Show (March): $40,000 committed.',
      ),
    ).toEqual([['Trade shows and events', 40000, null]]);
  });

  it('reads a booked stand, a yearly ad "engagés jusqu\'en décembre" and a share of the budget "(déjà engagés)"', () => {
    expect(spend('Nous serons au salon Maison&Objet en septembre, le stand est réservé (15 000 €).')).toEqual(
      [['Salons et événements', 15000, null]],
    );
    expect(
      spend(
        'Une annonce chaque semaine dans La Montagne (encart) : 4 800 € par an, engagés jusqu’en décembre.',
      ),
    ).toEqual([['annonce chaque semaine', 4800, 12]]);
    expect(
      spend(
        'Budget : 90 000 € sur l’année, dont 38 000 € pour l’impression et l’envoi du catalogue papier (déjà engagés).',
      ),
    ).toEqual([['Print et affichage', 38000, null]]);
  });

  it('takes the channel from the sentence before when the booking sentence names none', () => {
    expect(
      spend(
        'Salons : nous exposons chaque année à Global Industrie. Les deux sont réservés pour l’an prochain : 180 000 € déjà engagés.',
      ),
    ).toEqual([['Salons et événements', 180000, null]]);
  });

  it('does not read a share of the budget set aside for a channel as money committed', () => {
    expect(spend('Sur 20 000 €, 5 000 € réservés au SEO.')).toEqual([]);
  });
});

describe('a bold run-in label closed by a full stop', () => {
  it('reads "**Budget.** €150,000 for the year" as the budget', () => {
    expect(read('**Budget.** €150,000 for the year, trade shows included.').budget).toEqual({
      amount: 150_000,
      currency: 'EUR',
      periodMonths: 12,
    });
  });
});

describe('aims stated in one line', () => {
  const statements = (text: string) => read(text).goals.map((g) => g.statement);

  it('reads "… and want to sell more online" as an aim, without the description before it', () => {
    expect(
      statements('We make handmade leather dog collars in Cornwall and want to sell more online.'),
    ).toEqual(['Want to sell more online']);
  });

  it('reads "Need more …" and "je cherche des …" as aims, without the free time stated after', () => {
    expect(
      statements('Plumber in Glasgow, on my own. Need more boiler-service customers before winter.'),
    ).toEqual(['Need more boiler-service customers before winter']);
    expect(
      statements(
        'Professeure de piano à Toulouse, je cherche des élèves adultes, j’ai 5 h par semaine de libre le soir.',
      ),
    ).toEqual(['Je cherche des élèves adultes']);
  });
});

describe('aims said as a wish or a need', () => {
  it('reads "I\'d love to get to 45 by next September" and "the retreats need to be full" as goals', () => {
    const goals = read(
      "I have about 25 regulars and I'd love to get to 45 by next September. The retreats need to be full two months before they happen.",
    ).goals;
    expect(goals.map((g) => g.statement)).toEqual([
      "I'd love to get to 45 by next September",
      'The retreats need to be full two months before they happen',
    ]);
    expect(goals[0]?.target).toBe(45);
  });
});

describe('a described name for a writer who names no business', () => {
  it('names "I\'m Maya, I teach yoga in Bristol" after what she teaches and where', () => {
    expect(
      read("hi! I'm Maya, I teach yoga in Bristol (vinyasa and yin), on my own for 6 years.").company.name,
    ).toBe('Yoga teacher, Bristol');
  });
});

describe('a numbered goals list', () => {
  it("reads an item opening on a verb and a colon as an aim, and an item's aside as no aim", () => {
    const goals = read(
      [
        "Nos objectifs pour l'an prochain :",
        '1. Augmenter les réservations de 15 %.',
        '2. Rajeunir la clientèle : attirer les 60-70 ans qui réservent en ligne.',
        '3. Apparaître dans les réponses de ChatGPT. Nos petits-enfants de clients le font déjà !',
      ].join('\n'),
    ).goals.map((g) => g.statement);
    expect(goals).toEqual([
      'Augmenter les réservations de 15 %',
      'Attirer les 60-70 ans qui réservent en ligne',
      'Apparaître dans les réponses de ChatGPT',
    ]);
  });
});

describe('a wedding listing site', () => {
  it('reads Hitched as a channel and its yearly fee as money committed', () => {
    const brief = read(
      'What I have: 4,200 followers on Instagram, a listing on Hitched I pay £1,200 a year for.',
    );
    expect(brief.channels.map((c) => c.name)).toContain('Hitched');
    expect(brief.committedSpend).toEqual([{ what: 'Hitched', amount: 1200, periodMonths: 12 }]);
  });
});

describe('selling at markets', () => {
  it('reads "sur les marchés de Crest" as a channel, and "le marché français" as none', () => {
    expect(
      read('Clients : particuliers sur les marchés de Crest et de Die.').channels.map((c) => c.name),
    ).toEqual(['Marchés']);
    expect(read('Le marché français du miel est concurrentiel.').channels).toEqual([]);
  });
});
