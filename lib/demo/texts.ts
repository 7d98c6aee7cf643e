/**
 * Sentence templates for the generated fiches. Placeholders: {place} (the foreign place),
 * {partner} (the foreign partner's full name), {fr} (the French authority), {country},
 * {year} (first signature), {domain}; with articles: {leFr} "la Région Bretagne", {deFr} "du
 * Havre", {lePartner}/{LePartner}, {dePartner}, {aPartner} "au Cercle de …", {dePlace}, {deDomain}.
 * Every record stays short: one title, one or two sentences a field.
 */

export interface SubThemeTexts {
  /** Used in "en matière de …". */
  domain: string;
  titles: readonly string[];
  actions: readonly string[];
}

export const SUB_THEME_TEXTS: Readonly<Record<string, SubThemeTexts>> = {
  "Agriculture et développement rural": {
    domain: "développement agricole et rural",
    titles: ["Appui aux filières agricoles à {place}", "Sécurité alimentaire et maraîchage à {place}", "Développement rural durable dans la zone {dePlace}"],
    actions: [
      "Le projet accompagne les groupements de producteurs dans l'aménagement de périmètres maraîchers et la commercialisation.",
      "Les actions portent sur la formation des agriculteurs, les banques de céréales et la transformation des produits locaux.",
    ],
  },
  "Développement économique local": {
    domain: "développement économique local",
    titles: ["Soutien à l'économie locale à {place}", "Appui aux artisans et aux marchés {dePlace}", "Coopération économique {fr} – {place}"],
    actions: [
      "Le partenariat soutient la création d'activités génératrices de revenus et l'organisation des marchés.",
      "Des rencontres d'entreprises et des échanges entre chambres consulaires sont organisés chaque année.",
    ],
  },
  "Tourisme responsable": {
    domain: "tourisme responsable",
    titles: ["Développement d'un tourisme durable à {place}", "Valorisation touristique du territoire {dePlace}"],
    actions: ["Le projet structure une offre d'écotourisme avec les habitants et forme des guides locaux."],
  },
  Numérique: {
    domain: "numérique",
    titles: ["Modernisation numérique des services {dePlace}", "Inclusion numérique à {place}"],
    actions: ["Le partenariat équipe les services municipaux et forme les agents aux outils numériques."],
  },
  "Education, emploi, formation professionnelle": {
    domain: "éducation et formation professionnelle",
    titles: ["Appui à l'éducation et à la formation professionnelle à {place}", "Construction et équipement d'écoles à {place}", "Formation et insertion des jeunes {dePlace}"],
    actions: [
      "Le projet finance l'équipement de salles de classe et la formation des enseignants.",
      "Un centre de formation aux métiers est accompagné dans l'élaboration de ses cursus.",
    ],
  },
  Santé: {
    domain: "santé",
    titles: ["Amélioration de l'accès aux soins à {place}", "Appui au centre de santé {dePlace}", "Santé maternelle et infantile à {place}"],
    actions: [
      "Le partenariat équipe les structures de santé et forme le personnel soignant.",
      "Des campagnes de prévention sont menées avec les agents de santé communautaires.",
    ],
  },
  "Action sociale et solidarité": {
    domain: "action sociale",
    titles: ["Solidarité et action sociale à {place}", "Accompagnement des personnes vulnérables à {place}"],
    actions: ["Les services sociaux des deux collectivités échangent leurs pratiques d'accompagnement des publics fragiles."],
  },
  "Égalité femmes–hommes": {
    domain: "égalité entre les femmes et les hommes",
    titles: ["Autonomisation des femmes à {place}", "Égalité femmes–hommes dans la gouvernance locale {dePlace}"],
    actions: ["Le projet soutient les groupements de femmes et leur participation aux instances locales."],
  },
  "Recherche et coopération universitaire": {
    domain: "recherche et enseignement supérieur",
    titles: ["Coopération universitaire {fr} – {place}", "Échanges d'étudiants et de chercheurs avec {place}"],
    actions: ["Les universités des deux territoires développent des programmes d'échanges et de recherche communs."],
  },
  "Éducation à la citoyenneté mondiale": {
    domain: "éducation à la citoyenneté mondiale",
    titles: ["Sensibilisation à la solidarité internationale avec {place}", "Partenariat scolaire {fr} – {place}"],
    actions: ["Des classes des deux territoires correspondent et des actions de sensibilisation sont menées auprès des habitants."],
  },
  "Eau et déchets": {
    domain: "eau, assainissement et déchets",
    titles: ["Appui à la gestion de l'eau potable à {place}", "Accès à l'eau et à l'assainissement à {place}", "Gestion des déchets ménagers à {place}"],
    actions: [
      "Le projet réhabilite des points d'eau et forme les comités de gestion du service de l'eau.",
      "Les actions portent sur l'assainissement, la collecte des déchets et la sensibilisation à l'hygiène.",
    ],
  },
  "Protection / Gestion de l'environnement / Biodiversité": {
    domain: "protection de l'environnement",
    titles: ["Protection de l'environnement et de la biodiversité à {place}", "Reboisement et gestion des ressources naturelles à {place}"],
    actions: ["Le partenariat accompagne la protection des espaces naturels et des actions de reboisement."],
  },
  Énergie: {
    domain: "énergie",
    titles: ["Accès à l'énergie solaire à {place}", "Transition énergétique à {place}"],
    actions: ["Le projet installe des équipements solaires dans les bâtiments publics et forme des techniciens."],
  },
  Climat: {
    domain: "climat",
    titles: ["Adaptation au changement climatique à {place}", "Plan climat territorial {dePlace}"],
    actions: ["Les deux collectivités élaborent ensemble des mesures d'adaptation au changement climatique."],
  },
  "Mobilité et transports": {
    domain: "mobilité",
    titles: ["Mobilité urbaine durable à {place}", "Appui à l'organisation des transports {dePlace}"],
    actions: ["Le partenariat appuie la planification des transports publics et des mobilités douces."],
  },
  "Urbanisme et aménagement du territoire": {
    domain: "urbanisme et aménagement",
    titles: ["Appui à la planification urbaine {dePlace}", "Aménagement et foncier à {place}"],
    actions: ["Les services d'urbanisme accompagnent l'élaboration des documents de planification et l'adressage."],
  },
  "Gouvernance locale et appui institutionnel": {
    domain: "gouvernance locale",
    titles: ["Renforcement des capacités de la collectivité {dePlace}", "Appui institutionnel {aPartner}", "Gouvernance locale et maîtrise d'ouvrage communale à {place}"],
    actions: [
      "Le projet renforce la maîtrise d'ouvrage communale, l'état civil et la mobilisation des ressources locales.",
      "Des élus et agents des deux collectivités échangent sur l'organisation des services publics locaux.",
    ],
  },
  "Crises et fragilités": {
    domain: "réponse aux crises",
    titles: ["Soutien d'urgence et reconstruction à {place}", "Relèvement et prévention des risques à {place}"],
    actions: ["Le partenariat a mobilisé une aide d'urgence puis accompagne la reconstruction des équipements publics."],
  },
  "Migrations et développement": {
    domain: "migrations et développement",
    titles: ["Migrations et développement entre {leFr} et {place}", "Mobilisation de la diaspora pour {place}"],
    actions: ["Les associations de la diaspora installées en France sont associées à la définition des actions."],
  },
  "Coopération transfrontalière": {
    domain: "coopération transfrontalière",
    titles: ["Coopération transfrontalière {fr} – {place}", "Projet transfrontalier de proximité avec {place}"],
    actions: ["Les deux collectivités conduisent des projets communs de part et d'autre de la frontière."],
  },
  "Culture et patrimoine": {
    domain: "culture et patrimoine",
    titles: ["Échanges culturels {fr} – {place}", "Valorisation du patrimoine {dePlace}"],
    actions: [
      "Des artistes et des associations culturelles des deux villes se rencontrent lors de festivals et d'expositions.",
      "Le partenariat accompagne la restauration et la valorisation du patrimoine local.",
    ],
  },
  Jeunesse: {
    domain: "jeunesse",
    titles: ["Échanges de jeunes {fr} – {place}", "Mobilité des jeunes entre {leFr} et {place}"],
    actions: ["Des séjours d'échange sont organisés chaque année pour les jeunes et les établissements scolaires."],
  },
  Sport: {
    domain: "sport",
    titles: ["Échanges sportifs {fr} – {place}", "Le sport au service du lien entre {leFr} et {place}"],
    actions: ["Les clubs sportifs des deux villes organisent des rencontres et des tournois communs."],
  },
  "Amitié entre les peuples": {
    domain: "échanges entre habitants",
    titles: ["Amitié et échanges entre les habitants {deFr} et {dePlace}"],
    actions: ["Le comité de jumelage organise des visites réciproques entre familles et associations."],
  },
};

export const TWINNING_TITLES = ["Jumelage {fr} – {place}", "Jumelage entre {leFr} et {place}"];
export const CHARTER_TITLES = ["Charte d'amitié {fr} – {place}"];
export const GENERIC_TITLES = ["Coopération {fr} – {place}", "Partenariat entre {leFr} et {lePartner}"];

export const CONTEXTS = [
  "{LePartner} est une collectivité engagée dans la décentralisation.",
  "Les deux collectivités sont liées depuis {year} par une convention de partenariat.",
  "Le partenariat est né de rencontres entre associations des deux territoires.",
  "{LePartner} fait face à une forte croissance démographique et à des besoins en services de base.",
  "Les deux territoires partagent des enjeux comparables et souhaitent échanger leurs pratiques.",
];

export const HISTORIES = [
  "Premiers échanges en {year}, suivis de missions réciproques d'élus et de techniciens.",
  "Le partenariat a été relancé après une période de moindre activité.",
  "Un comité de jumelage anime les échanges depuis {year}.",
  "Plusieurs programmes triennaux se sont succédé depuis la première convention de {year}.",
];

export const FRANCE_OBJECTIVES = [
  "Sensibiliser les habitants {deFr} à la solidarité internationale.",
  "Valoriser l'expertise des services {deFr}.",
  "Favoriser l'ouverture internationale des jeunes du territoire.",
  "Mobiliser les associations et les acteurs économiques du territoire.",
  "Renforcer le lien entre les habitants des deux territoires.",
];

export const LOCAL_OBJECTIVE = "Renforcer les capacités {dePartner} en matière {deDomain}.";
export const EXCHANGE_LOCAL_OBJECTIVE = "Développer les échanges entre {leFr} et {lePartner} en matière {deDomain}.";
export const TWINNING_LOCAL_OBJECTIVE = "Développer les échanges entre les habitants {dePlace} et {deFr}.";
export const PARTNERSHIP_SENTENCE = "Le partenariat associe {leFr} et {lePartner} ({country}).";

export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

const FEMININE = new Set(["Région", "Collectivité", "Commune", "Ville", "Municipalité", "Province", "Préfecture", "Wilaya", "Fédération", "MRC", "Métropole"]);
const MASCULINE = new Set(["Département", "District", "Cercle", "Comté", "Arrondissement", "Gouvernorat", "Raion", "Județ", "Comitat"]);
const VOWEL = /^[AEIOUYÂÊÎÔÛÉÈÀaeiouyâêîôûéèà]/;

export interface NounForms {
  /** "la Région Bretagne", "le Cercle de Kati", "Dijon". */
  the: string;
  /** "de la Région Bretagne", "du Cercle de Kati", "de Dijon", "d'Annecy", "du Havre". */
  of: string;
  /** "à la Région Bretagne", "au Cercle de Kati", "à Dijon", "au Havre". */
  to: string;
}

/**
 * Article forms of an authority's name: designations ("Région …", "Cercle de …") take their
 * gender's article; intercommunalités are feminine (communauté, métropole); bare place names
 * take none, with "Le Havre" → "du Havre", "Les Ulis" → "des Ulis".
 */
export function nounForms(name: string, feminine = false): NounForms {
  const first = name.split(" ")[0] ?? "";
  if (feminine || FEMININE.has(first)) return { the: `la ${name}`, of: `de la ${name}`, to: `à la ${name}` };
  if (MASCULINE.has(first)) {
    return VOWEL.test(name) ? { the: `l'${name}`, of: `de l'${name}`, to: `à l'${name}` } : { the: `le ${name}`, of: `du ${name}`, to: `au ${name}` };
  }
  if (name.startsWith("Le ")) return { the: name, of: `du ${name.slice(3)}`, to: `au ${name.slice(3)}` };
  if (name.startsWith("Les ")) return { the: name, of: `des ${name.slice(4)}`, to: `aux ${name.slice(4)}` };
  return { the: name, of: VOWEL.test(name) ? `d'${name}` : `de ${name}`, to: `à ${name}` };
}

/** "de santé", "d'éducation et formation professionnelle". */
export function ofDomain(domain: string): string {
  return VOWEL.test(domain) ? `d'${domain}` : `de ${domain}`;
}

export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
