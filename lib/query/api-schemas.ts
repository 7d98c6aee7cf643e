import { z } from "zod";
import { dashboardQuerySchema, dashboardSchema } from "../dashboard/state-parse";
import { aggregateQuerySchema, checkExplained, checkYears, explainQuerySchema, filtersSchema, frenchAreasQuerySchema, listQuerySchema } from "./params";

/**
 * The schemas of ./params.ts and of the dashboard's state as classic zod schemas, for the route
 * handlers: lib/api/http.ts and lib/api/files.ts take a classic schema. The same members (the
 * zod/mini schemas of each field), strict, with the same refinement: they parse as their twins do
 * (api-schemas.test.ts compares them). Server only: classic zod stays out of the browser's bundle.
 */
export const filtersApiSchema = z.object(filtersSchema.shape).strict().superRefine(checkYears);
export const frenchAreasApiSchema = z.object(frenchAreasQuerySchema.shape).strict().superRefine(checkYears);
export const aggregateApiSchema = z.object(aggregateQuerySchema.shape).strict().superRefine(checkYears);
export const listApiSchema = z.object(listQuerySchema.shape).strict().superRefine(checkYears);
export const explainApiSchema = z.object(explainQuerySchema.shape).strict().superRefine(checkExplained);
export const dashboardQueryApiSchema = z.object(dashboardQuerySchema.shape).strict().superRefine(checkYears);
export const dashboardStateApiSchema = z.object(dashboardSchema.shape).strict().superRefine(checkYears);
