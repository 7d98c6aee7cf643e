import type { FundingRow, Partnership } from "../model";

/** A small valid partnership; override what a test is about. */
export function makePartnership(overrides: Partial<Partnership> = {}): Partnership {
  return {
    id: "p1",
    title: "Coopération de test",
    firstSignatureYear: 2010,
    theme: { theme: "Environnement, Climat et Energie", subTheme: "Eau et déchets", subSubTheme: "Eau et assainissement" },
    otherThemes: [],
    startYear: 2012,
    status: "ongoing",
    endDate: null,
    context: null,
    history: null,
    objectives: { local: null, france: null },
    description: null,
    form: "Projet de coopération décentralisée",
    triennial: null,
    frenchAuthorities: [{ name: "Dijon", code: "21231", kind: "commune", departement: "21", region: "27" }],
    foreignPartners: [{ name: "Municipalité de Chefchaouen", country: "MA", countryName: "Maroc" }],
    foreignContacts: [],
    embassy: null,
    funding: [],
    volunteers: [],
    source: { kind: "csv", real: true, file: null, url: null, atlasId: null },
    ...overrides,
  };
}

export function makeFunding(overrides: Partial<FundingRow> = {}): FundingRow {
  return { financer: "Ministère de l'Europe et des Affaires étrangères", category: "meae", amount: 1000, oudinAmount: null, year: 2020, ...overrides };
}
