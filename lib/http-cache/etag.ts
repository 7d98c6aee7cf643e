import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Entity tags of the answers and pages. An answer is a function of the code that computes it (the
 * build), the dataset and the URL: its tag is a short hash of the three, so that every instance of
 * one build over one dataset gives the same tag for the same URL (a cache in front may revalidate
 * with any instance), and a new dataset or a new build changes every tag.
 */

const hashOf = (parts: readonly string[]): string => createHash("sha1").update(parts.join("\n")).digest("hex").slice(0, 20);

/** A strong tag: the bytes sent are the same each time (the API's JSON, the export files). */
export const strongEtag = (...parts: string[]): string => `"${hashOf(parts)}"`;

/**
 * A weak tag: the same content, not the same bytes. A page's bytes differ on every response (its
 * CSP nonce is drawn per response) and with its content coding; a strong tag would promise more.
 */
export const weakEtag = (...parts: string[]): string => `W/"${hashOf(parts)}"`;

/** Whether If-None-Match names `etag`, under the weak comparison RFC 9110 prescribes for it. */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === opaque;
  });
}

let cachedBuildId: string | undefined;

/**
 * The id of the production build being served (.next/BUILD_ID, read once), or "development"
 * without one. Pages name the build's script files: a page kept from another build would load
 * files the server no longer has, so no tag of one build may validate a response of another.
 */
export function buildId(): string {
  if (cachedBuildId === undefined) {
    try {
      cachedBuildId = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      cachedBuildId = "development";
    }
  }
  return cachedBuildId;
}
