/** The French labels of the country, authority and theme pages (app/pays, app/collectivites, app/thematiques, lib/profile). */
export const profileFr = {
  /** What each kind says when its entity is unknown (the 404) or its figures cannot be computed. */
  kinds: {
    country: {
      /** Completes "Les chiffres de … n'ont pas pu être calculés". */
      subject: "ce pays",
      missingTitle: "Pays introuvable",
      explanation:
        "Aucun partenariat du jeu de données n'est conclu avec ce pays. Un pays s'y désigne par son code ISO à deux lettres, en majuscules : MA pour le Maroc, SN pour le Sénégal.",
      suggestionsTitle: "Les principaux pays partenaires",
    },
    authority: {
      subject: "cette collectivité",
      missingTitle: "Collectivité introuvable",
      explanation:
        "Aucune collectivité française du jeu de données ne porte ce code. Une collectivité s'y désigne par son type et son code officiel : commune-21231 (code INSEE de Dijon), departement-33, region-53, epci-200046977 (SIREN de la Métropole de Lyon), collectivite-outremer-987 (Polynésie française) ; ou par nom-… quand son nom n'a pas pu être rapproché du code officiel géographique.",
      suggestionsTitle: "Les collectivités les plus engagées",
    },
    theme: {
      subject: "cette thématique",
      missingTitle: "Thématique introuvable",
      explanation:
        "Aucune thématique du jeu de données ne correspond à cette adresse. Une thématique s'y désigne par son nom en minuscules, sans accents, les mots séparés par des tirets : economie-durable pour « Economie durable ».",
      suggestionsTitle: "Les thématiques de l'Atlas",
    },
  },
  errorTitle: (subject: string) => `Les chiffres de ${subject} n'ont pas pu être calculés`,
  errorText: "Le jeu de données est peut-être en cours de chargement ou indisponible.",
  retry: "Réessayer",
  backToDashboard: "Revenir au tableau de bord",
  metaTitle: (name: string) => `${name} : coopération décentralisée`,
  country: {
    description: (name: string) =>
      `Pays partenaire : ${name}. Chiffres clés, financements par année et par thématique, collectivités françaises engagées et partenariats de coopération décentralisée.`,
    kicker: "Pays partenaire",
    region: "Région du monde",
    embassy: "Poste diplomatique",
    mapTitle: "Partenariats par pays",
    mapSubtitle: (name: string) => `${name} est cerclé ; les autres pays sont ceux des mêmes filtres, sans le filtre de pays.`,
    authoritiesTitle: "Collectivités françaises engagées",
    authoritiesNoun: "collectivités",
    authorityColumn: "Collectivité",
    noAuthority: "Aucune collectivité française pour ces filtres.",
  },
  authority: {
    description: (kind: string, name: string) =>
      `${kind} ${name} : ses pays partenaires, ses financements par année et par thématique et ses partenariats de coopération décentralisée.`,
    mapTitle: "Pays partenaires",
    countriesTitle: "Ses pays partenaires",
    countriesNote: "Chaque pays mène à sa page.",
    unidentified: "Collectivité non identifiée",
    type: "Type",
    siren: "SIREN",
    code: "Code",
    insee: "Code INSEE",
    departement: "Département",
    region: "Région",
  },
  theme: {
    description: (name: string) =>
      `Thématique « ${name} » : ses sous-thématiques, ses pays partenaires, ses financements par année et ses partenariats de coopération décentralisée.`,
    kicker: "Thématique",
    subThemeChart: "Financements déclarés par sous-thématique",
    subThemeColumn: "Sous-thématique",
    subThemesTitle: "Sous-thématiques",
    subThemesNote: "Chacune mène au tableau de bord filtré sur elle.",
    noPartnership: "Aucun partenariat de cette thématique pour ces filtres.",
    countriesTitle: "Principaux pays partenaires",
    countriesNoun: "pays",
  },
  countryColumn: "Pays",
  noCountry: "Aucun pays partenaire pour ces filtres.",
  ignored: (list: string) => `Une partie de l'adresse a été ignorée : ${list}.`,
  seeOne: "Voir le partenariat",
  seeAll: (count: string) => `Voir les ${count} partenariats`,
  seeOnDashboard: "Voir sur le tableau de bord",
  /** A ranking's order, and how it was cut ("Les 15 premières collectivités sur 69…"). */
  byPartnerships: "Par nombre de partenariats.",
  firstOf: (shown: string, total: string, noun: string, feminine: boolean) =>
    `Les ${shown} ${feminine ? "premières" : "premiers"} ${noun} sur ${total}, par nombre de partenariats.`,
  noOtherFilter: "Tous les partenariats, sans autre filtre du tableau de bord.",
  otherFilters: (list: string) => `Filtres du tableau de bord appliqués : ${list}`,
  preview: {
    recent: (count: string) => `Les ${count} partenariats les plus récents`,
    all: "Les partenariats",
    empty: "Aucun partenariat ne correspond à ces filtres.",
  },
  columns: {
    partnership: "Partenariat",
    frenchAuthorities: "Collectivités françaises",
    country: "Pays",
    start: "Début",
    status: "Statut",
    amount: "Montant déclaré",
    partnerships: "Partenariats",
  },
  /** What a screen reader says for the dash of an empty cell. */
  missing: {
    authority: "aucune collectivité renseignée",
    country: "pays non renseigné",
    year: "année non renseignée",
    status: "statut non renseigné",
    amount: "aucun montant déclaré",
    theme: "thématique non renseignée",
  },
};
