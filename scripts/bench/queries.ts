/**
 * The benchmark's mix of 20 aggregate queries: every breakdown of BREAKDOWNS at least once, every
 * measure and every theme rule, 0 to 4 filters, year ranges (active and started), a text query.
 * Values are those of the demo dataset (any scale).
 */
import { type AggregateQuery, BREAKDOWNS, MEASURES, THEME_RULES, aggregateQuerySchema, toSearchParams } from "../../lib/query/params";

export interface BenchQuery {
  /** Short human description, for the report. */
  label: string;
  /** The query as it would arrive from a URL (defaults left out). */
  raw: Record<string, unknown>;
  query: AggregateQuery;
  /** Path and query string of the same query on /api/aggregate. */
  url: string;
}

const MEAE = "ministere-de-l-europe-et-des-affaires-etrangeres";

const RAW: Record<string, unknown>[] = [
  { by: "theme", measure: "amount" },
  { by: "theme", measure: "amount", themeRule: "split", yearFrom: 2015, yearTo: 2020 },
  { by: "subTheme", measure: "amount", themeRule: "split", theme: "environnement-climat-et-energie", themeScope: "any" },
  { by: "subSubTheme", measure: "partnerships", themeRule: "split", status: "completed" },
  { by: "financer", measure: "amount", yearFrom: 2015, yearTo: 2020 },
  { by: "financerCategory", measure: "amount", country: ["MA", "SN", "ML", "BF"] },
  { by: "year", measure: "amount", financerCategory: ["meae"], region: ["afrique-subsaharienne"] },
  { by: "year", measure: "partnerships", country: ["DE"], authorityKind: ["region", "departement"], yearFrom: 2010, yearTo: 2020 },
  { by: "startYear", measure: "partnerships", status: "ongoing" },
  { by: "activeYear", measure: "partnerships" },
  { by: "country", measure: "amount", themeRule: "split", theme: "culture-patrimoine-sport-et-jeunesse", themeScope: "any", yearFrom: 2010, yearTo: 2015 },
  { by: "region", measure: "frenchAuthorities", authorityKind: ["commune"] },
  { by: "authority", measure: "amount", frenchRegion: ["11"], yearFrom: 2018, yearMode: "started" },
  { by: "departement", measure: "partnerships", form: "jumelage", region: ["europe"] },
  { by: "frenchRegion", measure: "amount", financer: [MEAE], status: "completed", yearFrom: 2005, yearTo: 2015 },
  { by: "status", measure: "foreignPartners", departement: ["75", "13", "69"] },
  { by: "form", measure: "oudinAmount", theme: "environnement-climat-et-energie" },
  { by: "theme", measure: "frenchAuthorities", themeRule: "full", q: "eau potable" },
  { by: "financer", measure: "partnerships", subTheme: "eau-et-dechets", country: ["BF", "ML", "SN", "NE"] },
  { by: "country", measure: "amount", authority: ["commune-75056"], financerCategory: ["french-authority"] },
];

const EMPTY_FILTERS = { country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [] };
const META = new Set(["by", "measure", "themeRule", "themeScope", "yearMode"]);

function describe(raw: Record<string, unknown>): string {
  const rule = raw.themeRule ? ` (${String(raw.themeRule)})` : "";
  const filters: string[] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (META.has(name) || name === "yearFrom" || name === "yearTo") continue;
    const shown = Array.isArray(value) ? value.join(",") : String(value);
    const scope = name === "theme" || name === "subTheme" ? (raw.themeScope === "any" ? " (any)" : "") : "";
    filters.push(`${name}=${shown.length > 24 ? `${shown.slice(0, 21)}…` : shown}${scope}`);
  }
  if (raw.yearFrom !== undefined || raw.yearTo !== undefined) {
    filters.push(`years ${String(raw.yearFrom ?? "")}–${String(raw.yearTo ?? "")}${raw.yearMode === "started" ? " started" : ""}`);
  }
  return `${String(raw.by)} × ${String(raw.measure)}${rule}${filters.length ? ` · ${filters.join("; ")}` : ""}`;
}

export function benchQueries(): BenchQuery[] {
  return RAW.map((raw) => ({
    label: describe(raw),
    raw,
    query: aggregateQuerySchema.parse({ ...EMPTY_FILTERS, ...raw }),
    url: `/api/aggregate?${toSearchParams(raw).toString()}`,
  }));
}

/** Breakdowns, measures and theme rules the mix leaves out (empty unless the schemas grew). */
export function uncovered(queries: readonly BenchQuery[]): string[] {
  return [
    ...BREAKDOWNS.filter((by) => !queries.some((q) => q.query.by === by)).map((by) => `by=${by}`),
    ...MEASURES.filter((measure) => !queries.some((q) => q.query.measure === measure)).map((measure) => `measure=${measure}`),
    ...THEME_RULES.filter((rule) => !queries.some((q) => q.query.themeRule === rule)).map((rule) => `themeRule=${rule}`),
  ];
}
