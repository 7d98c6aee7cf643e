/**
 * The three kinds of profile page (partner country, French authority, theme) and what each says
 * when its entity is unknown (the 404) or its figures cannot be computed (the error boundary).
 * Plain text only: the error boundary, a client component, reads it too.
 */
export const PROFILE_KINDS = {
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
} as const;
export type ProfileKind = keyof typeof PROFILE_KINDS;
