import "server-only";
import type { z } from "zod";
import { getEngine } from "../data/engine";
import type { QueryEngine } from "../query/engine";
import { parseParams } from "../query/params";
import { requestKey } from "./answer-cache";
import { CACHE_CONTROL, answerEtag, errorResponse, notModified, thrownErrorResponse } from "./http";

/** A file's content produced piece by piece, sent as each piece comes (a whole dataset's download). */
export type FileChunks = Iterator<string | Uint8Array, void> | AsyncIterator<string | Uint8Array, void>;

/** A file to send: its bytes or text, or its chunks; its type and the name a browser saves it under. */
export interface FileAnswer {
  body: Uint8Array | string | FileChunks;
  contentType: string;
  fileName: string;
  /** Shown in the browser (SVG, PNG) rather than saved. Default false: a download. */
  inline?: boolean;
}

/**
 * Runs a GET handler that answers a file (an export): the API's parameter parsing, errors
 * (lib/api/http.ts: 400 bad_parameter, 404 not_found, 500 dataset_unreadable) and caching (ETag of
 * the build, the dataset version and the URL: a file changes only with them).
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
  const etag = answerEtag(requestKey(engine.version, new URL(request.url)));
  const cacheHeaders = { ETag: etag, "Cache-Control": CACHE_CONTROL };
  if (notModified(request, etag)) return new Response(null, { status: 304, headers: cacheHeaders });
  let answer: FileAnswer | null;
  let body: BodyInit;
  try {
    answer = await compute(engine, parsed.value);
    if (answer === null) return errorResponse("not_found", "not found");
    body = typeof answer.body === "string" ? answer.body : answer.body instanceof Uint8Array ? new Uint8Array(answer.body) : await streamOf(answer.body);
  } catch (error) {
    return thrownErrorResponse(error);
  }
  const disposition = `${answer.inline ? "inline" : "attachment"}; filename="${answer.fileName}"`;
  return new Response(body, {
    headers: { ...cacheHeaders, "Content-Type": answer.contentType, "Content-Disposition": disposition, "X-Content-Type-Options": "nosniff" },
  });
}

/**
 * A response body pulled from `chunks`, one chunk at a time as the client reads: nothing is
 * produced ahead of the reader but the next chunk. The first chunk is produced now, so that an error
 * before any byte is sent becomes the API's error answer (the caller catches it). A later error can
 * only cut the download short: it is logged, and the stream aborted so that the client sees a
 * failed download rather than a truncated file taken for whole.
 */
async function streamOf(chunks: FileChunks): Promise<ReadableStream<Uint8Array<ArrayBuffer>>> {
  const encoder = new TextEncoder();
  // Node's buffers never sit on a SharedArrayBuffer: the cast only narrows the type.
  const bytes = (chunk: string | Uint8Array) => (typeof chunk === "string" ? encoder.encode(chunk) : (chunk as Uint8Array<ArrayBuffer>));
  let first: IteratorResult<string | Uint8Array, void> | null = await chunks.next();
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    async pull(controller) {
      try {
        const step = first ?? (await chunks.next());
        first = null;
        if (step.done) controller.close();
        else controller.enqueue(bytes(step.value));
      } catch (error) {
        console.error("atlas: a file download failed after its first bytes were sent:", error);
        controller.error(error);
      }
    },
    async cancel() {
      // The client went away: let the producer stop reading records and release what it holds.
      await chunks.return?.();
    },
  });
}
