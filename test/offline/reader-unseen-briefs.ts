// Four briefs written after the reader's rules, as users write them: none of the rules was tuned on them.

/** A French e-shop, budget written "18k€", the owner writing with a part-time helper. */
export const frenchEshop = `Bonjour,

Je m'appelle Sophie Marchand et je suis la fondatrice de Graine de Thé, une boutique en ligne de thés bio et d'infusions
que nous mélangeons nous-mêmes à Bordeaux. On vend sur notre site (WooCommerce) et sur quelques marchés de Noël.

Quelques chiffres : environ 3 400 commandes l'an dernier, panier moyen de 32 €, 5 600 abonnés sur Instagram et
une newsletter de 2 900 inscrits (taux d'ouverture 41 %).

Ce que je voudrais pour les 12 prochains mois :
- passer de 3 400 à 5 000 commandes
- lancer une box d'abonnement mensuelle et atteindre 300 abonnés à la box d'ici 9 mois

Budget : 18k€ sur l'année, tout compris.
Je m'occupe du marketing avec Julie, en alternance, qui est là 2 jours par semaine ; moi j'y passe environ 8 heures par semaine.

Concurrents : Kusmi Tea (très présent en pub Instagram), Palais des Thés, et les grandes surfaces bio.
Contraintes : pas de publicité sur les vertus santé (allégations encadrées), colis limités à 150 par semaine.
`;

/** An English B2B SaaS, "$3.1M ARR", written by its VP Marketing. */
export const englishSaas = `Subject: Marketing plan for Ledgerly, FY2026

From: Priya Natarajan, VP Marketing

Ledgerly is a spend-management platform for mid-market finance teams in the US: corporate cards, approvals
and automatic reconciliation with NetSuite and QuickBooks. We're at $3.1M ARR with 240 customers.

Goals for the next 12 months:
1. Grow ARR to $5M.
2. Generate 120 sales-qualified opportunities per quarter.

Budget: $450,000 for the year, program spend only.
Team: 3 people in marketing (me, a content lead and a demand-gen manager), plus an SEO contractor 10 hours a week.

Competitors: Ramp — free cards, very aggressive on paid search; Brex, which moved upmarket; and Airbase.
We already run Google Ads (CPC around $18) and LinkedIn Ads, and we have 8,300 LinkedIn followers.
`;

/** An English plumber, one paragraph, no headings. */
export const englishPlumber = `I'm Dave, I run Hartley Plumbing & Heating in Leeds with my son — it's just the two of us plus a lad on Saturdays. We do boiler installs, repairs and bathroom refits, mostly for homeowners within 15 miles. Nearly all our work comes from word of mouth and Checkatrade, where we're on 9.8 from 212 reviews. I'd like to get 8 more boiler installs a month by next winter without paying for leads on MyBuilder, and I can spend maybe £400 a month on marketing and a couple of hours a week. Big local firms like Leeds Boiler Co. and British Gas undercut us on price.`;

/** A French association: volunteers, a budget in euros over the year, a membership goal. */
export const frenchNonprofit = `Association Les Jardins Partagés du Vieux-Lille — note pour notre bénévole communication

Notre association gère 4 jardins partagés dans le Vieux-Lille et Fives et organise des ateliers de jardinage et de compost
pour les habitants. Nous avons 180 adhérents (cotisation 15 € par an) et une trentaine de bénévoles actifs.

Objectifs pour 2026 :
- atteindre 300 adhérents d'ici fin juin
- trouver 2 entreprises mécènes

Moyens : 2 500 € par an pour la communication, votés en assemblée générale. Je suis présidente de l'association,
bénévole, et je peux y consacrer 4 heures par semaine.

Nous sommes sur Facebook (1 100 abonnés) et nous avons un petit site. Pas de concurrents à proprement parler,
mais les jardins ouvriers de la ville et l'association Lille Verte attirent le même public.
Contraintes : tout passe par le bureau, pas de publicité payante sur les réseaux (choix de l'AG).
`;
