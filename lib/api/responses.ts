import { type Lang, labelsOf } from "../labels";
import { countryNumericCode } from "../map/country-codes";
import type { QueryEngine } from "../query/engine";
import type { AggregateQuery, ExplainParams, Filters, FrenchAreasQuery, ListQuery } from "../query/params";

/**
 * The bodies of the API's answers, built in one place: the route handlers send them, and the
 * server-rendered dashboard puts the very same bodies in SWR's fallback under the same keys.
 */
const datasetInfo = (engine: QueryEngine) => ({ version: engine.version, generated: engine.generated });

export function aggregateBody(engine: QueryEngine, query: AggregateQuery, lang: Lang = "fr") {
  const result = engine.aggregate(query, lang);
  return {
    ...result,
    by: query.by,
    measure: query.measure,
    note: result.groupsOverlap ? labelsOf(lang).overlapNote : null,
    query,
    dataset: datasetInfo(engine),
  };
}
export type AggregateBody = ReturnType<typeof aggregateBody>;

export function summaryBody(engine: QueryEngine, query: Filters, lang: Lang = "fr") {
  return { ...engine.summary(query), applied: engine.describe(query, lang), query, dataset: datasetInfo(engine) };
}
export type SummaryBody = ReturnType<typeof summaryBody>;

/** Each country's figures, with the numeric code of its shape for API users who draw their own map. */
export function countriesBody(engine: QueryEngine, query: Filters, lang: Lang = "fr") {
  const countries = engine.countries(query, lang).map(({ code, ...figures }) => ({ code, numericCode: countryNumericCode(code), ...figures }));
  return { countries, query, dataset: datasetInfo(engine) };
}
export type CountriesBody = ReturnType<typeof countriesBody>;

/** Each French région's or département's figures (INSEE codes), for the France map. */
export function frenchAreasBody(engine: QueryEngine, query: FrenchAreasQuery, lang: Lang = "fr") {
  const { level, ...filters } = query;
  return { level, areas: engine.frenchAreas(filters, level, lang), query, dataset: datasetInfo(engine) };
}
export type FrenchAreasBody = ReturnType<typeof frenchAreasBody>;

export function listBody(engine: QueryEngine, query: ListQuery) {
  return { ...engine.list(query), query, dataset: datasetInfo(engine) };
}

/** The partnerships that make up one row of /api/aggregate's answer, one page of them (lib/query/explain.ts). */
export function explainBody(engine: QueryEngine, query: ExplainParams, lang: Lang = "fr") {
  return { ...engine.explain(query, lang), query, dataset: datasetInfo(engine) };
}
export type ExplainBody = ReturnType<typeof explainBody>;
