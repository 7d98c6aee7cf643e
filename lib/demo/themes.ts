/**
 * The three-level theme taxonomy of the demo Atlas. The four themes and the sub-themes marked
 * "seen" are those found on real Atlas fiches; the rest is built from the fields of action
 * of the ministry's calls for projects and of Cités Unies France's groups, plus a fifth theme for
 * the many cultural, youth and twinning exchanges. The full official list is not known.
 */

export interface SubTheme {
  label: string;
  /** May be empty: many sub-themes have no sub-sub-theme. */
  subSubThemes: readonly string[];
}

export interface Theme {
  label: string;
  subThemes: readonly SubTheme[];
}

export const THEMES: readonly Theme[] = [
  {
    label: "Economie durable",
    subThemes: [
      {
        label: "Agriculture et développement rural", // seen
        subSubThemes: ["Agriculture et agroalimentaire", "Sécurité alimentaire et nutrition", "Élevage et pastoralisme", "Pêche et aquaculture"],
      },
      {
        label: "Développement économique local",
        subSubThemes: ["Artisanat, commerce et marchés", "Économie sociale et solidaire", "Coopération économique et internationalisation des entreprises"],
      },
      { label: "Tourisme responsable", subSubThemes: ["Tourisme durable et solidaire", "Valorisation touristique du patrimoine"] },
      { label: "Numérique", subSubThemes: ["Inclusion numérique", "Services publics numériques"] },
    ],
  },
  {
    label: "Education, Social et Recherche",
    subThemes: [
      {
        label: "Education, emploi, formation professionnelle", // seen
        subSubThemes: ["Éducation de base et alphabétisation", "Formation professionnelle et insertion", "Enseignement supérieur"],
      },
      { label: "Santé", subSubThemes: ["Accès aux soins et structures de santé", "Santé maternelle et infantile", "Prévention et promotion de la santé"] },
      { label: "Action sociale et solidarité", subSubThemes: ["Handicap et inclusion", "Personnes âgées", "Enfance et protection de l'enfance"] },
      { label: "Égalité femmes–hommes", subSubThemes: ["Autonomisation économique des femmes", "Lutte contre les violences faites aux femmes"] },
      { label: "Recherche et coopération universitaire", subSubThemes: [] },
      {
        label: "Éducation à la citoyenneté mondiale",
        subSubThemes: ["Sensibilisation des publics en France", "Partenariats entre établissements scolaires"],
      },
    ],
  },
  {
    label: "Environnement, Climat et Energie",
    subThemes: [
      { label: "Eau et déchets", subSubThemes: ["Eau et assainissement", "Gestion des déchets", "Gestion intégrée des ressources en eau"] }, // seen
      {
        label: "Protection / Gestion de l'environnement / Biodiversité", // seen
        subSubThemes: ["Biodiversité et aires protégées", "Reboisement et lutte contre la désertification"],
      },
      { label: "Énergie", subSubThemes: ["Énergies renouvelables", "Efficacité énergétique", "Accès à l'énergie"] },
      { label: "Climat", subSubThemes: ["Adaptation au changement climatique", "Plans climat territoriaux"] },
      { label: "Mobilité et transports", subSubThemes: ["Transports publics urbains", "Mobilités douces"] },
      { label: "Urbanisme et aménagement du territoire", subSubThemes: ["Planification urbaine", "Habitat et quartiers précaires", "Foncier et cadastre"] },
    ],
  },
  {
    label: "Politique, humanitaire et coopération transfrontalière",
    subThemes: [
      {
        label: "Gouvernance locale et appui institutionnel", // seen
        subSubThemes: ["Gouvernance et démocratie locales", "Appui institutionnel", "Finances locales", "État civil"],
      },
      {
        label: "Crises et fragilités",
        subSubThemes: ["Aide humanitaire d'urgence", "Reconstruction et relèvement", "Prévention des risques et protection civile"],
      },
      { label: "Migrations et développement", subSubThemes: ["Diasporas et codéveloppement", "Accueil et intégration"] },
      {
        label: "Coopération transfrontalière",
        subSubThemes: ["Projets transfrontaliers de proximité", "Programmes européens de coopération territoriale"],
      },
    ],
  },
  {
    label: "Culture, patrimoine, sport et jeunesse",
    subThemes: [
      {
        label: "Culture et patrimoine",
        subSubThemes: ["Échanges artistiques et culturels", "Patrimoine et musées", "Lecture publique et bibliothèques", "Francophonie"],
      },
      { label: "Jeunesse", subSubThemes: ["Échanges de jeunes", "Échanges scolaires et linguistiques", "Volontariat et mobilité internationale"] },
      { label: "Sport", subSubThemes: ["Échanges sportifs", "Sport et développement"] },
      { label: "Amitié entre les peuples", subSubThemes: ["Échanges entre habitants et associations", "Mémoire et réconciliation"] },
    ],
  },
];

/** The kind of partnership a theme is drawn for. */
export type ThemeProfile = "twinning" | "development" | "exchange";

/**
 * Relative weight of each sub-theme for [twinning, development, exchange]: twinnings lean to
 * culture and youth, development projects to water, agriculture, governance, health, education.
 */
export const SUB_THEME_WEIGHTS: Readonly<Record<string, readonly [number, number, number]>> = {
  "Agriculture et développement rural": [2, 14, 3],
  "Développement économique local": [3, 6, 9],
  "Tourisme responsable": [2, 2, 4],
  Numérique: [0.5, 1.5, 2],
  "Education, emploi, formation professionnelle": [5, 10, 7],
  Santé: [1, 9, 3],
  "Action sociale et solidarité": [2, 4, 3],
  "Égalité femmes–hommes": [0.5, 3, 1],
  "Recherche et coopération universitaire": [1, 2, 6],
  "Éducation à la citoyenneté mondiale": [2, 3, 2],
  "Eau et déchets": [1, 15, 3],
  "Protection / Gestion de l'environnement / Biodiversité": [1.5, 5, 4],
  Énergie: [0.5, 3, 3],
  Climat: [0.5, 2, 3],
  "Mobilité et transports": [0.5, 1, 2],
  "Urbanisme et aménagement du territoire": [1, 4, 4],
  "Gouvernance locale et appui institutionnel": [3, 14, 7],
  "Crises et fragilités": [0.5, 2, 1],
  "Migrations et développement": [0.5, 2, 1],
  "Coopération transfrontalière": [0, 0, 0], // only along the border: see BORDER_WEIGHTS
  "Culture et patrimoine": [24, 5, 12],
  Jeunesse: [18, 3, 7],
  Sport: [7, 1, 3],
  "Amitié entre les peuples": [14, 1, 3],
};

/** Weights that replace the above for French authorities along the partner country's border. */
export const BORDER_WEIGHTS: Readonly<Record<string, readonly [number, number, number]>> = {
  "Coopération transfrontalière": [6, 0, 10],
};
/** Sub-themes weighted up with crisis countries. */
export const CRISIS_BOOST: Readonly<Record<string, number>> = { "Crises et fragilités": 6, "Migrations et développement": 2 };
