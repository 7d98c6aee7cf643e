import type { MapMeasure } from "../map/measures";
import type { FrenchAreaLevel } from "../query/params";

const LEVELS = { region: "région", departement: "département" } as const satisfies Record<FrenchAreaLevel, string>;
const MEASURES = {
  partnerships: "nombre de partenariats",
  amount: "montant déclaré",
  frenchAuthorities: "nombre de collectivités françaises",
} as const satisfies Record<MapMeasure, string>;

/** The French labels of the France map panel (components/france). */
export const franceFr = {
  title: (level: FrenchAreaLevel, measure: MapMeasure) => `Côté français, par ${LEVELS[level]} · ${MEASURES[measure]}`,
  intro: "Les collectivités françaises des partenariats retenus par les filtres, là où elles sont. Choisir un territoire filtre les pays partenaires.",
  levelLegend: "Découpage",
  /** One measure for both maps (the URL's `map`): the label says so, and tells it from the world map's. */
  measure: "Mesure (commune aux deux cartes)",
  levels: { region: "Régions", departement: "Départements" } satisfies Record<FrenchAreaLevel, string>,
  /** The column of the areas' table and its caption. */
  column: { region: "Région", departement: "Département" } satisfies Record<FrenchAreaLevel, string>,
  codeColumn: "Code INSEE",
  caption: { region: "Régions françaises", departement: "Départements français" } satisfies Record<FrenchAreaLevel, string>,
  unit: { region: "régions", departement: "départements" } satisfies Record<FrenchAreaLevel, string>,
  empty: "Aucune collectivité française pour ces filtres.",
  more: (n: string, level: FrenchAreaLevel) => `Afficher les ${n} autres ${level === "region" ? "régions" : "départements"}`,
  facet: " — tous les territoires sont montrés, ceux choisis sont cerclés",
  loading: "Chargement de la carte de France…",
  loadFailed: "La carte de France n'a pas pu être chargée : le tableau ci-contre donne les mêmes chiffres.",
  /** The legend's title, the note of its classes and the base map's credit. */
  legend: (level: FrenchAreaLevel, measure: MapMeasure) =>
    `${MEASURES[measure].charAt(0).toUpperCase()}${MEASURES[measure].slice(1)} par ${LEVELS[level]}`,
  amountNote:
    "Classes arrondies (quantiles), borne haute incluse. « 0 € » : territoires dont aucun partenariat n'a de montant déclaré, distinct de « Aucune donnée » (aucun partenariat).",
  countNote: "Classes arrondies (quantiles), bornes incluses.",
  /** Partnerships counted in each of their French authorities' areas: areas do not add up. */
  overlap:
    "Un partenariat de plusieurs collectivités compte dans chacun de leurs territoires : les territoires ne s'additionnent pas. Les conseils régionaux n'ont pas de département.",
  /** An area's accessible description: name and value. */
  describe: (name: string, measureLabel: string, value: string) => `${name} — ${measureLabel} : ${value}`,
  overseas: "Outre-mer",
  /** The caption's lead: how many areas, the first one. */
  lead: (level: FrenchAreaLevel, count: string, first: string, partnerships: string) =>
    level === "region" ? `${count} régions, première : ${first} (${partnerships})` : `${count} départements, premier : ${first} (${partnerships})`,
};
