import { describe, expect, it } from "vitest";
import { formatEurosCompact, formatInteger } from "../format";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import { OTHERS_KEY } from "../keys";
import { QueryEngine } from "../query/engine";
import { isQueryError } from "../query/select";
import { breakdownOf, checkedState, compareBreakdown, sideQuery } from "./compute";
import { comparePanelData } from "./load";
import { COMPARE_PANELS } from "./panels";
import { parseCompareState } from "./state-parse";

const engine = QueryEngine.fromDataset(
  {
    format: "atlas-cooperation/dataset@1",
    meta: { demo: { seed: 2026, scale: 0.05, referenceYear: 2025 }, description: "demo", updatedAt: "2026-11-30" },
    partnerships: generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.05 }),
  },
  "demo",
);
const oneDecimal = (value: number) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(value);
const state = (query: string) => {
  const { state: parsed, issues } = parseCompareState(new URLSearchParams(query));
  if (issues.length > 0) throw new Error(JSON.stringify(issues));
  return parsed;
};

const COMPARISONS = [
  "a.country=SN&b.country=MA",
  "a.theme=economie-durable&b.theme=environnement-climat-et-energie&a.yearFrom=2015",
  "a.yearFrom=2010&a.yearTo=2015&b.yearFrom=2016&b.yearTo=2021&measure=partnerships",
  "a.country=SN&a.themeRule=split&b.country=SN&b.financerCategory=meae",
];

describe("each side of a comparison", () => {
  it("equals the separate query with its filters, for every breakdown", () => {
    for (const query of COMPARISONS) {
      const s = state(query);
      for (const panel of COMPARE_PANELS) {
        const { by } = breakdownOf(panel, s);
        const compared = compareBreakdown(engine, panel, s);
        for (const side of ["a", "b"] as const) {
          const alone = engine.aggregate(sideQuery(s[side], by, s.measure));
          const values = new Map(alone.rows.map((row) => [row.key, row.value]));
          const shown = compared.rows.filter((row) => row.key !== OTHERS_KEY);
          for (const row of shown) expect(row[side], `${query} ${panel} ${side} ${row.key}`).toBe(values.get(row.key) ?? 0);
          // What the rows leave out is in "Autres": together they hold every group of the side.
          const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
          expect(sum(compared.rows.map((row) => row[side]))).toBeCloseTo(sum(alone.rows.map((row) => row.value)), 6);
          expect(compared.total[side]).toBe(alone.total);
        }
      }
    }
  });

  it("has the difference and ratio of its two values, none when A is 0", () => {
    const compared = compareBreakdown(engine, "compare-countries", state("a.country=SN&b.country=MA"));
    for (const row of compared.rows) {
      expect(row.difference).toBe(row.b - row.a);
      if (row.a === 0) expect(row.ratio).toBeNull();
      else expect(row.ratio).toBe(row.b / row.a);
      expect(Number.isFinite(row.ratio ?? 0)).toBe(true);
    }
    // Senegal's partnerships are not Morocco's: each country has one side at 0.
    expect(compared.rows.find((row) => row.key === "MA")?.ratio).toBeNull();
  });

  it("shows years on one axis, in order and without gaps", () => {
    const compared = compareBreakdown(engine, "compare-years", state("a.yearFrom=2010&a.yearTo=2012&b.yearFrom=2016&b.yearTo=2018"));
    const years = compared.rows.map((row) => row.key).filter((key) => typeof key === "number") as number[];
    expect(years).toEqual(years.map((_, i) => years[0]! + i));
  });

  it("names an engine error with its side", () => {
    expect(() => comparePanelData(engine, "compare-themes", state("b.theme=nope"))).toThrowError(/b\.theme/);
    try {
      comparePanelData(engine, "compare-themes", state("b.theme=nope"));
    } catch (error) {
      expect(isQueryError(error) && error.param).toBe("b.theme");
    }
    const checked = checkedState(engine, state("a.country=SN&b.theme=nope"));
    expect(checked.issues.map((issue) => issue.param)).toEqual(["b.theme"]);
    expect(checked.state.b.theme).toBeUndefined();
    expect(checked.state.a.country).toEqual(["SN"]);
  });
});

describe("a comparison's caption", () => {
  it("says each side's figures and how many times B is A", () => {
    const s = state("a.country=SN&b.country=MA");
    const data = comparePanelData(engine, "compare-themes", s);
    const [a, b] = [engine.summary(s.a), engine.summary(s.b)];
    const figures = (x: typeof a) => `${formatInteger(x.partnerships)} partenariats, ${formatEurosCompact(x.amount)}`;
    const ratio = b.amount / a.amount;
    const times = ratio >= 1 ? `${oneDecimal(ratio)} fois plus` : `${oneDecimal(1 / ratio)} fois moins`;
    expect(data.figures.caption.startsWith(`Sénégal : ${figures(a)} ; Maroc : ${figures(b)} (${times}) ; plus grand écart : `)).toBe(true);
    expect(data.figures.caption.endsWith(").")).toBe(true);
    expect(data.notes.caption).toBe(data.figures.caption);
  });

  it("tells two equal sides apart", () => {
    const { names } = comparePanelData(engine, "compare-years", state("a.country=SN&b.country=SN")).figures;
    expect(names).toEqual({ a: "Sénégal (A)", b: "Sénégal (B)" });
  });
});
