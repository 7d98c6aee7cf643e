import { z } from "zod";
import { type Filters, type ParamIssue, filtersSchema, parseParams, toSearchParams } from "../query/params";
import { COMPARE_PANELS } from "./panels";

/**
 * A comparison's whole state, kept in its URL: two full sets of the API's filters, each parameter
 * prefixed with its side (`a.country=SN&b.country=MA`), plus the measure compared. Each side is
 * read by the one parser of filters (lib/query/params.ts), so a side means what the same
 * parameters mean on the dashboard or the API.
 */
export const SIDES = ["a", "b"] as const;
export type Side = (typeof SIDES)[number];

export const COMPARE_MEASURES = ["amount", "partnerships"] as const;
export type CompareMeasure = (typeof COMPARE_MEASURES)[number];

/** The parameters that belong to neither side. */
const viewSchema = z
  .object({
    measure: z.enum(COMPARE_MEASURES).default("amount"),
    // A pointer into the page (a presentation's view), left out of the canonical query like the dashboard's.
    panel: z.enum(COMPARE_PANELS).optional(),
  })
  .strict();

export interface CompareState {
  a: Filters;
  b: Filters;
  measure: CompareMeasure;
  panel?: (typeof COMPARE_PANELS)[number];
}

export const EMPTY_FILTERS: Filters = filtersSchema.parse({
  country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [],
});

const SIDE_PARAM = /^([ab])\.(.+)$/;

/** A side's parameters named as in the URL ("country" → "a.country"). */
const prefixed = (side: Side, issues: ParamIssue[]) => issues.map((issue) => ({ ...issue, param: `${side}.${issue.param}` }));

/** Parses with `schema`, then again without the parameters found bad: what is left still applies. */
function lenient<S extends z.ZodType>(schema: S, params: URLSearchParams, empty: z.infer<S>): { value: z.infer<S>; issues: ParamIssue[] } {
  const parsed = parseParams(schema, params);
  if (parsed.ok) return { value: parsed.value, issues: [] };
  const bad = new Set(parsed.issues.map((issue) => issue.param));
  const retry = parseParams(schema, new URLSearchParams([...params].filter(([name]) => !bad.has(name))));
  return { value: retry.ok ? retry.value : empty, issues: parsed.issues };
}

/**
 * Reads a comparison from a URL's parameters. Problems are named as in the URL (`a.country`,
 * `b.yearFrom`, `measure`): the page drops the bad parameters and says which (as the dashboard
 * does), the API and exports refuse the request with them (`issues` not empty).
 */
export function parseCompareState(params: URLSearchParams): { state: CompareState; issues: ParamIssue[] } {
  const sides: Record<Side, URLSearchParams> = { a: new URLSearchParams(), b: new URLSearchParams() };
  const view = new URLSearchParams();
  for (const [name, value] of params) {
    const match = SIDE_PARAM.exec(name);
    if (match) sides[match[1] as Side].append(match[2]!, value);
    else view.append(name, value);
  }
  const a = lenient(filtersSchema, sides.a, EMPTY_FILTERS);
  const b = lenient(filtersSchema, sides.b, EMPTY_FILTERS);
  const rest = lenient(viewSchema, view, { measure: "amount" });
  const issues = [...prefixed("a", a.issues), ...prefixed("b", b.issues), ...rest.issues];
  const state: CompareState = { a: a.value, b: b.value, measure: rest.value.measure };
  if (rest.value.panel) state.panel = rest.value.panel;
  return { state, issues };
}

/** The URL query of a comparison, canonical (sorted, defaults and `panel` left out): equal comparisons, equal URLs. */
export function compareQuery(state: Pick<CompareState, "a" | "b"> & Partial<Pick<CompareState, "measure">>): string {
  const params = new URLSearchParams();
  for (const side of SIDES) for (const [name, value] of toSearchParams(state[side])) params.append(`${side}.${name}`, value);
  if (state.measure && state.measure !== "amount") params.set("measure", state.measure);
  return params.toString();
}

/** The comparison page's link. */
export const compareHref = (state: Pick<CompareState, "a" | "b"> & Partial<Pick<CompareState, "measure">>): string => {
  const query = compareQuery(state);
  return `/comparer${query ? `?${query}` : ""}`;
};

/** "Comparer avec…" from a view's filters: A is the view, B the same for the user to change. */
export const compareFromHref = (filters: Filters): string => compareHref({ a: filters, b: filters });
