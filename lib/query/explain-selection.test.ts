import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import type { Dataset } from "../model";
import { makeFunding, makePartnership } from "../test-support/factories";
import { QueryEngine } from "./engine";
import { withExplanation } from "./explain";
import { type ExplainParams, type Filters, MEASURES, type Measure, explainQuerySchema, filtersSchema, parseParams } from "./params";
import { SELECTION_KEY, referenceContributions } from "./reference-explain";
import { QueryError } from "./select";
import type { FilteredSummary } from "./summary";

// The generated dataset of explain.test.ts (3 % of the Atlas): secondary themes, missing years, 1 % Oudin amounts.
const DATASET: Dataset = {
  format: "atlas-cooperation/dataset@1",
  meta: { demo: null, description: "explain the selection", updatedAt: "2026-01-01" },
  partnerships: generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.03 }),
};
const engine = QueryEngine.fromDataset(DATASET, "explain-selection");
const EMPTY = { country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [] };
const explainQuery = (raw: Record<string, unknown>): ExplainParams => explainQuerySchema.parse({ ...EMPTY, ...raw });
const filters = (raw: Record<string, unknown>): Filters => filtersSchema.parse({ ...EMPTY, ...raw });
const CENT = 0.005;
const THEME = { theme: "environnement-climat-et-energie", themeScope: "any" };

const FILTER_SETS: Record<string, unknown>[] = [
  {},
  { country: ["SN"] },
  { ...THEME, themeRule: "main" },
  { ...THEME, themeRule: "split" },
  { ...THEME, themeRule: "full" },
  { theme: "environnement-climat-et-energie", themeRule: "split" },
  { yearFrom: 2012, yearTo: 2018 },
  { yearFrom: 2012, yearTo: 2018, yearMode: "started" },
  { financerCategory: ["meae"] },
  { ...THEME, themeRule: "split", financerCategory: ["meae"], yearFrom: 2014 },
];

/** The tile a measure explains: /api/summary's figure. */
const figureOf = (summary: FilteredSummary, measure: Measure): number => summary[measure];

describe("explain without a breakdown: the whole selection, /api/summary's figures", () => {
  const { lastYear } = engine.index;
  for (const raw of FILTER_SETS) {
    it(`filters ${JSON.stringify(raw)}: sum = value = the summary's figure, as the reference computes it`, () => {
      const summary = engine.summary(filters(raw));
      for (const measure of MEASURES) {
        const query = explainQuery({ ...raw, measure });
        const figure = figureOf(summary, measure);
        const context = `${measure} ${figure}`;
        withExplanation(engine.index, query, (explanation) => {
          // The same additions in the same order: equal, not merely close.
          expect(explanation.value, context).toBe(figure);
          expect(explanation.key).toBeNull();
          expect(explanation.groups).toEqual([]);
          if (measure === "amount" || measure === "oudinAmount") expect(Math.abs(explanation.sum - figure), `${context}: sum ${explanation.sum}`).toBeLessThan(CENT);
          else expect(explanation.sum, context).toBe(figure);
          if (measure === "partnerships") expect(explanation.positions.length).toBe(summary.partnerships);
          const expected = new Map(referenceContributions(DATASET.partnerships, query, lastYear).get(SELECTION_KEY) ?? []);
          const differences: string[] = [];
          explanation.positions.forEach((p, i) => {
            const id = engine.index.ids[p]!;
            const reference = expected.get(id);
            if (reference === undefined || Math.abs(reference - explanation.contributions[i]!) > 1e-6) differences.push(`${id}: ${explanation.contributions[i]} ≠ ${reference}`);
            expected.delete(id);
          });
          for (const [id, contribution] of expected) differences.push(`${id}: missing, reference ${contribution}`);
          expect(differences, context).toEqual([]);
        });
      }
      // The sets are not empty: each explains real partnerships.
      expect(summary.partnerships).toBeGreaterThan(5);
    });
  }

  it("is sorted by contribution then title and paginated like a row's explanation", () => {
    for (const measure of ["amount", "frenchAuthorities", "partnerships"] as const) {
      const raw = { ...THEME, themeRule: "split", measure };
      const all = engine.explainAll(explainQuery(raw));
      expect(all).toMatchObject({ key: null, by: null, label: "Toute la sélection", groups: [], groupCount: 0 });
      expect(all.total).toBeGreaterThan(7);
      const pages = [];
      for (let page = 1; page <= Math.ceil(all.total / 7); page += 1) pages.push(...engine.explain(explainQuery({ ...raw, page, pageSize: 7 })).rows);
      expect(pages.map((row) => row.id)).toEqual(all.rows.map((row) => row.id));
      const cents = all.rows.map((row) => Math.round(row.contribution * 100));
      expect([...cents].sort((a, b) => b - a)).toEqual(cents);
      for (const row of all.rows) expect(row.groups).toEqual([]);
    }
    const amounts = engine.explainAll(explainQuery({ ...THEME, themeRule: "split" }));
    expect(amounts.notes).toContain("Le nombre est celui de toute la sélection (les chiffres clés) : chaque partenariat y compte une fois, quelles que soient ses thématiques ou ses pays.");
    // Partnerships with secondary themes outside the filter get a fraction of their amount.
    expect(amounts.rows.some((row) => row.share! < 1)).toBe(true);
  });

  it("refuses the parameters of a row without `by`, naming each", () => {
    for (const [param, value] of [["key", "DE"], ["stack", "status"], ["limit", "5"], ["segment", "meae"]]) {
      const parsed = parseParams(explainQuerySchema, new URLSearchParams(`measure=amount&${param}=${value}`));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issues).toEqual([{ param, message: expect.stringMatching(/give by too/) }]);
    }
    expect(parseParams(explainQuerySchema, new URLSearchParams("measure=foreignPartners&country=SN")).ok).toBe(true);
    // Called directly, the engine refuses them too.
    expect(() => engine.explain({ ...explainQuery({}), segment: "meae" })).toThrow(QueryError);
  });
});

describe("the whole selection on a small hand-made dataset", () => {
  const p = makePartnership;
  const small = QueryEngine.fromDataset(
    {
      format: "atlas-cooperation/dataset@1",
      meta: { demo: null, description: "small", updatedAt: "2026-01-01" },
      partnerships: [
        p({ id: "a", title: "Alpha", startYear: 2015, funding: [makeFunding({ amount: 100, year: 2016 }), makeFunding({ category: "other", financer: "AFD", amount: 50, year: 2017 })] }),
        p({
          id: "b",
          title: "Bêta",
          startYear: 2010,
          otherThemes: [{ theme: "Economie durable", subTheme: null, subSubTheme: null, priority: 1 }, { theme: "Culture", subTheme: null, subSubTheme: null, priority: 2 }],
          funding: [makeFunding({ amount: 300, year: 2016 })],
        }),
        p({ id: "c", title: "Gamma", startYear: null, firstSignatureYear: null, theme: null, funding: [] }),
      ],
    },
    "small",
  );
  const ask = (raw: Record<string, unknown>) => small.explainAll(explainQuery(raw));

  it("sums every partnership's amount once; a theme filter under the split rule keeps its share", () => {
    expect(ask({}).rows.map((row) => [row.id, row.contribution])).toEqual([["b", 300], ["a", 150]]);
    const split = ask({ theme: "economie-durable", themeScope: "any", themeRule: "split" });
    expect(split).toMatchObject({ value: 100, sum: 100, rows: [{ id: "b", contribution: 100, share: 1 / 3 }] });
    expect(ask({ theme: "economie-durable", themeScope: "any", themeRule: "full" })).toMatchObject({ value: 300, rows: [{ id: "b", contribution: 300 }] });
  });

  it("counts each partnership once, and credits the French authority to the one that started first", () => {
    expect(ask({ measure: "partnerships" }).rows.map((row) => row.id)).toEqual(["a", "b", "c"]);
    const authorities = ask({ measure: "frenchAuthorities" });
    expect(authorities.value).toBe(1);
    expect(authorities.rows.map((row) => [row.id, row.contribution])).toEqual([["b", 1], ["a", 0], ["c", 0]]);
  });

  it("is 0 with no partnership under the filters, not a 404", () => {
    expect(ask({ measure: "partnerships", country: ["JP"] })).toMatchObject({ value: 0, sum: 0, total: 0, rows: [] });
  });
});
