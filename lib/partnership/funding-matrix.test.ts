import { describe, expect, it } from "vitest";
import type { FundingRow } from "../model";
import { makeFunding } from "../test-support/factories";
import { fundingMatrix } from "./funding-matrix";
import { fundingByYearAndCategory } from "./funding-years";

const MEAE = "Ministère de l'Europe et des Affaires étrangères";
const FOREIGN = "Collectivités et partenaires étrangers";

// The six rows of the real fiche 15909 (Dijon – Chefchaouen), as printed on the Atlas.
const SEED_ROWS: FundingRow[] = [
  makeFunding({ financer: MEAE, category: "meae", amount: 8845, year: 2020 }),
  makeFunding({ financer: MEAE, category: "meae", amount: 8845, year: 2021 }),
  makeFunding({ financer: "Dijon", category: "french-authority", amount: 11241, year: 2020 }),
  makeFunding({ financer: "Dijon", category: "french-authority", amount: 14343, year: 2021 }),
  makeFunding({ financer: FOREIGN, category: "foreign-partners", amount: 2689, year: 2020 }),
  makeFunding({ financer: FOREIGN, category: "foreign-partners", amount: 2689, year: 2021 }),
];

describe("fundingMatrix", () => {
  it("gives the seed fiche's table: three financers, two years, 22 775 € + 25 877 € = 48 652 €", () => {
    const matrix = fundingMatrix(SEED_ROWS);
    expect(matrix.years).toEqual([2020, 2021]);
    expect(matrix.financers).toEqual([
      { financer: MEAE, category: "meae", amounts: [8845, 8845], total: 17690, oudin: null },
      { financer: "Dijon", category: "french-authority", amounts: [11241, 14343], total: 25584, oudin: null },
      { financer: FOREIGN, category: "foreign-partners", amounts: [2689, 2689], total: 5378, oudin: null },
    ]);
    expect(matrix.yearTotals).toEqual([22775, 25877]);
    expect(matrix.total).toBe(48652);
    expect(matrix.oudin).toBeNull();
  });

  it("adds rows of one financer and year, leaves empty cells null, puts rows without a year last", () => {
    const matrix = fundingMatrix([
      makeFunding({ financer: "Agence de l'eau", category: "other", amount: 3000, oudinAmount: 1500, year: 2020 }),
      makeFunding({ financer: MEAE, category: "meae", amount: 1000, year: 2019 }),
      makeFunding({ financer: MEAE, category: "meae", amount: 500, year: 2019 }),
      makeFunding({ financer: MEAE, category: "meae", amount: 700, year: null }),
      makeFunding({ financer: "Agence de l'eau", category: "other", amount: 0, oudinAmount: 200, year: null }),
    ]);
    expect(matrix.years).toEqual([2019, 2020, null]);
    expect(matrix.financers).toEqual([
      { financer: "Agence de l'eau", category: "other", amounts: [null, 3000, 0], total: 3000, oudin: 1700 },
      { financer: MEAE, category: "meae", amounts: [1500, null, 700], total: 2200, oudin: null },
    ]);
    expect(matrix.yearTotals).toEqual([1500, 3000, 700]);
    // Oudin amounts are shown apart, never added to the totals.
    expect(matrix.total).toBe(5200);
    expect(matrix.oudin).toEqual({ byYear: [null, 1500, 200], total: 1700 });
  });

  it("counts a stated Oudin amount of 0 as present", () => {
    expect(fundingMatrix([makeFunding({ oudinAmount: 0 })]).oudin).toEqual({ byYear: [0], total: 0 });
  });

  it("is empty without rows", () => {
    expect(fundingMatrix([])).toEqual({ years: [], financers: [], yearTotals: [], total: 0, oudin: null });
  });
});

describe("fundingByYearAndCategory", () => {
  it("stacks the seed fiche by financer category, in the categories' order", () => {
    expect(fundingByYearAndCategory([...SEED_ROWS].reverse())).toEqual([
      {
        year: 2020,
        segments: [
          { key: "meae", label: "Ministère de l'Europe et des Affaires étrangères", value: 8845 },
          { key: "french-authority", label: "Fonds propres de la collectivité française", value: 11241 },
          { key: "foreign-partners", label: "Collectivités et partenaires étrangers", value: 2689 },
        ],
      },
      {
        year: 2021,
        segments: [
          { key: "meae", label: "Ministère de l'Europe et des Affaires étrangères", value: 8845 },
          { key: "french-authority", label: "Fonds propres de la collectivité française", value: 14343 },
          { key: "foreign-partners", label: "Collectivités et partenaires étrangers", value: 2689 },
        ],
      },
    ]);
  });

  it("leaves out rows without a year", () => {
    expect(fundingByYearAndCategory([makeFunding({ year: null }), makeFunding({ year: 2018, amount: 5, category: "other" })])).toEqual([
      { year: 2018, segments: [{ key: "other", label: "Autres financeurs (AFD, UE, agences de l'eau…)", value: 5 }] },
    ]);
  });
});
