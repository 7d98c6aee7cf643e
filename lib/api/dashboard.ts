import { type DashboardKeys, dashboardKeys } from "../dashboard/queries";
import type { DashboardQuery } from "../dashboard/state";
import { type Lang, langOf } from "../i18n/lang";
import type { QueryEngine } from "../query/engine";
import { aggregateQuerySchema, filtersSchema, frenchAreasQuerySchema, parseParams } from "../query/params";
import { type AggregateBody, type CountriesBody, type FrenchAreasBody, type SummaryBody, aggregateBody, countriesBody, frenchAreasBody, summaryBody } from "./responses";

/** What /api/dashboard answers: each panel's part, the body its own API request would get. */
export type DashboardBody = {
  [K in keyof DashboardKeys]: K extends "summary" ? SummaryBody : K extends "countries" ? CountriesBody : K extends "france" ? FrenchAreasBody : AggregateBody;
};

/**
 * The body of one API request given by its URL (a key of `dashboardKeys`), parsed by the schema of
 * its route: so a part of /api/dashboard is, by construction, what that route answers.
 */
export function answerOf(engine: QueryEngine, key: string): unknown {
  const url = new URL(key, "http://localhost");
  // The key carries the language, as the request it stands for.
  const lang = langOf(url.searchParams);
  if (url.pathname === "/api/aggregate") {
    const parsed = parseParams(aggregateQuerySchema, url.searchParams);
    if (!parsed.ok) throw new Error(`bad dashboard part ${key}: ${parsed.message}`);
    return aggregateBody(engine, parsed.value, lang);
  }
  if (url.pathname === "/api/french-areas") {
    const parsed = parseParams(frenchAreasQuerySchema, url.searchParams);
    if (!parsed.ok) throw new Error(`bad dashboard part ${key}: ${parsed.message}`);
    return frenchAreasBody(engine, parsed.value, lang);
  }
  const parsed = parseParams(filtersSchema, url.searchParams);
  if (!parsed.ok) throw new Error(`bad dashboard part ${key}: ${parsed.message}`);
  if (url.pathname === "/api/summary") return summaryBody(engine, parsed.value, lang);
  if (url.pathname === "/api/countries") return countriesBody(engine, parsed.value, lang);
  throw new Error(`no answer for ${key}`);
}

/** Computes (or finds) the JSON text of one request's answer. */
export type AnswerText = (key: string, compute: () => unknown) => string;

const computeText: AnswerText = (_key, compute) => JSON.stringify(compute());

/**
 * The JSON text of /api/dashboard for a query. The parts are put together as text: with a cache
 * of answers (`answerText`), a part already asked for, alone or in another combination, is not
 * computed or serialized again. Engine errors (an unknown theme…) propagate, as from any route.
 */
export function dashboardText(engine: QueryEngine, query: DashboardQuery, answerText: AnswerText = computeText, lang: Lang = "fr"): string {
  const parts = Object.entries(dashboardKeys(query, lang)).map(([name, key]) => `${JSON.stringify(name)}:${answerText(key, () => answerOf(engine, key))}`);
  return `{${parts.join(",")}}`;
}
