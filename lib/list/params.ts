import * as z from "zod/mini";
import { type Lang, labelsOf } from "../labels";
import type { RawSearchParams } from "../pages/context";
import { type ParamIssue, SORTS, type Sort } from "../query/param-names";

/** The list's own URL parameters; every other parameter is the dashboard's. */
const LIST_PARAMS = ["sort", "page", "pageSize"] as const;
type ListParam = (typeof LIST_PARAMS)[number];

/** Page sizes offered to the user (any size from 1 to MAX_LIST_PAGE_SIZE is accepted in the URL). */
export const PAGE_SIZES = [20, 50, 100] as const;
/** Below the API's MAX_PAGE_SIZE: a page is an HTML table, it must stay readable and light. */
const MAX_LIST_PAGE_SIZE = 100;

/** How the list is ordered and cut into pages. */
export interface ListOptions {
  sort: Sort;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** Newest first, 20 a page. */
export const DEFAULT_LIST_OPTIONS: ListOptions = { sort: "-startYear", page: 1, pageSize: 20 };

const cut = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
const quoted = (value: string, lang: Lang) => (lang === "fr" ? `« ${cut(value)} »` : `“${cut(value)}”`);

type Message = (value: string, lang: Lang) => string;
const badParam = (lang: Lang) => labelsOf(lang).pages.list.badParam;

const PARSERS: { [P in ListParam]: { schema: z.ZodMiniType<ListOptions[P]>; message: Message } } = {
  sort: {
    schema: z.enum(SORTS),
    message: (value, lang) => badParam(lang).sort(quoted(value, lang), SORTS.join(", ")),
  },
  page: {
    schema: z.coerce.number().check(z.int(), z.minimum(1)),
    message: (value, lang) => badParam(lang).page(quoted(value, lang)),
  },
  pageSize: {
    schema: z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_LIST_PAGE_SIZE)),
    message: (value, lang) => badParam(lang).pageSize(quoted(value, lang), MAX_LIST_PAGE_SIZE),
  },
};

/**
 * Splits a page URL's parameters into the list's own options and the rest (the dashboard's).
 * A bad option is reported and left at its default, one by one, so that it never hides the others.
 * Empty values count as absent, as in the API.
 */
export function parseListParams(params: URLSearchParams, lang: Lang = "fr"): { options: ListOptions; issues: ParamIssue[]; rest: RawSearchParams } {
  const options: ListOptions = { ...DEFAULT_LIST_OPTIONS };
  const issues: ParamIssue[] = [];
  const rest: RawSearchParams = {};
  for (const [name, value] of params) {
    if ((LIST_PARAMS as readonly string[]).includes(name)) continue;
    const previous = rest[name];
    rest[name] = previous === undefined ? value : [previous, value].flat();
  }
  for (const param of LIST_PARAMS) {
    const values = params.getAll(param).filter((value) => value !== "");
    if (values.length === 0) continue;
    if (values.length > 1) {
      issues.push({ param, message: badParam(lang).givenTwice });
      continue;
    }
    const value = values[0]!;
    const parsed = PARSERS[param].schema.safeParse(value);
    if (parsed.success) (options as unknown as Record<string, unknown>)[param] = parsed.data;
    else issues.push({ param, message: PARSERS[param].message(value, lang) });
  }
  return { options, issues, rest };
}
