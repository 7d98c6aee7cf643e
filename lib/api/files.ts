import "server-only";
import type { z } from "zod";
import { getEngine } from "../data/engine";
import type { QueryEngine } from "../query/engine";
import { parseParams } from "../query/params";
import { CACHE_CONTROL, errorResponse, notModified, thrownErrorResponse } from "./http";

/** A file to send: its bytes or text, its type and the name a browser saves it under. */
export interface FileAnswer {
  body: Uint8Array | string;
  contentType: string;
  fileName: string;
  /** Shown in the browser (SVG, PNG) rather than saved. Default false: a download. */
  inline?: boolean;
}

/**
 * Runs a GET handler that answers a file (an export): the API's parameter parsing, errors
 * (lib/api/http.ts: 400 bad_parameter, 404 not_found, 500 dataset_unreadable) and caching (ETag of
 * the dataset version: a file changes only with the dataset).
 */
export async function handleFileGet<S extends z.ZodType>(
  request: Request,
  schema: S,
  params: URLSearchParams,
  compute: (engine: QueryEngine, query: z.infer<S>) => Promise<FileAnswer | null> | FileAnswer | null,
): Promise<Response> {
  let engine: QueryEngine;
  try {
    engine = await getEngine();
  } catch (error) {
    return thrownErrorResponse(error);
  }
  const parsed = parseParams(schema, params);
  if (!parsed.ok) return errorResponse("bad_parameter", parsed.message, parsed.issues);
  const etag = `"${engine.version}"`;
  const cacheHeaders = { ETag: etag, "Cache-Control": CACHE_CONTROL };
  if (notModified(request, etag)) return new Response(null, { status: 304, headers: cacheHeaders });
  let answer: FileAnswer | null;
  try {
    answer = await compute(engine, parsed.value);
  } catch (error) {
    return thrownErrorResponse(error);
  }
  if (answer === null) return errorResponse("not_found", "not found");
  const disposition = `${answer.inline ? "inline" : "attachment"}; filename="${answer.fileName}"`;
  const body = typeof answer.body === "string" ? answer.body : new Uint8Array(answer.body);
  return new Response(body, {
    headers: { ...cacheHeaders, "Content-Type": answer.contentType, "Content-Disposition": disposition, "X-Content-Type-Options": "nosniff" },
  });
}
