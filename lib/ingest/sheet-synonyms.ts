import { CSV_COLUMNS } from "./csv";

/**
 * The columns a spreadsheet's headers can be read as: the project's CSV columns, plus the four
 * of a file with one amount a row (each row one funding row of its partnership).
 */
export const SHEET_COLUMNS = [...CSV_COLUMNS, "montant", "montant_oudin", "financeur", "annee_financement"] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/**
 * Plain French headers recognised without a map. They are compared normalised (case, accents,
 * spaces and punctuation ignored: "Montant (€)" is "montant"), and each column's own name is
 * recognised too. A header must not stand for two columns (checked by a test).
 */
export const SYNONYMS: Partial<Record<SheetColumn, readonly string[]>> = {
  titre: ["Titre", "Intitulé", "Intitulé du projet", "Intitulé du partenariat", "Nom du projet", "Titre du projet", "Titre du partenariat"],
  prj_id: ["Identifiant", "prjId", "N° projet", "N° du projet", "Numéro de projet", "Numéro du projet", "Identifiant du projet", "Id projet"],
  collectivite_francaise: [
    "Collectivité française", "Collectivités françaises", "Collectivité territoriale", "Collectivités territoriales",
    "Collectivité territoriale française", "Collectivités territoriales partenaires",
  ],
  partenaire_etranger: ["Partenaire", "Partenaires", "Partenaire étranger", "Partenaires étrangers", "Collectivité étrangère", "Collectivités étrangères"],
  pays: ["Pays", "Pays partenaire"],
  poste_diplomatique: ["Poste diplomatique"],
  thematique: ["Thématique", "Thème", "Thématique principale", "Thématique d'intervention"],
  sous_thematique: ["Sous-thématique", "Sous-thème"],
  sous_sous_thematique: ["Sous-sous-thématique", "Sous-sous-thème"],
  annee_premiere_signature: ["Année de première signature", "Année de première signature de la convention"],
  annee_debut: ["Année de début", "Année", "Année de début du partenariat", "Année de début du projet"],
  statut: ["Statut", "État", "Le partenariat est", "Le projet est"],
  date_fin: ["Date de fin", "Date de fin du partenariat"],
  forme: ["Forme", "Forme du partenariat"],
  description: ["Description", "Description détaillée"],
  contexte: ["Contexte"],
  historique: ["Historique"],
  objectifs_locaux: ["Objectifs locaux"],
  objectifs_france: ["Objectifs en France"],
  montant: ["Montant", "Montant (€)", "Montant en euros", "Montant (EUR)"],
  montant_oudin: ["Montant 1% Eau", "Montant 1 % Eau", "Montant 1% Eau (Loi Oudin 2005)", "Montant Oudin"],
  financeur: ["Financeur", "Financeurs"],
  annee_financement: ["Année de financement", "Année du financement"],
};
