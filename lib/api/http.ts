import "server-only";
import type { z } from "zod";
import { getEngine } from "../data/engine";
import { isDatasetError } from "../data/store";
import { type Lang, langOf } from "../i18n/lang";
import type { QueryEngine } from "../query/engine";
import { type ParamIssue, parseParams } from "../query/params";
import { isNotFoundError } from "../query/not-found";
import { isQueryError } from "../query/select";
import { buildId, etagMatches, strongEtag } from "../http-cache/etag";
import { AnswerCache, requestKey } from "./answer-cache";

/**
 * The closed set of error codes the API answers with, and the HTTP status of each: clients branch on
 * the code, the message is for people. README.md ("API errors") documents each.
 */
export const API_ERROR_STATUS = {
  /** A query parameter is malformed, unknown, repeated, or names a value the dataset lacks (`issues` says which). */
  bad_parameter: 400,
  /** The request names nothing: an unknown partnership id, a `key` that is no row of /api/explain's breakdown. */
  not_found: 404,
  /** The dataset file is missing, invalid, or was modified in place since the server loaded it. */
  dataset_unreadable: 500,
  /** Anything else: a bug, logged by the server; the message gives no detail. */
  internal_error: 500,
} as const satisfies Record<string, number>;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/** The one error shape of every API route. */
export interface ApiError {
  error: { code: ApiErrorCode; message: string; issues: ParamIssue[] };
}

// Answers change only with the dataset (and the build): browsers and shared caches (a CDN in front
// of several stateless instances) keep one a minute, then revalidate it with its ETag; a shared
// cache may serve it stale for ten more minutes while it does. s-maxage says the same as max-age,
// for shared caches that only honour their own directive.
export const CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=600";

// One cache per process, shared by the route bundles (each has its own copy of this module).
const shared = globalThis as typeof globalThis & { __atlasAnswers?: AnswerCache };
shared.__atlasAnswers ??= new AnswerCache(2000);
const answers = shared.__atlasAnswers;

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

/** An error answer of the API, its status given by its code. */
export function errorResponse(code: ApiErrorCode, message: string, issues: ParamIssue[] = []): Response {
  return Response.json({ error: { code, message, issues } } satisfies ApiError, {
    status: API_ERROR_STATUS[code],
    headers: { "Cache-Control": "no-store" },
  });
}

/** A message with every absolute path cut to its last part ("/srv/atlas/data/dataset.json" → "dataset.json"). */
export function withoutDirectories(message: string): string {
  return message.replace(/(?<![\w.])(?:\/[^\s/:"'(),]+)+\/([^\s/:"'(),]+)/g, "$1");
}

/** The answer to an error thrown while loading the dataset or computing an answer. */
export function thrownErrorResponse(error: unknown): Response {
  if (isQueryError(error)) return errorResponse("bad_parameter", error.message, [{ param: error.param, message: error.message }]);
  if (isNotFoundError(error)) return errorResponse("not_found", error.message, [{ param: error.param, message: error.message }]);
  if (isDatasetError(error)) {
    // The log has the file's whole path; the client gets its name, not the server's directories.
    console.error(error.message);
    return errorResponse("dataset_unreadable", withoutDirectories(error.message));
  }
  // Its message may hold details of the server (paths, internals): logged, not sent.
  console.error(error);
  return errorResponse("internal_error", "internal error");
}

/**
 * Runs a GET handler: parses the query string with `schema` (400 naming each bad parameter),
 * answers 304 to a matching If-None-Match (the ETag is a hash of the build, the dataset version and
 * the canonical URL, lib/http-cache/etag.ts), maps engine errors
 * to 400 and 404, a broken dataset to a 500 that names the file, and any other error to a 500.
 */
export async function handleGet<S extends z.ZodType>(
  request: Request,
  schema: S,
  compute: (engine: QueryEngine, query: z.infer<S>, lang: Lang) => unknown,
): Promise<Response> {
  const url = new URL(request.url);
  let engine: QueryEngine;
  try {
    engine = await getEngine();
  } catch (error) {
    return thrownErrorResponse(error);
  }
  const key = requestKey(engine.version, url);
  const etag = answerEtag(key);
  const headers = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding", "Content-Type": "application/json" };
  // Only valid requests are cached: a hit needs no parsing, and answers in a few microseconds.
  let body = answers.bytes(key);
  if (body === undefined) {
    const parsed = parseParams(schema, url.searchParams);
    if (!parsed.ok) return errorResponse("bad_parameter", parsed.message, parsed.issues);
    if (notModified(request, etag)) return new Response(null, { status: 304, headers });
    let answer: unknown;
    try {
      answer = compute(engine, parsed.value, langOf(url.searchParams));
    } catch (error) {
      return thrownErrorResponse(error);
    }
    if (answer === null) return errorResponse("not_found", "not found");
    answers.set(key, answer instanceof JsonText ? answer.text : JSON.stringify(answer));
    body = answers.bytes(key)!;
  } else if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}

/** The ETag of the answer to a request given by its key (`requestKey`: dataset version and canonical URL). */
export const answerEtag = (key: string): string => strongEtag(buildId(), key);

export function notModified(request: Request, etag: string): boolean {
  return etagMatches(request.headers.get("if-none-match"), etag);
}
