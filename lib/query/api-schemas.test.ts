import { describe, expect, it } from "vitest";
import { dashboardQuerySchema, dashboardSchema } from "../dashboard/state-parse";
import {
  aggregateApiSchema, dashboardQueryApiSchema, dashboardStateApiSchema, explainApiSchema, filtersApiSchema, frenchAreasApiSchema, listApiSchema,
} from "./api-schemas";
import { aggregateQuerySchema, explainQuerySchema, filtersSchema, frenchAreasQuerySchema, listQuerySchema, parseParams } from "./params";

// Valid and invalid queries of every kind of member: enums, repeatable lists, codes, years and
// the single-year spelling, coerced numbers, unknown and repeated parameters, the refinements.
const QUERIES = [
  "", "country=MA,SN&theme=eau", "country=ma", "country=ZZ", "region=lune", "yearFrom=2020&yearTo=2015", "year=2015", "year=2015&yearTo=2016",
  "yearFrom=abc", "yearFrom=1800", "yearFrom=2015.5", "status=ongoing&status=completed", "nope=1", "q=%20%20", "departement=2A,75&frenchRegion=987",
  "departement=2C", "themeRule=split&themeScope=any&yearMode=started", "by=country&measure=partnerships&limit=5", "by=nation", "limit=0&by=year",
  "by=year&stack=status", "sort=-amount&page=2&pageSize=50", "pageSize=500", "page=0", "by=country&key=DE", "by=country", "key=DE", "segment=x",
  "map=amount&mapMode=circles&rank=amount&france=departement", "map=nope", "panel=themes&detail=themes:eau&detailPage=2", "detail=nope", "level=departement",
];

const PAIRS = [
  ["filters", filtersSchema, filtersApiSchema],
  ["french areas", frenchAreasQuerySchema, frenchAreasApiSchema],
  ["aggregate", aggregateQuerySchema, aggregateApiSchema],
  ["list", listQuerySchema, listApiSchema],
  ["explain", explainQuerySchema, explainApiSchema],
  ["dashboard query", dashboardQuerySchema, dashboardQueryApiSchema],
  ["dashboard state", dashboardSchema, dashboardStateApiSchema],
] as const;

describe("the route handlers' classic schemas", () => {
  it.each(PAIRS)("%s: parses every query as its zod/mini twin does", (_name, mini, classic) => {
    for (const query of QUERIES) {
      expect(parseParams(classic, new URLSearchParams(query)), query).toEqual(parseParams(mini, new URLSearchParams(query)));
    }
  });
});
