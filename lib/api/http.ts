import "server-only";
import type { z } from "zod";
import { getEngine } from "../data/engine";
import { isDatasetError } from "../data/store";
import type { QueryEngine } from "../query/engine";
import { type ParamIssue, parseParams } from "../query/params";
import { isQueryError } from "../query/select";
import { AnswerCache, requestKey } from "./answer-cache";

/** The one error shape of every API route. */
export interface ApiError {
  error: { message: string; issues: ParamIssue[] };
}

// Answers change only with the dataset: browsers revalidate after a minute, shared caches (a CDN
// in front of several stateless instances) may serve a stale answer while they revalidate.
const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

// One cache per process, shared by the route bundles (each has its own copy of this module).
const shared = globalThis as typeof globalThis & { __atlasAnswers?: AnswerCache };
const answers = (shared.__atlasAnswers ??= new AnswerCache(2000));

/** An answer already serialized (e.g. put together from cached parts): sent as is. */
export class JsonText {
  constructor(readonly text: string) {}
}

/**
 * The JSON text of the answer to an API request given by its URL (path and query), from the
 * process's cache of answers or computed and kept: shared by the routes, by /api/dashboard's parts
 * and by the server-rendered dashboard, so that each asks the engine once per question.
 */
export function cachedAnswerText(engine: QueryEngine, key: string, compute: () => unknown): string {
  const cacheKey = requestKey(engine.version, new URL(key, "http://localhost"));
  let text = answers.get(cacheKey);
  if (text === undefined) {
    text = JSON.stringify(compute());
    answers.set(cacheKey, text);
  }
  return text;
}

export function errorResponse(status: number, message: string, issues: ParamIssue[] = []): Response {
  return Response.json({ error: { message, issues } } satisfies ApiError, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Runs a GET handler: parses the query string with `schema` (400 naming each bad parameter),
 * answers 304 to a matching If-None-Match (the ETag is the dataset version), maps engine errors
 * to 400 and 404, and a broken dataset to a 500 that names the file.
 */
export async function handleGet<S extends z.ZodType>(
  request: Request,
  schema: S,
  compute: (engine: QueryEngine, query: z.infer<S>) => unknown,
): Promise<Response> {
  const url = new URL(request.url);
  let engine: QueryEngine;
  try {
    engine = await getEngine();
  } catch (error) {
    if (isDatasetError(error)) return errorResponse(500, error.message);
    throw error;
  }
  const etag = `"${engine.version}"`;
  const headers = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding", "Content-Type": "application/json" };
  const key = requestKey(engine.version, url);
  // Only valid requests are cached: a hit needs no parsing, and answers in a few microseconds.
  let body = answers.bytes(key);
  if (body === undefined) {
    const parsed = parseParams(schema, url.searchParams);
    if (!parsed.ok) return errorResponse(400, parsed.message, parsed.issues);
    if (notModified(request, etag)) return new Response(null, { status: 304, headers });
    let answer: unknown;
    try {
      answer = compute(engine, parsed.value);
    } catch (error) {
      if (isQueryError(error)) return errorResponse(400, error.message, [{ param: error.param, message: error.message }]);
      if (isDatasetError(error)) return errorResponse(500, error.message);
      throw error;
    }
    if (answer === null) return errorResponse(404, "not found");
    answers.set(key, answer instanceof JsonText ? answer.text : JSON.stringify(answer));
    body = answers.bytes(key)!;
  } else if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}

function notModified(request: Request, etag: string): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  return !!ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
