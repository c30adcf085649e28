// The reader's sector taxonomy: an id, a label per language and the words that give a sector away.
// Keywords are lower case without accents; `stem*` matches any ending; plurals in -s/-x match on their own.

export interface SectorEntry {
  readonly id: string;
  readonly label: { readonly fr: string; readonly en: string };
  readonly keywords: readonly string[];
}

export const SECTORS: readonly SectorEntry[] = [
  {
    id: 'saas',
    label: { fr: 'Logiciel SaaS', en: 'SaaS software' },
    keywords: [
      'saas', 'logiciel', 'software', 'plateforme en ligne', 'application web', 'web app', 'app mobile',
      'application mobile', 'mrr', 'arr', 'abonnement mensuel', 'subscription software', 'api', 'cloud',
      'b2b software', 'outil en ligne', 'online tool', 'dashboard', 'tableau de bord', 'crm', 'erp',
      'free trial', 'essai gratuit', 'freemium', 'churn', 'seats', 'licences',
    ],
  },
  {
    id: 'retail_ecommerce',
    label: { fr: 'Commerce et e-commerce', en: 'Retail and e-commerce' },
    keywords: [
      'e-commerce', 'ecommerce', 'boutique en ligne', 'online store', 'online shop', 'e-shop', 'eshop',
      'shopify', 'woocommerce', 'prestashop', 'etsy', 'boutique', 'magasin', 'commerce', 'commercant',
      'retail', 'retailer', 'store', 'shop', 'vente en ligne', 'panier moyen', 'average order value',
      'dtc', 'd2c', 'direct to consumer', 'concept store', 'epicerie', 'librairie', 'bookshop', 'caviste',
      'bougie*', 'candle*', 'decoration', 'home decor', 'jouet*', 'toys',
    ],
  },
  {
    id: 'food_restaurant',
    label: { fr: 'Restauration', en: 'Food service and restaurants' },
    keywords: [
      'restaurant', 'restauration', 'bistrot', 'brasserie', 'cafe', 'coffee shop', 'bar', 'traiteur',
      'catering', 'food truck', 'pizzeria', 'boulang*', 'patisserie', 'bakery', 'couverts', 'covers',
      'chef', 'cuisine', 'menu', 'uber eats', 'deliveroo', 'livraison de repas', 'meal delivery', 'brunch',
      'salon de the', 'creperie', 'burger*',
    ],
  },
  {
    id: 'hospitality_tourism',
    label: { fr: 'Hôtellerie et tourisme', en: 'Hospitality and tourism' },
    keywords: [
      'hotel', 'hotellerie', 'hospitality', 'tourisme', 'tourism', 'touriste*', 'tourist*', 'gite',
      'chambre d\'hotes', 'chambres d\'hotes', 'bed and breakfast', 'b&b', 'camping', 'glamping',
      'booking.com', 'airbnb', 'tripadvisor', 'voyage*', 'travel', 'sejour*', 'nuitee*', 'taux d\'occupation',
      'occupancy', 'vacances', 'holiday*', 'excursion*', 'visite guidee', 'guided tour*', 'location saisonniere',
    ],
  },
  {
    id: 'health_wellness',
    label: { fr: 'Santé et bien-être', en: 'Health and wellness' },
    keywords: [
      'sante', 'health', 'healthcare', 'bien-etre', 'wellness', 'wellbeing', 'medical', 'medecin*',
      'clinique', 'clinic', 'dentaire', 'dental', 'dentist*', 'kine*', 'osteopath*', 'therapeute',
      'therapist', 'therapie', 'therapy', 'psycholog*', 'pharmacie', 'pharmacy', 'naturopath*', 'sophrolog*',
      'patient*', 'soins', 'care', 'spa', 'massage*', 'nutrition*', 'doctolib', 'mental health', 'sante mentale',
    ],
  },
  {
    id: 'education_training',
    label: { fr: 'Éducation et formation', en: 'Education and training' },
    keywords: [
      'formation', 'formations', 'training', 'education', 'edtech', 'ecole', 'school', 'cours', 'courses',
      'course', 'apprenant*', 'learner*', 'eleve*', 'student*', 'etudiant*', 'enseignement', 'teaching',
      'qualiopi', 'cpf', 'e-learning', 'elearning', 'mooc', 'tutorat', 'tutoring', 'soutien scolaire',
      'bootcamp', 'certification', 'coaching', 'langues', 'language school',
    ],
  },
  {
    id: 'professional_services',
    label: { fr: 'Conseil et services aux entreprises', en: 'Professional services and consulting' },
    keywords: [
      'conseil', 'consulting', 'consultant*', 'cabinet', 'agence', 'agency', 'expert-comptable',
      'expertise comptable', 'comptab*', 'accounting', 'accountant*', 'avocat*', 'lawyer*', 'law firm',
      'juridique', 'legal', 'recrutement', 'recruitment', 'rh', 'hr', 'audit', 'missions', 'mission',
      'accompagnement', 'freelance', 'services aux entreprises', 'business services', 'advisory',
      'facturation au jour', 'tjm', 'day rate', 'it services', 'esn', 'ssii',
    ],
  },
  {
    id: 'construction_craft',
    label: { fr: 'Bâtiment et artisanat', en: 'Construction and trades' },
    keywords: [
      'batiment', 'btp', 'construction', 'renovation', 'artisan', 'artisans', 'plombier*', 'plumber*',
      'electricien*', 'electrician*', 'menuisier*', 'menuiserie', 'carpent*', 'maconnerie', 'macon*', 'couvreur*',
      'roofing', 'peintre en batiment', 'chantier*', 'travaux', 'contractor*', 'builder*', 'charpente',
      'isolation', 'insulation', 'cuisiniste', 'paysagiste', 'landscaping',
    ],
  },
  {
    id: 'manufacturing_industry',
    label: { fr: 'Industrie et fabrication', en: 'Manufacturing and industry' },
    keywords: [
      'industrie', 'industriel*', 'industry', 'industrial', 'manufacturing', 'manufacturer*', 'usine*',
      'factory', 'factories', 'fabricant*', 'fabrication', 'production', 'sous-traitan*', 'subcontract*',
      'oem', 'machines', 'machinery', 'equipement*', 'equipment', 'mecanique', 'usinage',
      'machining', 'plasturgie', 'metallurg*', 'chaudronnerie', 'packaging', 'emballage*',
    ],
  },
  {
    id: 'fintech_insurance',
    label: { fr: 'Finance et assurance', en: 'Fintech and insurance' },
    keywords: [
      'fintech', 'insurtech', 'banque', 'bank', 'banking', 'neobanque', 'neobank', 'assurance', 'insurance',
      'assureur', 'insurer', 'courtier*', 'broker*', 'credit', 'pret*', 'loan*', 'paiement*', 'payment*',
      'investissement', 'investment', 'epargne', 'savings', 'patrimoine', 'wealth', 'gestion de patrimoine',
      'crypto*', 'acpr', 'amf', 'finma', 'fca', 'mutuelle',
    ],
  },
  {
    id: 'real_estate',
    label: { fr: 'Immobilier', en: 'Real estate' },
    keywords: [
      'immobilier', 'immobiliere', 'real estate', 'agence immobiliere', 'realtor*', 'property', 'properties',
      'logement*', 'housing', 'appartement*', 'apartment*', 'promoteur*',
      'gestion locative', 'property management', 'syndic', 'mandat*', 'coworking',
      'bureaux', 'office space', 'investissement locatif',
    ],
  },
  {
    id: 'beauty_fashion',
    label: { fr: 'Beauté et mode', en: 'Beauty and fashion' },
    keywords: [
      'beaute', 'beauty', 'cosmetique*', 'cosmetic*', 'skincare', 'soin du visage', 'maquillage', 'makeup',
      'parfum*', 'perfume*', 'fragrance*', 'coiffure', 'coiffeur*', 'hairdress*', 'salon de coiffure',
      'esthetique', 'institut de beaute', 'onglerie', 'nail*', 'mode', 'fashion', 'vetement*', 'clothing',
      'apparel', 'pret-a-porter', 'bijou*', 'jewel*', 'jewellery', 'jewelry', 'lingerie', 'chaussure*', 'shoes',
      'maroquinerie', 'textile',
    ],
  },
  {
    id: 'agriculture_food_production',
    label: { fr: 'Agriculture et production alimentaire', en: 'Agriculture and food production' },
    keywords: [
      'agriculture', 'agricole', 'agricultural', 'ferme', 'farm', 'farming', 'farmer*', 'agriculteur*',
      'maraich*', 'elevage', 'eleveur*', 'vigne*', 'vignoble', 'vineyard', 'viticult*', 'domaine viticole',
      'winery', 'vin', 'vins', 'wine', 'wines', 'brasserie artisanale', 'craft brewery', 'brewery', 'fromage*',
      'cheese', 'miel', 'honey', 'bio', 'organic', 'circuit court', 'amap', 'producteur*', 'producer*',
      'recolte*', 'harvest', 'agroalimentaire', 'food production', 'conserverie',
    ],
  },
  {
    id: 'logistics',
    label: { fr: 'Transport et logistique', en: 'Transport and logistics' },
    keywords: [
      'logistique', 'logistics', 'transport', 'transporteur*', 'freight', 'fret', 'livraison', 'delivery',
      'last mile', 'dernier kilometre', 'entrepot*', 'warehouse*', 'entreposage', 'warehousing', 'supply chain',
      'chaine d\'approvisionnement', 'messagerie', 'courier*', 'coursier*', 'demenagement', 'moving company',
      'shipping', 'expedition*', 'fulfilment', 'fulfillment', 'camion*', 'truck*', 'fleet', 'flotte',
    ],
  },
  {
    id: 'nonprofit',
    label: { fr: 'Associatif et non lucratif', en: 'Nonprofit' },
    keywords: [
      'association', 'associatif', 'associative', 'nonprofit', 'non-profit', 'non profit', 'ong', 'ngo',
      'charity', 'charities', 'fondation', 'foundation', 'dons', 'donateur*', 'donor*', 'donation*',
      'benevole*', 'volunteer*', 'adherent*', 'mecenat', 'fundraising', 'collecte de fonds', 'cause',
      'humanitaire', 'humanitarian', 'solidaire', 'economie sociale', 'utilite publique',
    ],
  },
  {
    id: 'media_creative',
    label: { fr: 'Médias et création', en: 'Media and creative' },
    keywords: [
      'media', 'medias', 'editeur', 'edition', 'publisher', 'publishing', 'magazine', 'journal', 'podcast*',
      'studio', 'photograph*', 'photographe', 'video', 'film', 'production audiovisuelle', 'musique', 'music',
      'artiste*', 'artist*', 'design', 'designer*', 'graphiste', 'illustrat*', 'creative', 'creatif*',
      'galerie', 'gallery', 'contenu', 'content creator', 'createur de contenu', 'youtube', 'label',
      'jeu video', 'video game', 'gaming', 'spectacle', 'theatre', 'festival',
    ],
  },
  {
    id: 'fitness_sport',
    label: { fr: 'Sport et fitness', en: 'Fitness and sport' },
    keywords: [
      'fitness', 'sport', 'sports', 'sportif*', 'salle de sport', 'gym', 'crossfit', 'yoga', 'pilates',
      'coach sportif', 'personal trainer', 'personal training', 'musculation', 'running', 'course a pied',
      'velo', 'cycling', 'bike', 'escalade', 'climbing', 'natation', 'swimming', 'club', 'abonnes de la salle',
      'membres', 'members', 'membership', 'tennis', 'padel', 'golf', 'football', 'surf',
    ],
  },
  {
    id: 'automotive',
    label: { fr: 'Automobile', en: 'Automotive' },
    keywords: [
      'automobile', 'automotive', 'auto', 'voiture*', 'car', 'cars', 'vehicule*', 'vehicle*', 'garage',
      'concession*', 'dealership*', 'dealer*', 'carrosserie', 'bodyshop', 'mecanicien*', 'mechanic*',
      'pneu*', 'tyre*', 'tire*', 'controle technique', 'occasion', 'used cars', 'leasing', 'lld', 'loa',
      'moto*', 'motorcycle*', 'electric vehicle*', 'vehicule electrique', 'recharge', 'car wash', 'lavage auto',
    ],
  },
  {
    id: 'energy',
    label: { fr: 'Énergie', en: 'Energy' },
    keywords: [
      'energie', 'energy', 'solaire', 'solar', 'photovoltai*', 'panneaux solaires', 'solar panels',
      'pompe a chaleur', 'pompes a chaleur', 'heat pump*', 'renouvelable*', 'renewable*', 'eolien*', 'wind',
      'electricite', 'electricity', 'fournisseur d\'energie', 'utility', 'utilities', 'gaz', 'gas',
      'efficacite energetique', 'energy efficiency', 'renovation energetique', 'borne*', 'charging',
      'batterie*', 'batter*', 'hydrogene', 'hydrogen', 'biomasse', 'chauffage', 'heating', 'cee',
    ],
  },
];
