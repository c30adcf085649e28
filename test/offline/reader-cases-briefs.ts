// Four whole briefs written for the reader's tests: a French shop, an English SaaS, one sentence, a French B2B firm.

export const frenchShop = `# Atelier Lumière

Atelier Lumière est une boutique en ligne de bougies artisanales fabriquées à Lyon. Nous vendons aussi sur Etsy et dans 12 boutiques partenaires en France et en Belgique.

Je suis gérante et je m'occupe du marketing avec une alternante : 2 personnes à mi-temps.

## Objectifs
- Doubler le chiffre d'affaires en ligne d'ici 18 mois (aujourd'hui 240 000 € par an).
- Atteindre 10 000 abonnés Instagram.
- Passer le taux de réachat de 18 % à 30 %.

## Budget
18 000 € par an.

## Canaux actuels
Instagram (4 200 abonnés), newsletter (1 800 inscrits), Google : 4,8/5 sur 230 avis.

## Concurrents
Diptyque, Bougies La Française, et les bougies de grande surface.

## Contraintes
70 % des ventes entre octobre et décembre. Pas d'agence.
`;

export const englishSaas = `# Brightdesk

Brightdesk is a B2B SaaS that helps dental clinics manage appointments and patient reminders. We are based in Austin and sell across the US and Canada. Current ARR is $620,000 with 140 paying clinics.

I'm the CEO. We have 4 in marketing, including one content marketer.

Goals for the next 4 quarters:
- Reach $1.5M ARR.
- Reduce monthly churn from 3% to 1.5%.
- Sign 50 new multi-site groups within 6 months.

Budget: $120k for the year, mostly paid search and events.

Channels: Google Ads (CPC around $7.40), LinkedIn (3.2k followers), a newsletter with 2,400 subscribers and a 38% open rate, Capterra (85 reviews, 4.7 stars).

Competitors: Dentrix, Weave and NexHealth.

Constraints: HIPAA compliance limits what we can say about patient data. No agency — the board wants marketing in-house.
`;

export const oneSentence = `Je vends des bougies artisanales sur Etsy depuis Lyon et je voudrais vendre plus.
`;

export const frenchServices = `Brief marketing — Cabinet Vauban Conseil

Nous sommes Cabinet Vauban Conseil, un cabinet de conseil en transformation RH qui accompagne les PME industrielles de 50 à 500 salariés en Auvergne-Rhône-Alpes. Créé il y a 12 ans, le cabinet compte 9 consultants.

En tant que directrice générale, je veux structurer notre marketing : aujourd'hui tout vient du bouche-à-oreille et de mon réseau LinkedIn (1 900 relations).

Objectifs à 12 mois :
1. Générer 40 demandes de devis qualifiées par trimestre.
2. Signer 8 nouveaux clients et porter le CA de 1,4 M€ à 1,8 M€.
3. Devenir la référence régionale sur la marque employeur.

Budget marketing : entre 2 000 et 3 000 € HT par mois.
Équipe : une chargée de communication à 3 jours par semaine.
Concurrents : Alixio, les grands cabinets nationaux (Mercer, Deloitte) et quelques indépendants.
Contraintes : pas de publicité agressive, nos clients sont des DRH exigeants ; forte saisonnalité avec un creux en juillet-août.
`;
