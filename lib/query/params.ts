import isoCountries from "i18n-iso-countries";
import { z } from "zod";
import { isLang, LANG_PARAM, LANGS } from "../i18n/lang";
import { AUTHORITY_KINDS, FINANCER_CATEGORIES, STATUSES } from "../model";
import { WORLD_REGION_KEYS } from "../world-regions";

/**
 * The query parameters shared by every API route and every page URL: one parser and one
 * serializer, used by the server (route handlers, pages) and the client (SWR keys, links).
 * Values that depend on the dataset (theme slugs, financers…) are checked by the engine.
 */

export const BREAKDOWNS = [
  "theme", "subTheme", "subSubTheme", "financer", "financerCategory", "year", "startYear", "activeYear", "country",
  "region", "authority", "departement", "frenchRegion", "status", "form",
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** Second dimensions a breakdown can be stacked by (each row then carries one segment per value). */
const STACKS = ["financerCategory", "status", "region"] as const;
export type Stack = (typeof STACKS)[number];

export const MEASURES = ["amount", "partnerships", "frenchAuthorities", "foreignPartners", "oudinAmount"] as const;
export type Measure = (typeof MEASURES)[number];

/** How an amount is attributed to themes when a partnership has secondary themes. */
export const THEME_RULES = ["main", "split", "full"] as const;
export type ThemeRule = (typeof THEME_RULES)[number];

/** `active`: start ≤ yearTo and (end ≥ yearFrom or ongoing); `started`: yearFrom ≤ start ≤ yearTo. */
const YEAR_MODES = ["active", "started"] as const;
/** `main`: a theme filter matches the main theme only; `any`: the main or a secondary theme. */
const THEME_SCOPES = ["main", "any"] as const;

export const SORTS = ["title", "-title", "startYear", "-startYear", "amount", "-amount", "country", "-country"] as const;
export type Sort = (typeof SORTS)[number];

export const MAX_PAGE_SIZE = 200;

const year = z.coerce.number({ error: "must be a year" }).int("must be a year").min(1900).max(2100);
const code = z.string().trim().min(1).max(120);

/** Filters: repeatable parameters are arrays, the others single values. */
export const filterShape = {
  country: z.array(
    z
      .string()
      .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code (e.g. MA)")
      .refine((value) => isoCountries.isValid(value), "unknown country code"),
  ),
  region: z.array(z.enum(WORLD_REGION_KEYS)),
  theme: code.optional(),
  subTheme: code.optional(),
  subSubTheme: code.optional(),
  themeScope: z.enum(THEME_SCOPES).default("main"),
  financer: z.array(code),
  financerCategory: z.array(z.enum(FINANCER_CATEGORIES)),
  status: z.enum(STATUSES).optional(),
  form: code.optional(),
  authority: z.array(code),
  authorityKind: z.array(z.enum(AUTHORITY_KINDS)),
  departement: z.array(z.string().regex(/^(\d{2,3}|2[AB])$/, "must be an INSEE département code")),
  // Régions have two digits; overseas collectivities (Polynésie française: 987…) three.
  frenchRegion: z.array(z.string().regex(/^(\d{2}|9[78]\d)$/, "must be an INSEE région or overseas collectivity code")),
  yearFrom: year.optional(),
  yearTo: year.optional(),
  yearMode: z.enum(YEAR_MODES).default("active"),
  q: z.string().trim().min(1).max(200).optional(),
  themeRule: z.enum(THEME_RULES).default("main"),
};

const REPEATABLE = new Set(["country", "region", "financer", "financerCategory", "authority", "authorityKind", "departement", "frenchRegion"]);

/** Whether a year range runs forwards; a range open at either end always does. */
export function yearsInOrder({ yearFrom, yearTo }: { yearFrom?: number; yearTo?: number }): boolean {
  return yearFrom === undefined || yearTo === undefined || yearFrom <= yearTo;
}

/**
 * yearsInOrder as a refinement of every schema with the year filters (the API's and the
 * dashboard's): a reversed range is the fault of yearFrom, so the issue names it.
 */
export function checkYears(value: { yearFrom?: number; yearTo?: number }, ctx: z.RefinementCtx): void {
  if (!yearsInOrder(value)) ctx.addIssue({ code: "custom", path: ["yearFrom"], message: "must not be after yearTo" });
}

export const filtersSchema = z.object(filterShape).strict().superRefine(checkYears);
export type Filters = z.infer<typeof filtersSchema>;

/** The levels of the France map: régions or départements. */
export const FRENCH_AREA_LEVELS = ["region", "departement"] as const;
export type FrenchAreaLevel = (typeof FRENCH_AREA_LEVELS)[number];

/** /api/french-areas: the filters and the level. */
export const frenchAreasQuerySchema = z
  .object({ ...filterShape, level: z.enum(FRENCH_AREA_LEVELS).default("region") })
  .strict()
  .superRefine(checkYears);
export type FrenchAreasQuery = z.infer<typeof frenchAreasQuerySchema>;

export const aggregateQuerySchema = z
  .object({
    ...filterShape,
    by: z.enum(BREAKDOWNS),
    measure: z.enum(MEASURES).default("amount"),
    stack: z.enum(STACKS).optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .strict()
  .superRefine(checkYears);
export type AggregateQuery = z.infer<typeof aggregateQuerySchema>;

export const listQuerySchema = z
  .object({
    ...filterShape,
    sort: z.enum(SORTS).default("-startYear"),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`).default(20),
  })
  .strict()
  .superRefine(checkYears);
export type ListQuery = z.infer<typeof listQuerySchema>;

/**
 * /api/explain: the parameters of /api/aggregate, the key of the row to explain (as /api/aggregate
 * gives it: "DE", "2015", "none", "others"…), with `stack` the segment of it, and the page.
 * Without `by` (and so without `key`, `stack`, `limit`, `segment`), the number explained is the
 * whole selection's under the measure: the headline figure of /api/summary for the same filters.
 */
export const explainQuerySchema = z
  .object({
    ...aggregateQuerySchema.shape,
    by: aggregateQuerySchema.shape.by.optional(),
    key: z.string().trim().min(1).max(200).optional(),
    segment: code.optional(),
    page: listQuerySchema.shape.page,
    pageSize: listQuerySchema.shape.pageSize,
  })
  .strict()
  .superRefine(checkExplained);
export type ExplainParams = z.infer<typeof explainQuerySchema>;

/** What only a row of a breakdown has: refused without `by`, where they would be silently meaningless. */
const ROW_PARAMS = ["key", "stack", "limit", "segment"] as const;

/**
 * checkYears, and the two forms of /api/explain: a row (`by` and `key`) or the whole selection
 * (neither). Shared with the CSV's schema, so both answer the same 400s.
 */
export function checkExplained(value: { by?: Breakdown } & Partial<Record<(typeof ROW_PARAMS)[number], unknown>> & { yearFrom?: number; yearTo?: number }, ctx: z.RefinementCtx): void {
  checkYears(value, ctx);
  if (value.by !== undefined) {
    if (value.key === undefined) ctx.addIssue({ code: "custom", path: ["key"], message: "required with by: the key of a row as /api/aggregate gives it (e.g. DE, 2015, none, others)" });
    return;
  }
  for (const param of ROW_PARAMS) {
    if (value[param] !== undefined) ctx.addIssue({ code: "custom", path: [param], message: "names a row of a breakdown: give by too (without by, the whole selection is explained)" });
  }
}

/** One problem with a parameter, named as in the URL. */
export interface ParamIssue {
  param: string;
  message: string;
}
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; issues: ParamIssue[] };

/**
 * Parses URL parameters with one of the schemas above: repeatable parameters become arrays, a
 * single-valued one given twice is an error, and so is an unknown one (a typo must not be silently
 * ignored). Empty values count as absent.
 */
export function parseParams<S extends z.ZodType>(schema: S, params: URLSearchParams): Parsed<z.infer<S>> {
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
  const parsed = schema.safeParse(raw);
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
  return { ok: true, value: parsed.data as z.infer<S> };
}

/** The single-year spelling of the year filters: `year=2015` is `yearFrom=2015&yearTo=2015`. */
export const YEAR_PARAM = "year";
export const YEAR_CONFLICT = "cannot be combined with yearFrom or yearTo (year=N means yearFrom=N&yearTo=N)";

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

const DEFAULTS: Record<string, string> = { themeScope: "main", yearMode: "active", themeRule: "main" };

/**
 * Serializes filters (and any extra parameters) in a canonical order, leaving out defaults and
 * empty values: equal views give equal URLs and equal cache keys.
 */
export function toSearchParams(values: Partial<Record<string, unknown>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(values).sort()) {
    const value = values[name];
    if (value === undefined || value === null || value === "" || DEFAULTS[name] === value) continue;
    if (Array.isArray(value)) {
      for (const item of [...value].sort()) params.append(name, String(item));
    } else params.set(name, String(value));
  }
  return params;
}
