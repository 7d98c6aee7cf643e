import { nounFor } from "./en-shape";
import type { downloadColumnsFr, downloadsFr } from "./fr-downloads";

/** The English labels of the whole-data downloads and of the list's export (lib/downloads). */
export const downloadsEn: typeof downloadsFr = {
  partnershipsTitle: "Decentralised cooperation partnerships",
  fundingTitle: "Funding rows of the partnerships",
  listTitle: "List of partnerships",
  partnershipsSheet: "Partnerships",
  fundingSheet: "Funding",
  partnershipsCaption: (count) => `${count} ${nounFor(count, "partnership", "partnerships")}, one per row`,
  fundingCaption: (count, partnerships) =>
    `${count} ${nounFor(count, "funding row", "funding rows")} of ${partnerships} ${nounFor(partnerships, "partnership", "partnerships")}`,
  listCaption: (count, order) => `${count} ${nounFor(count, "partnership", "partnerships")}, sorted ${order}`,
  real: "real",
  generated: "generated",
  separator: " | ",
  themePath: " › ",
  readme: {
    title: "Data of the French Atlas of decentralised cooperation",
    dataset: (description) => `Dataset: ${description}.`,
    extracted: (date, version) => `Extraction date: ${date} (date of the dataset, version ${version}).`,
    contents: (partnerships, real, rows) =>
      `Contents: ${partnerships} ${nounFor(partnerships, "partnership", "partnerships")}, including ${real} real Atlas ${nounFor(real, "record", "records")}, ` +
      `and ${rows} ${nounFor(rows, "funding row", "funding rows")}.`,
    sourceHeading: "Source",
    source:
      "French Atlas of decentralised cooperation and other external action, Ministry for Europe and Foreign Affairs (MEAE). Each real record gives the address of its public page (column “Record URL”).",
    licenceHeading: "Licence",
    originHeading: "Real or generated data",
    generated: (seed, scale, real) =>
      `This dataset is **generated** for demonstration (seed ${seed}, scale ${scale}): its figures are not real. ` +
      `${real === "1" ? "Only the record marked" : `Only the ${real} records marked`} “real” in the “Real or generated record” column ${real === "1" ? "comes" : "come"} from the Atlas. ` +
      "The JSON says so too: `meta.demo` is set in it, and each generated record has `source.real = false`.",
    imported: (real, generated) =>
      `This dataset is imported: ${real} real Atlas ${nounFor(real, "record", "records")}, ${generated} generated ${nounFor(generated, "record", "records")} ` +
      "(“Real or generated record” column; `source.real` in the JSON).",
    filesHeading: "Files",
    files: {
      partnershipsCsv: "one partnership per row",
      fundingCsv: "one funding row per row, linked to its partnership by its ID",
      xlsx: "both tables, one sheet each (“Partnerships”, “Funding”), amounts as numbers in euro format",
      json: "the complete dataset in the project's format (`atlas-cooperation/dataset@1`, described in data/README.md), which `atlas import` reads back",
      readme: "this document",
      list: "the list of the Partnerships page with its filters and sort order (same parameters as the page), all its rows",
    },
    csvHeading: "Reading the CSV files",
    csv: [
      "UTF-8 encoding with BOM, “,” separator, decimal point, CRLF line endings (what Excel and LibreOffice open in an English locale; the French files, without `lang=en`, use “;” and a decimal comma).",
      "The first rows are notes (what the file holds, source, date, licence, and the warning about generated data), followed by an empty row and then the header row.",
      "Numbers are written without a thousands separator or “€”; the headers of amounts say “(€)”.",
      "A cell with several values separates them with “|”, in the same order from one column to the next (the n-th local authority has the n-th code).",
      "A text that a spreadsheet would take for a formula (starting with =, +, -, @) is preceded by an apostrophe.",
    ],
    skipRows: (file, rows) => `\`${file}\`: ${rows} rows before the header (pandas: \`read_csv(…, skiprows=${rows})\`).`,
    columnsHeading: "Column dictionary",
    columnHeader: "| Column | Meaning |",
    listHeading: "List export",
    listColumns: "The list export has the partnerships' columns, then:",
  },
  links: {
    heading: "Download the data",
    note: "The files hold the whole dataset described above. The CSV tables open in a spreadsheet set to English (“,” separator, decimal point); the user guide describes each column.",
    partnershipsCsv: "Partnerships (CSV)",
    fundingCsv: "Funding rows (CSV)",
    xlsx: "Partnerships and funding (Excel, XLSX)",
    json: "Complete dataset (JSON)",
    readme: "User guide and column dictionary (LISEZMOI)",
    listHeading: "Download this list",
    listNote: (count, one) => `Download this list: ${one ? "the partnership" : `all ${count} partnerships`}, every page included, in the order shown.`,
    listCsv: "CSV table",
    listXlsx: "Excel table (XLSX)",
  },
};

/** Headers of the downloaded tables and their meaning, for the README's column dictionary. */
export const downloadColumnsEn: typeof downloadColumnsFr = {
  id: { label: "ID", meaning: "ID of the partnership in this dataset (the one in its address, `/partenariats/<ID>`)" },
  atlasId: { label: "Atlas ID", meaning: "Project number in the Atlas (criteres.prjId of the public record), empty if not known" },
  title: { label: "Title", meaning: "Full title; a subtitle follows after a line break" },
  status: { label: "Status", meaning: "Ongoing or Completed, empty if not stated" },
  startYear: { label: "Start year", meaning: "Year the partnership started" },
  firstSignatureYear: { label: "Year of first signature", meaning: "Year the partners first signed an agreement" },
  endDate: { label: "End date", meaning: "End date (YYYY-MM-DD), empty if the partnership is ongoing or the date is not known" },
  theme: { label: "Theme", meaning: "Main theme" },
  subTheme: { label: "Sub-theme", meaning: "Main sub-theme" },
  subSubTheme: { label: "Sub-sub-theme", meaning: "Main sub-sub-theme" },
  otherThemes: { label: "Other themes", meaning: "Secondary themes, in order of priority, each as “theme › sub-theme › sub-sub-theme”" },
  authorities: { label: "French local authorities", meaning: "Names of the partnership's French local authorities" },
  authorityCodes: {
    label: "Local authority codes (INSEE or SIREN)",
    meaning:
      "INSEE code (municipality, department, region, overseas collectivity) or SIREN number (inter-municipal body) of each local authority, in the same order; 988-sud, 988-nord and 988-iles-loyaute for the provinces of New Caledonia, which have no INSEE code; empty if the name was not recognised",
  },
  authorityKinds: {
    label: "Local authority types",
    meaning: "Municipality, Department, Region, Inter-municipal body (EPCI) or Overseas collectivity, in the same order",
  },
  departements: {
    label: "Departments (INSEE codes)",
    meaning: "INSEE code of the department each local authority is in, in the same order; overseas, the code of the overseas collectivity (975, 987, 988…)",
  },
  regions: {
    label: "Regions (INSEE codes)",
    meaning: "INSEE code of the region each local authority is in, in the same order; overseas, the code of the overseas collectivity (975, 987, 988…)",
  },
  partners: { label: "Foreign partners", meaning: "Names of the foreign local authorities and partners" },
  partnerCountries: {
    label: "Partner countries (ISO)",
    meaning: "ISO 3166-1 alpha-2 code of each partner's country, in the same order; empty if the country was not recognised",
  },
  partnerCountryNames: { label: "Partner countries", meaning: "Name of each partner's country, in the same order" },
  form: { label: "Form", meaning: "The form the partnership takes (“Decentralised cooperation project”…)" },
  amount: { label: "Total declared amount (€)", meaning: "Sum of the amounts of its funding rows, in euros; 0 if none is declared" },
  fundingRows: { label: "Funding rows", meaning: "Number of declared funding rows (detailed in the funding file)" },
  origin: { label: "Real or generated record", meaning: "“real”: read from the Atlas; “generated”: demonstration data, fictitious" },
  url: { label: "Record URL", meaning: "Address of the public record in the Atlas, when known" },
  listAmount: {
    label: "Declared amount under the filters (€)",
    meaning: "Amount of only the funding rows that the funder and year filters keep (the amount the list shows and sorts by)",
  },
  partnershipId: { label: "Partnership ID", meaning: "ID of the funded partnership (the “ID” column of the partnerships file)" },
  financer: { label: "Funder", meaning: "Name of the funder, as declared" },
  category: {
    label: "Funder category",
    meaning: "Category inferred from the funder's name: ministry, French local authority, foreign partners or others",
  },
  rowAmount: { label: "Amount (€)", meaning: "Declared amount of the row, in euros" },
  oudinAmount: {
    label: "Oudin law 1% for water amount (€)",
    meaning: "Part of the amount given under the 1% for water scheme (Oudin-Santini law of 2005), empty if not stated",
  },
  year: { label: "Year", meaning: "Year of the funding row, empty if not known" },
};
