import isoCountries from "i18n-iso-countries";
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { isLang, LANG_PARAM, LANGS } from "../i18n/lang";
import { type $RefinementCtx, type $ZodType, type output, safeParse } from "zod/v4/core";
import { AUTHORITY_KINDS, FINANCER_CATEGORIES, STATUSES } from "../model-codes";
import { WORLD_REGION_KEYS } from "../world-regions";
import {
  BREAKDOWNS, FRENCH_AREA_LEVELS, MAX_PAGE_SIZE, MEASURES, type ParamIssue, type Parsed, REPEATABLE, SORTS, STACKS, THEME_RULES, THEME_SCOPES,
  type Breakdown, YEAR_CONFLICT, YEAR_MODES, YEAR_PARAM, yearsInOrder,
} from "./param-names";

export * from "./param-names";

/**
 * The query parameters shared by every API route and every page URL: one parser and one
 * serializer, used by the server (route handlers, pages) and the client (SWR keys, links).
 * Values that depend on the dataset (theme slugs, financers…) are checked by the engine.
 *
 * Written with zod/mini, smaller than classic zod (every method of every schema, about 30 KB gzip)
 * in the browser's bundles. The issues and messages are the same: both
 * share zod's core, and the English messages classic zod installs are installed here too. The API
 * routes take classic twins of these schemas (./api-schemas.ts), as lib/api/http.ts expects.
 * The names and the serializer are in ./param-names.ts, which the browser loads first; this
 * parser comes later (lib/hooks/stateParse.ts).
 */
z.config(en());
// Zod compiles its object parsers with `new Function` after probing whether eval is allowed; under
// the pages' CSP (no 'unsafe-eval') that probe is reported as a violation. In the browser, whose
// parsing is small (an address, a few records), the interpreted parser is used; every browser-side
// zod schema (lib/presentation/storage.ts too) is reached through this module, which runs first.
// The server keeps the compiled parsers.
if (typeof window !== "undefined") z.config({ jitless: true });

const year = z.coerce.number({ error: "must be a year" }).check(z.int("must be a year"), z.minimum(1900), z.maximum(2100));
const code = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));

/** Filters: repeatable parameters are arrays, the others single values. */
export const filterShape = {
  country: z.array(
    z.string().check(
      z.regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code (e.g. MA)"),
      z.refine((value) => isoCountries.isValid(value), "unknown country code"),
    ),
  ),
  region: z.array(z.enum(WORLD_REGION_KEYS)),
  theme: z.optional(code),
  subTheme: z.optional(code),
  subSubTheme: z.optional(code),
  themeScope: z._default(z.enum(THEME_SCOPES), "main"),
  financer: z.array(code),
  financerCategory: z.array(z.enum(FINANCER_CATEGORIES)),
  status: z.optional(z.enum(STATUSES)),
  form: z.optional(code),
  authority: z.array(code),
  authorityKind: z.array(z.enum(AUTHORITY_KINDS)),
  departement: z.array(z.string().check(z.regex(/^(\d{2,3}|2[AB])$/, "must be an INSEE département code"))),
  // Régions have two digits; overseas collectivities (Polynésie française: 987…) three.
  frenchRegion: z.array(z.string().check(z.regex(/^(\d{2}|9[78]\d)$/, "must be an INSEE région or overseas collectivity code"))),
  yearFrom: z.optional(year),
  yearTo: z.optional(year),
  yearMode: z._default(z.enum(YEAR_MODES), "active"),
  q: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  themeRule: z._default(z.enum(THEME_RULES), "main"),
};

/** What a refinement of these schemas receives (zod's, whichever flavour: classic or mini). */
type RefinementCtx = $RefinementCtx<unknown>;



/**
 * yearsInOrder as a refinement of every schema with the year filters (the API's and the
 * dashboard's): a reversed range is the fault of yearFrom, so the issue names it.
 */
export function checkYears(value: { yearFrom?: number; yearTo?: number }, ctx: RefinementCtx): void {
  if (!yearsInOrder(value)) ctx.addIssue({ code: "custom", path: ["yearFrom"], message: "must not be after yearTo" });
}

export const filtersSchema = z.strictObject(filterShape).check(z.superRefine(checkYears));
export type Filters = z.infer<typeof filtersSchema>;


/** /api/french-areas: the filters and the level. */
export const frenchAreasQuerySchema = z
  .strictObject({ ...filterShape, level: z._default(z.enum(FRENCH_AREA_LEVELS), "region") })
  .check(z.superRefine(checkYears));
export type FrenchAreasQuery = z.infer<typeof frenchAreasQuerySchema>;

export const aggregateQuerySchema = z
  .strictObject({
    ...filterShape,
    by: z.enum(BREAKDOWNS),
    measure: z._default(z.enum(MEASURES), "amount"),
    stack: z.optional(z.enum(STACKS)),
    limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000))),
  })
  .check(z.superRefine(checkYears));
export type AggregateQuery = z.infer<typeof aggregateQuerySchema>;

export const listQuerySchema = z
  .strictObject({
    ...filterShape,
    sort: z._default(z.enum(SORTS), "-startYear"),
    page: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 1),
    pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)), 20),
  })
  .check(z.superRefine(checkYears));
export type ListQuery = z.infer<typeof listQuerySchema>;

/**
 * /api/explain: the parameters of /api/aggregate, the key of the row to explain (as /api/aggregate
 * gives it: "DE", "2015", "none", "others"…), with `stack` the segment of it, and the page.
 * Without `by` (and so without `key`, `stack`, `limit`, `segment`), the number explained is the
 * whole selection's under the measure: the headline figure of /api/summary for the same filters.
 */
export const explainQuerySchema = z
  .strictObject({
    ...aggregateQuerySchema.shape,
    by: z.optional(aggregateQuerySchema.shape.by),
    key: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
    segment: z.optional(code),
    page: listQuerySchema.shape.page,
    pageSize: listQuerySchema.shape.pageSize,
  })
  .check(z.superRefine(checkExplained));
export type ExplainParams = z.infer<typeof explainQuerySchema>;

/** What only a row of a breakdown has: refused without `by`, where they would be silently meaningless. */
const ROW_PARAMS = ["key", "stack", "limit", "segment"] as const;

/**
 * checkYears, and the two forms of /api/explain: a row (`by` and `key`) or the whole selection
 * (neither). Shared with the CSV's schema, so both answer the same 400s.
 */
export function checkExplained(value: { by?: Breakdown } & Partial<Record<(typeof ROW_PARAMS)[number], unknown>> & { yearFrom?: number; yearTo?: number }, ctx: RefinementCtx): void {
  checkYears(value, ctx);
  if (value.by !== undefined) {
    if (value.key === undefined) ctx.addIssue({ code: "custom", path: ["key"], message: "required with by: the key of a row as /api/aggregate gives it (e.g. DE, 2015, none, others)" });
    return;
  }
  for (const param of ROW_PARAMS) {
    if (value[param] !== undefined) ctx.addIssue({ code: "custom", path: [param], message: "names a row of a breakdown: give by too (without by, the whole selection is explained)" });
  }
}


/**
 * Parses URL parameters with one of the schemas above: repeatable parameters become arrays, a
 * single-valued one given twice is an error, and so is an unknown one (a typo must not be silently
 * ignored). Empty values count as absent.
 */
export function parseParams<S extends $ZodType>(schema: S, params: URLSearchParams): Parsed<output<S>> {
  const raw: Record<string, string | string[]> = {};
  const issues: ParamIssue[] = [];
  let seenLang = false;
  for (const [name, value] of params) {
    if (value === "") continue;
    // The page's language is no filter: any schema takes it, and only its value is checked.
    if (name === LANG_PARAM) {
      if (!isLang(value)) issues.push({ param: name, message: `must be one of ${LANGS.join(", ")}` });
      else if (seenLang) issues.push({ param: name, message: "must be given once" });
      seenLang = true;
      continue;
    }
    if (REPEATABLE.has(name)) {
      raw[name] = [...((raw[name] as string[] | undefined) ?? []), ...value.split(",").filter(Boolean)];
    } else if (name in raw) {
      issues.push({ param: name, message: "must be given once" });
    } else raw[name] = value;
  }
  const known = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  const single = "yearFrom" in known ? singleYearAlias(raw, issues) : false;
  // Repeatable values are a set: sorted and deduplicated, so that equal filters parse equal.
  for (const name of REPEATABLE) if (name in known) raw[name] = [...new Set((raw[name] as string[] | undefined) ?? [])].sort();
  const parsed = safeParse(schema, raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) issues.push({ param: key, message: "unknown parameter" });
      } else {
        // A bad `year` fails as yearFrom and yearTo: reported once, under the name the URL used.
        const param = String(issue.path[0] ?? "");
        if (single && (param === "yearFrom" || param === "yearTo")) {
          if (!issues.some((i) => i.param === YEAR_PARAM)) issues.push({ param: YEAR_PARAM, message: issue.message });
        } else issues.push({ param, message: issue.message });
      }
    }
  }
  if (issues.length > 0) {
    return { ok: false, message: issues.map((i) => `${i.param}: ${i.message}`).join("; "), issues };
  }
  return { ok: true, value: parsed.data as output<S> };
}


/**
 * Rewrites `year` into yearFrom and yearTo, so that the engine and every schema know one pair of
 * year filters. Given with either of them it is refused rather than guessed at: the issue names
 * `year`, so the dashboard drops it and keeps the explicit range, and the API answers 400.
 * Returns whether the range came from `year`.
 */
function singleYearAlias(raw: Record<string, string | string[]>, issues: ParamIssue[]): boolean {
  const value = raw[YEAR_PARAM];
  if (value === undefined) return false;
  delete raw[YEAR_PARAM];
  if ("yearFrom" in raw || "yearTo" in raw) {
    issues.push({ param: YEAR_PARAM, message: YEAR_CONFLICT });
    return false;
  }
  raw.yearFrom = value;
  raw.yearTo = value;
  return true;
}

