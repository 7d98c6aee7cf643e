import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import { NONE_KEY, OTHERS_KEY } from "../keys";
import type { Dataset } from "../model";
import { makeFunding, makePartnership } from "../test-support/factories";
import type { GroupRow } from "./aggregate";
import { QueryEngine } from "./engine";
import { withExplanation } from "./explain";
import { NotFoundError } from "./not-found";
import { type AggregateQuery, BREAKDOWNS, type ExplainParams, MEASURES, THEME_RULES, aggregateQuerySchema, explainQuerySchema } from "./params";
import { referenceContributions } from "./reference-explain";
import { QueryError } from "./select";

// A generated dataset at 3 % of the Atlas (about 380 partnerships): real authority codes, a hundred
// countries, secondary themes, missing years, funding rows with and without 1 % Oudin amounts.
const DATASET: Dataset = {
  format: "atlas-cooperation/dataset@1",
  meta: { demo: null, description: "explain", updatedAt: "2026-01-01" },
  partnerships: generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.03 }),
};
const engine = QueryEngine.fromDataset(DATASET, "explain");
const EMPTY = { country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [] };
const explainQuery = (raw: Record<string, unknown>): ExplainParams => explainQuerySchema.parse({ ...EMPTY, ...raw });
const aggregateQuery = (raw: Record<string, unknown>): AggregateQuery => aggregateQuerySchema.parse({ ...EMPTY, ...raw });

const FILTER_SETS: Record<string, unknown>[] = [
  {},
  { country: ["SN"] },
  { theme: "environnement-climat-et-energie", themeScope: "any" },
  { yearFrom: 2012, yearTo: 2018 },
  { yearFrom: 2012, yearTo: 2018, yearMode: "started" },
  { financerCategory: ["meae"] },
];
// Few enough rows that "others" folds groups in most breakdowns.
const LIMIT = 4;
const CENT = 0.005;

/** The keys an explanation is asked for: every row of the limited answer, and "none" when the limit folds it. */
function keysOf(shown: readonly GroupRow[], all: readonly GroupRow[]): string[] {
  const keys = shown.map((row) => String(row.key));
  return all.some((row) => row.key === NONE_KEY) && !keys.includes(NONE_KEY) ? [...keys, NONE_KEY] : keys;
}

describe("explain adds up to the aggregate's value, as the reference computes it", () => {
  const { lastYear } = engine.index;
  for (const raw of FILTER_SETS) {
    it(`filters ${JSON.stringify(raw)}: every breakdown, measure, theme rule and row`, () => {
      let rows = 0;
      let others = 0;
      for (const by of BREAKDOWNS) {
        for (const measure of MEASURES) {
          for (const themeRule of THEME_RULES) {
            const query = aggregateQuery({ ...raw, by, measure, themeRule, limit: LIMIT });
            if (by === "activeYear" && (measure === "amount" || measure === "oudinAmount")) {
              expect(() => engine.explain(explainQuery({ ...raw, by, measure, key: "2015" }))).toThrow(QueryError);
              continue;
            }
            const answer = engine.aggregate(query);
            const unlimited = engine.aggregate({ ...query, limit: undefined }).rows;
            const reference = referenceContributions(DATASET.partnerships, query, lastYear);
            for (const key of keysOf(answer.rows, unlimited)) {
              const context = `${by} ${measure} ${themeRule} ${key}`;
              const row = answer.rows.find((r) => String(r.key) === key) ?? unlimited.find((r) => String(r.key) === key)!;
              // Parsed once above: the sweep asks thousands of explanations.
              withExplanation(engine.index, { ...query, key, page: 1, pageSize: 20 }, (explanation) => {
                // Amounts to the cent: a group's sum runs in another order when a partnership has two entries in it.
                if (measure === "amount" || measure === "oudinAmount") expect(Math.abs(explanation.value - row.value), context).toBeLessThan(CENT);
                else expect(explanation.value, context).toBe(row.value);
                let sum = 0;
                for (const contribution of explanation.contributions) sum += contribution;
                expect(Math.abs(explanation.sum - row.value) < CENT && Math.abs(sum - row.value) < CENT, `${context}: sum ${explanation.sum}, value ${row.value}`).toBe(true);
                const expected = new Map<string, number>();
                for (const group of key === OTHERS_KEY ? unlimited.slice(LIMIT).map((r) => String(r.key)) : [key]) {
                  for (const [id, contribution] of reference.get(group) ?? []) expected.set(id, (expected.get(id) ?? 0) + contribution);
                }
                // One assertion per row: thousands of per-partnership assertions would slow the sweep tenfold.
                const differences: string[] = [];
                explanation.positions.forEach((p, i) => {
                  const id = engine.index.ids[p]!;
                  const reference = expected.get(id);
                  if (reference === undefined || Math.abs(reference - explanation.contributions[i]!) > 1e-6) differences.push(`${id}: ${explanation.contributions[i]} ≠ ${reference}`);
                  expected.delete(id);
                });
                for (const [id, contribution] of expected) differences.push(`${id}: missing, reference ${contribution}`);
                expect(differences, context).toEqual([]);
                if (key !== OTHERS_KEY) expect(explanation.groups[0]!.partnerships, context).toBe(row.partnerships);
              });
              rows += 1;
              if (key === OTHERS_KEY) others += 1;
            }
          }
        }
      }
      // The sweep explains real rows, "others" among them, not empty answers.
      expect(rows).toBeGreaterThan(500);
      expect(others).toBeGreaterThan(50);
    });
  }
});

describe("explain's pages", () => {
  const base = { by: "country", measure: "amount", themeRule: "split", theme: "environnement-climat-et-energie", themeScope: "any" };

  it("lists the whole row page after page, sorted by contribution then title, each partnership once", () => {
    for (const raw of [
      { by: "theme", measure: "amount", themeRule: "split", key: "environnement-climat-et-energie" },
      { by: "country", measure: "partnerships", key: "DE" },
      { by: "authority", measure: "amount", limit: 5, key: OTHERS_KEY },
      { by: "theme", measure: "frenchAuthorities", themeRule: "full", key: "environnement-climat-et-energie" },
    ]) {
      const all = engine.explainAll(explainQuery(raw));
      expect(all.total).toBeGreaterThan(7);
      const pages = [];
      for (let page = 1; page <= Math.ceil(all.total / 7); page += 1) pages.push(...engine.explain(explainQuery({ ...raw, page, pageSize: 7 })).rows);
      expect(pages.map((row) => row.id)).toEqual(all.rows.map((row) => row.id));
      expect(new Set(pages.map((row) => row.id)).size).toBe(all.total);
      expect(Math.abs(pages.reduce((sum, row) => sum + row.contribution, 0) - all.value)).toBeLessThan(CENT);
      const cents = all.rows.map((row) => Math.round(row.contribution * 100));
      expect([...cents].sort((a, b) => b - a)).toEqual(cents);
      const page = engine.explain(explainQuery({ ...raw, page: 2, pageSize: 7 }));
      expect(page).toMatchObject({ page: 2, pageSize: 7, total: all.total, pageCount: Math.ceil(all.total / 7), value: all.value, sum: all.sum });
      expect(engine.explain(explainQuery({ ...raw, page: 1000 })).rows).toEqual([]);
    }
  });

  it("describes each partnership: its page, countries, start year, and for amounts the funding rows and share applied", () => {
    const answer = engine.explain(explainQuery({ ...base, key: "SN", pageSize: 50 }));
    expect(answer).toMatchObject({ key: "SN", label: "Sénégal", unit: "euros", attribution: null, segment: null });
    expect(answer.notes.some((note) => note.includes("réparti"))).toBe(true);
    for (const row of answer.rows) {
      expect(row.href).toBe(`/partenariats/${row.id}`);
      expect(row.countries.map((c) => c.code)).toContain("SN");
      expect(row.groups).toEqual([{ key: "SN", label: "Sénégal", share: row.share, contribution: expect.any(Number) }]);
      const funding = row.funding!;
      expect(funding.length).toBeGreaterThan(0);
      expect(Math.abs(funding.reduce((sum, f) => sum + f.contribution, 0) - row.contribution)).toBeLessThan(1e-6);
      for (const f of funding) expect(f.contribution).toBeCloseTo(f.amount * f.share, 6);
    }
    // Partnerships with secondary themes outside the filter get a fraction of their amount.
    expect(answer.rows.some((row) => row.share! < 1)).toBe(true);
    const record = DATASET.partnerships.find((p) => p.id === answer.rows[0]!.id)!;
    expect(answer.rows[0]!.startYear).toBe(record.startYear ?? record.firstSignatureYear);
  });

  it("lists the counted members of distinct counts, each credited once", () => {
    const answer = engine.explainAll(explainQuery({ by: "country", measure: "frenchAuthorities", key: "DE" }));
    expect(answer).toMatchObject({ unit: "frenchAuthorities", attribution: "first-by-start-year" });
    const counted = answer.rows.flatMap((row) => row.counted!.map((member) => member.key));
    expect(new Set(counted).size).toBe(counted.length);
    expect(counted.length).toBe(answer.value);
    for (const row of answer.rows) {
      expect(row.contribution).toBe(row.counted!.length);
      for (const member of row.notCounted!) expect(counted).toContain(member.key);
    }
    // Some partnership brings an authority already counted: it is listed, contributing 0 for it.
    expect(answer.rows.some((row) => row.notCounted!.length > 0)).toBe(true);
  });

  it("names the groups folded into 'others', with what each partnership brings to each", () => {
    const raw = { by: "subTheme", measure: "partnerships", themeRule: "full", limit: 3 };
    const answer = engine.explainAll(explainQuery({ ...raw, key: OTHERS_KEY }));
    const unlimited = engine.aggregate(aggregateQuery({ ...raw, limit: undefined })).rows;
    expect(answer.groups.map((g) => g.key)).toEqual(unlimited.slice(3).map((r) => r.key));
    expect(answer.label).toBe(`Autres (${unlimited.length - 3})`);
    for (const row of answer.rows) expect(row.contribution).toBe(row.groups.length);
    expect(answer.rows.some((row) => row.groups.length > 1)).toBe(true);
  });
});

describe("explain's errors", () => {
  it("is a 404 (NotFoundError naming `key`) for a key that is no row", () => {
    expect(() => engine.explain(explainQuery({ by: "country", key: "FR" }))).toThrow(NotFoundError);
    expect(() => engine.explain(explainQuery({ by: "country", key: "FR" }))).toThrow(/^key: no row "FR"/);
    expect(() => engine.explain(explainQuery({ by: "country", key: OTHERS_KEY }))).toThrow(/key: no row "others".*no limit/);
    expect(() => engine.explain(explainQuery({ by: "status", limit: 5, key: OTHERS_KEY }))).toThrow(NotFoundError);
    // A known country with no partnership under the filters is no row either.
    expect(() => engine.explain(explainQuery({ by: "country", country: ["SN"], key: "DE" }))).toThrow(NotFoundError);
  });

  it("is a 400 (QueryError) for a value the dataset does not know or a measure the breakdown refuses", () => {
    expect(() => engine.explain(explainQuery({ by: "country", theme: "astrologie", key: "DE" }))).toThrow(QueryError);
    expect(() => engine.explain(explainQuery({ by: "activeYear", measure: "amount", key: "2015" }))).toThrow(/^measure:/);
    expect(() => engine.explain(explainQuery({ by: "year", segment: "meae", key: "2015" }))).toThrow(/^segment: .*stack/);
    expect(() => engine.explain(explainQuery({ by: "year", stack: "financerCategory", segment: "etat", key: "2015" }))).toThrow(QueryError);
  });

  it("needs a key: the schema names it", () => {
    const parsed = explainQuerySchema.safeParse({ ...EMPTY, by: "country" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(["key"]);
    expect(parsed.error!.issues[0]!.message).toMatch(/^required/);
    expect(explainQuerySchema.safeParse({ ...EMPTY, by: "country", key: "DE", pageSize: 201 }).success).toBe(false);
  });
});

describe("explain on a small hand-made dataset", () => {
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

  it("gives a partnership split over three themes a third of its amount under each", () => {
    const answer = ask({ by: "theme", measure: "amount", themeRule: "split", key: "economie-durable" });
    expect(answer.value).toBe(100);
    expect(answer.rows).toMatchObject([{ id: "b", contribution: 100, share: 1 / 3, funding: [{ amount: 300, share: 1 / 3, contribution: 100, year: 2016 }] }]);
  });

  it("credits the French authority to the partnership that started first", () => {
    const answer = ask({ by: "status", measure: "frenchAuthorities", key: "ongoing" });
    expect(answer.value).toBe(1);
    expect(answer.rows.map((row) => [row.id, row.contribution, row.counted!.length, row.notCounted!.length])).toEqual([
      ["b", 1, 1, 0],
      ["a", 0, 0, 1],
      ["c", 0, 0, 1],
    ]);
  });

  it("explains 'none', the funding rows of one year, and a segment of a stacked row", () => {
    expect(ask({ by: "startYear", measure: "partnerships", key: NONE_KEY }).rows.map((row) => row.id)).toEqual(["c"]);
    const year = ask({ by: "year", measure: "amount", key: "2016" });
    expect(year.rows.map((row) => [row.id, row.contribution])).toEqual([["b", 300], ["a", 100]]);
    const segment = ask({ by: "year", measure: "amount", stack: "financerCategory", segment: "other", key: "2017" });
    expect(segment).toMatchObject({ value: 50, sum: 50, segment: "other" });
    expect(() => ask({ by: "year", measure: "amount", stack: "financerCategory", segment: "other", key: "2016" })).toThrow(NotFoundError);
  });
});
