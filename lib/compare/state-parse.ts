import * as z from "zod/mini";
import type { $ZodType, output } from "zod/v4/core";
import { type ParamIssue, filtersSchema, parseParams } from "../query/params";
import { COMPARE_PANELS } from "./panels";
import { COMPARE_MEASURES, type CompareState, EMPTY_FILTERS, type Side } from "./state";

/** The parser of a comparison's URL (./state.ts): zod schemas, kept apart from what links need. */

/** The parameters that belong to neither side. */
const viewSchema = z.strictObject({
  measure: z._default(z.enum(COMPARE_MEASURES), "amount"),
  // A pointer into the page (a presentation's view), left out of the canonical query like the dashboard's.
  panel: z.optional(z.enum(COMPARE_PANELS)),
});

const SIDE_PARAM = /^([ab])\.(.+)$/;

/** A side's parameters named as in the URL ("country" → "a.country"). */
const prefixed = (side: Side, issues: ParamIssue[]) => issues.map((issue) => ({ ...issue, param: `${side}.${issue.param}` }));

/** Parses with `schema`, then again without the parameters found bad: what is left still applies. */
function lenient<S extends $ZodType>(schema: S, params: URLSearchParams, empty: output<S>): { value: output<S>; issues: ParamIssue[] } {
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

