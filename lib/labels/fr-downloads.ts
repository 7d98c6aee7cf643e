import type { DownloadColumn } from "../downloads/columns";
import { frenchSingular } from "./fr-plural";

const partnershipsWord = (count: string) => (frenchSingular(count) ? "partenariat" : "partenariats");

/** The French labels of the whole-data downloads and of the list's export (lib/downloads). */
export const downloadsFr = {
  partnershipsTitle: "Partenariats de la coopération décentralisée",
  fundingTitle: "Lignes de financement des partenariats",
  listTitle: "Liste des partenariats",
  partnershipsSheet: "Partenariats",
  fundingSheet: "Financements",
  /** The first note line of a file: what it holds. */
  partnershipsCaption: (count: string) => `${count} ${partnershipsWord(count)}, un par ligne`,
  fundingCaption: (count: string, partnerships: string) =>
    `${count} ${frenchSingular(count) ? "ligne" : "lignes"} de financement de ${partnerships} ${partnershipsWord(partnerships)}`,
  listCaption: (count: string, order: string) => `${count} ${partnershipsWord(count)}, ${frenchSingular(count) ? "trié" : "triés"} ${order}`,
  real: "réelle",
  generated: "générée",
  /** Joins the values of a multi-valued cell ("Dijon | Dijon Métropole"). */
  separator: " | ",
  /** Joins the levels of a theme ("Environnement › Eau"). */
  themePath: " › ",
  /** LISEZMOI.md, the README of the downloads (lib/downloads/readme.ts). */
  readme: {
    title: "Données de l'Atlas français de la coopération décentralisée",
    dataset: (description: string) => `Jeu de données : ${description}.`,
    extracted: (date: string, version: string) => `Date d'extraction : ${date} (date du jeu de données, version ${version}).`,
    contents: (partnerships: string, real: string, rows: string) =>
      `Contenu : ${partnerships} partenariats, dont ${real} ${real === "1" ? "fiche réelle" : "fiches réelles"} de l'Atlas, et ${rows} lignes de financement.`,
    sourceHeading: "Source",
    source: "Atlas français de la coopération décentralisée et des autres actions extérieures, ministère de l'Europe et des Affaires étrangères (MEAE). Chaque fiche réelle donne l'adresse de sa page publique (colonne « Adresse de la fiche »).",
    licenceHeading: "Licence",
    originHeading: "Données réelles ou générées",
    generated: (seed: number, scale: number, real: string) =>
      `Ce jeu de données est **généré** pour la démonstration (graine ${seed}, échelle ${scale}) : ses chiffres ne sont pas réels. ` +
      `${real === "1" ? "Seule la fiche marquée" : `Seules les ${real} fiches marquées`} « réelle » dans la colonne « Fiche réelle ou générée » ${real === "1" ? "vient" : "viennent"} de l'Atlas. ` +
      "Le JSON le dit aussi : `meta.demo` y est renseigné, et chaque fiche générée a `source.real = false`.",
    imported: (real: string, generated: string) =>
      `Ce jeu de données est importé : ${real} ${frenchSingular(real) ? "fiche réelle" : "fiches réelles"} de l'Atlas, ${generated} ${frenchSingular(generated) ? "fiche générée" : "fiches générées"} (colonne « Fiche réelle ou générée » ; \`source.real\` dans le JSON).`,
    filesHeading: "Fichiers",
    files: {
      partnershipsCsv: "un partenariat par ligne",
      fundingCsv: "une ligne de financement par ligne, reliée à son partenariat par son identifiant",
      xlsx: "les deux tableaux, une feuille chacun (« Partenariats », « Financements »), montants en nombres au format euro",
      json: "le jeu de données complet au format du projet (`atlas-cooperation/dataset@1`, décrit dans data/README.md), que `atlas import` relit",
      readme: "ce document",
      list: "la liste de la page Partenariats avec ses filtres et son tri (mêmes paramètres que la page), toutes ses lignes",
    },
    csvHeading: "Lire les fichiers CSV",
    csv: [
      "Encodage UTF-8 avec BOM, séparateur « ; », virgule décimale, fins de ligne CRLF (ce qu'ouvrent Excel et LibreOffice en français).",
      "Les premières lignes sont des notes (ce que contient le fichier, source, date, licence, et l'avertissement des données générées), suivies d'une ligne vide puis de la ligne d'en-tête.",
      "Les nombres sont écrits sans séparateur de milliers ni « € » ; les en-têtes des montants disent « (€) ».",
      "Une cellule à plusieurs valeurs les sépare par « | », dans le même ordre d'une colonne à l'autre (la n-ième collectivité a le n-ième code).",
      "Un texte qu'un tableur prendrait pour une formule (commençant par =, +, -, @) est précédé d'une apostrophe.",
    ],
    skipRows: (file: string, rows: number) => `\`${file}\` : ${rows} lignes avant l'en-tête (pandas : \`read_csv(…, sep=";", decimal=",", skiprows=${rows})\`).`,
    columnsHeading: "Dictionnaire des colonnes",
    columnHeader: "| Colonne | Signification |",
    listHeading: "Export de la liste",
    listColumns: "L'export de la liste a les colonnes des partenariats, puis :",
  },
  links: {
    heading: "Télécharger les données",
    note: "Les fichiers contiennent tout le jeu de données décrit ci-dessus. Les tableaux CSV s'ouvrent dans un tableur en français (séparateur « ; », virgule décimale) ; le mode d'emploi décrit chaque colonne.",
    partnershipsCsv: "Partenariats (CSV)",
    fundingCsv: "Lignes de financement (CSV)",
    xlsx: "Partenariats et financements (Excel, XLSX)",
    json: "Jeu de données complet (JSON)",
    readme: "Mode d'emploi et dictionnaire des colonnes (LISEZMOI)",
    listHeading: "Télécharger cette liste",
    listNote: (count: string, one: boolean) => `Télécharger cette liste : ${one ? "le partenariat" : `les ${count} partenariats`}, toutes pages comprises, dans l'ordre affiché.`,
    listCsv: "Tableau CSV",
    listXlsx: "Tableau Excel (XLSX)",
  },
};

/** Headers of the downloaded tables and their meaning, for the README's column dictionary. */
export const downloadColumnsFr = {
  id: { label: "Identifiant", meaning: "Identifiant du partenariat dans ce jeu de données (celui de l'adresse `/partenariats/<identifiant>`)" },
  atlasId: { label: "Identifiant Atlas", meaning: "Numéro du projet dans l'Atlas (criteres.prjId de la fiche publique), vide s'il n'est pas connu" },
  title: { label: "Titre", meaning: "Titre complet ; un sous-titre suit après un retour à la ligne" },
  status: { label: "Statut", meaning: "En cours ou Terminé, vide s'il n'est pas renseigné" },
  startYear: { label: "Année de début", meaning: "Année de début du partenariat" },
  firstSignatureYear: { label: "Année de première signature", meaning: "Année de la première signature d'un accord entre les partenaires" },
  endDate: { label: "Date de fin", meaning: "Date de fin (AAAA-MM-JJ), vide si le partenariat est en cours ou si elle n'est pas connue" },
  theme: { label: "Thématique", meaning: "Thématique principale" },
  subTheme: { label: "Sous-thématique", meaning: "Sous-thématique principale" },
  subSubTheme: { label: "Sous-sous-thématique", meaning: "Sous-sous-thématique principale" },
  otherThemes: { label: "Autres thématiques", meaning: "Thématiques secondaires, par ordre de priorité, chacune « thématique › sous-thématique › sous-sous-thématique »" },
  authorities: { label: "Collectivités françaises", meaning: "Noms des collectivités françaises du partenariat" },
  authorityCodes: { label: "Codes des collectivités (INSEE ou SIREN)", meaning: "Code INSEE (commune, département, région, collectivité d'outre-mer) ou SIREN (intercommunalité) de chaque collectivité, dans le même ordre ; 988-sud, 988-nord et 988-iles-loyaute pour les provinces de Nouvelle-Calédonie, qui n'ont pas de code INSEE ; vide si le nom n'a pas été reconnu" },
  authorityKinds: { label: "Types de collectivités", meaning: "Commune, Département, Région, Intercommunalité (EPCI) ou Collectivité d'outre-mer, dans le même ordre" },
  departements: { label: "Départements (codes INSEE)", meaning: "Code INSEE du département où se trouve chaque collectivité, dans le même ordre ; outre-mer, le code de la collectivité d'outre-mer (975, 987, 988…)" },
  regions: { label: "Régions (codes INSEE)", meaning: "Code INSEE de la région où se trouve chaque collectivité, dans le même ordre ; outre-mer, le code de la collectivité d'outre-mer (975, 987, 988…)" },
  partners: { label: "Partenaires étrangers", meaning: "Noms des collectivités et partenaires étrangers" },
  partnerCountries: { label: "Pays des partenaires (ISO)", meaning: "Code ISO 3166-1 alpha-2 du pays de chaque partenaire, dans le même ordre ; vide si le pays n'a pas été reconnu" },
  partnerCountryNames: { label: "Pays des partenaires", meaning: "Nom français du pays de chaque partenaire, dans le même ordre" },
  form: { label: "Forme", meaning: "Forme que prend le partenariat (« Projet de coopération décentralisée »…)" },
  amount: { label: "Montant total déclaré (€)", meaning: "Somme des montants de ses lignes de financement, en euros ; 0 si aucune n'est déclarée" },
  fundingRows: { label: "Lignes de financement", meaning: "Nombre de lignes de financement déclarées (détaillées dans le fichier des financements)" },
  origin: { label: "Fiche réelle ou générée", meaning: "« réelle » : lue dans l'Atlas ; « générée » : donnée de démonstration, fictive" },
  url: { label: "Adresse de la fiche", meaning: "Adresse de la fiche publique dans l'Atlas, quand elle est connue" },
  listAmount: { label: "Montant déclaré selon les filtres (€)", meaning: "Montant des seules lignes de financement retenues par les filtres de financeur et d'années (celui de la liste et de son tri)" },
  partnershipId: { label: "Identifiant du partenariat", meaning: "Identifiant du partenariat financé (colonne « Identifiant » du fichier des partenariats)" },
  financer: { label: "Financeur", meaning: "Nom du financeur, tel que déclaré" },
  category: { label: "Catégorie de financeur", meaning: "Catégorie déduite du nom du financeur : ministère, collectivité française, partenaires étrangers ou autres" },
  rowAmount: { label: "Montant (€)", meaning: "Montant déclaré de la ligne, en euros" },
  oudinAmount: { label: "Montant 1 % Eau, loi Oudin (€)", meaning: "Part du montant au titre du 1 % Eau (loi Oudin-Santini de 2005), vide si non renseignée" },
  year: { label: "Année", meaning: "Année de la ligne de financement, vide si elle n'est pas connue" },
} satisfies Record<DownloadColumn, { label: string; meaning: string }>;
