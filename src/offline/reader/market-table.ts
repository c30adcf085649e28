// Places a brief may name as its markets: countries and regions (with a label per language) and common cities.
// Patterns are case-sensitive on purpose: "Nice" the city, not "nice"; "US" the country, not "us".

export interface PlaceEntry {
  readonly fr: string;
  readonly en: string;
  /** Regex sources matched on the normalised (not folded) text, whole words. */
  readonly patterns: readonly string[];
}

export const COUNTRIES_AND_REGIONS: readonly PlaceEntry[] = [
  { fr: 'France', en: 'France', patterns: ['France', 'Hexagone', 'French market', 'marché français'] },
  { fr: 'Belgique', en: 'Belgium', patterns: ['Belgique', 'Belgium'] },
  { fr: 'Suisse', en: 'Switzerland', patterns: ['Suisse', 'Switzerland', 'Suisse romande', 'Romandie'] },
  { fr: 'Luxembourg', en: 'Luxembourg', patterns: ['Luxembourg'] },
  { fr: 'Canada', en: 'Canada', patterns: ['Canada'] },
  { fr: 'Québec', en: 'Quebec', patterns: ['Québec', 'Quebec'] },
  {
    fr: 'États-Unis',
    en: 'United States',
    patterns: ['États-Unis', 'Etats-Unis', 'United States', 'USA', 'U\\.S\\.(?:A\\.)?', 'US(?!\\$)', 'America'],
  },
  { fr: 'Royaume-Uni', en: 'United Kingdom', patterns: ['Royaume-Uni', 'United Kingdom', 'UK', 'Britain', 'England', 'Angleterre'] },
  { fr: 'Irlande', en: 'Ireland', patterns: ['Irlande', 'Ireland'] },
  { fr: 'Allemagne', en: 'Germany', patterns: ['Allemagne', 'Germany'] },
  { fr: 'Espagne', en: 'Spain', patterns: ['Espagne', 'Spain'] },
  { fr: 'Italie', en: 'Italy', patterns: ['Italie', 'Italy'] },
  { fr: 'Portugal', en: 'Portugal', patterns: ['Portugal'] },
  { fr: 'Pays-Bas', en: 'Netherlands', patterns: ['Pays-Bas', 'Netherlands', 'Holland', 'Hollande'] },
  { fr: 'Australie', en: 'Australia', patterns: ['Australie', 'Australia'] },
  { fr: 'Maroc', en: 'Morocco', patterns: ['Maroc', 'Morocco'] },
  { fr: 'Afrique de l’Ouest', en: 'West Africa', patterns: ["Afrique de l'Ouest", 'West Africa'] },
  { fr: 'Europe', en: 'Europe', patterns: ['Europe', 'européen', 'européens', 'European', 'EU', 'UE'] },
  { fr: 'DACH', en: 'DACH', patterns: ['DACH'] },
  { fr: 'Benelux', en: 'Benelux', patterns: ['Benelux'] },
  { fr: 'Amérique du Nord', en: 'North America', patterns: ['Amérique du Nord', 'North America'] },
  { fr: 'Île-de-France', en: 'Île-de-France', patterns: ['Île-de-France', 'Ile-de-France', 'région parisienne', 'Paris region'] },
  { fr: 'Bretagne', en: 'Brittany', patterns: ['Bretagne', 'Brittany'] },
  { fr: 'Normandie', en: 'Normandy', patterns: ['Normandie', 'Normandy'] },
  { fr: 'Provence', en: 'Provence', patterns: ['Provence', 'PACA'] },
  { fr: 'Occitanie', en: 'Occitanie', patterns: ['Occitanie'] },
  { fr: 'Alsace', en: 'Alsace', patterns: ['Alsace'] },
  { fr: 'Auvergne-Rhône-Alpes', en: 'Auvergne-Rhône-Alpes', patterns: ['Auvergne-Rhône-Alpes', 'Rhône-Alpes'] },
  { fr: 'Nouvelle-Aquitaine', en: 'Nouvelle-Aquitaine', patterns: ['Nouvelle-Aquitaine'] },
  { fr: 'Hauts-de-France', en: 'Hauts-de-France', patterns: ['Hauts-de-France'] },
  { fr: 'Californie', en: 'California', patterns: ['Californie', 'California'] },
  { fr: 'International', en: 'International', patterns: ['international', 'internationale', 'worldwide', 'monde entier', 'global market'] },
];

/** Cities are written the same way in both languages, except where a second spelling is listed. */
export const CITIES: readonly PlaceEntry[] = [
  'Paris', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes', 'Strasbourg', 'Montpellier',
  'Rennes', 'Grenoble', 'Annecy', 'Dijon', 'Reims', 'Rouen', 'Angers', 'Brest', 'Metz',
  'Clermont-Ferrand', 'Aix-en-Provence', 'Biarritz', 'Bayonne', 'La Rochelle', 'Avignon', 'Nîmes', 'Caen',
  'Lausanne', 'Zurich', 'Bâle', 'Luxembourg-Ville', 'Liège', 'Namur', 'Gand', 'Anvers', 'Montréal',
  'Toronto', 'Vancouver', 'Manchester', 'Dublin', 'Berlin', 'Munich', 'Madrid', 'Milan', 'Rome', 'Amsterdam',
  'New York', 'Boston', 'Chicago', 'Austin', 'Seattle', 'San Francisco', 'Los Angeles', 'Miami', 'Denver',
  'Atlanta', 'Sydney', 'Melbourne', 'Casablanca', 'Dakar', 'Abidjan',
].map((name) => ({ fr: name, en: name, patterns: [name] }));

/** Cities whose names have a second spelling in the other language, folded onto one entry. */
export const CITY_ALIASES: readonly PlaceEntry[] = [
  { fr: 'Genève', en: 'Geneva', patterns: ['Genève', 'Geneva'] },
  { fr: 'Bruxelles', en: 'Brussels', patterns: ['Bruxelles', 'Brussels'] },
  { fr: 'Londres', en: 'London', patterns: ['Londres', 'London'] },
  { fr: 'Barcelone', en: 'Barcelona', patterns: ['Barcelone', 'Barcelona'] },
  { fr: 'Lisbonne', en: 'Lisbon', patterns: ['Lisbonne', 'Lisbon'] },
  { fr: 'Hambourg', en: 'Hamburg', patterns: ['Hambourg', 'Hamburg'] },
  { fr: 'Nice', en: 'Nice', patterns: ['Nice(?= |,|\\.|$)(?! to)'] },
];
