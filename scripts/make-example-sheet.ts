/**
 * Writes data/examples/exemple-zone-afrique.xlsx, the example of data/README.md ("Importer un
 * tableur"): a spreadsheet laid out like an export by zone (a title line and a blank line above
 * the header, headers that are not the project's, one amount a row, an extra column). The
 * authorities and countries are real names; the partnerships are invented, titled "Exemple — …",
 * and carry no person's name. Its map is data/examples/exemple-zone-afrique.map.json.
 *
 *   npx tsx scripts/make-example-sheet.ts
 */
import path from "node:path";
import ExcelJS from "exceljs";

const OUT = path.join(__dirname, "..", "data", "examples", "exemple-zone-afrique.xlsx");

const HEADERS = [
  "Intitulé de l'action", "Collectivité territoriale française", "Autorité partenaire", "Pays", "Thème",
  "Début", "Montant (€)", "Financeur", "Année", "Commentaire",
];

const WATER = ["Exemple — Accès à l'eau potable dans les quartiers périphériques", "Région Nouvelle-Aquitaine", "Commune de Kaolack", "Sénégal", "Environnement, Climat et Energie", 2022];
const CIVIL = ["Exemple — Appui à l'état civil communal", "Grenoble", "Commune de Koudougou", "Burkina Faso", "Politique, humanitaire et coopération transfrontalière", 2019];
const FARMING = ["Exemple — Formation agricole des jeunes", "Département de la Dordogne", "Commune de Bohicon", "Bénin", "Economie durable", 2021];

/** Each row: the partnership's cells, then amount, financer, year, comment (empty cells left empty). */
const ROWS: (string | number | null)[][] = [
  [...WATER, 40_000, null, 2022, "Financeur vide : la collectivité française"],
  [...WATER, 25_000, "Ministère de l'Europe et des Affaires étrangères", 2022, null],
  [...WATER, "12 500", null, null, "Montant saisi en texte ; année vide : l'année de début"],
  [...CIVIL, 15_000, "Grenoble", 2019, null],
  [...CIVIL, 15_000, "Grenoble", 2020, null],
  [...CIVIL, 10_000, "Ministère de l'Europe et des Affaires étrangères", 2020, null],
  [...FARMING, 8_000.5, null, 2021, null],
  [...FARMING, 20_000, "Agence française de développement", 2021, "Autre financeur"],
];

async function main() {
  const workbook = new ExcelJS.Workbook();
  // Fixed, so that rewriting the file changes nothing that matters.
  workbook.creator = "atlas-cooperation scripts/make-example-sheet.ts";
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 11, 1));
  const sheet = workbook.addWorksheet("Afrique");
  sheet.addRow(["Coopération décentralisée — zone Afrique : EXEMPLE (partenariats fictifs, pour documenter l'import)"]).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow(HEADERS).font = { bold: true };
  for (const row of ROWS) sheet.addRow(row);
  sheet.getColumn(7).numFmt = '#,##0.00 "€"';
  sheet.columns.forEach((column, index) => {
    column.width = index < 3 ? 40 : 16;
  });
  await workbook.xlsx.writeFile(OUT);
  process.stderr.write(`wrote ${OUT}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
