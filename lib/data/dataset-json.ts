import type { Dataset } from "../model";

/** Records per chunk of a dataset's JSON (about 1.4 MB of JSON). */
const RECORDS_PER_CHUNK = 1_000;

/**
 * A dataset in the project's JSON format, chunk by chunk: exactly `JSON.stringify(dataset)` and a
 * line break, as `atlas export --format json` prints it and `atlas import` reads it back, without
 * holding the records at once. `recordsJson(from, to)` gives the records `from … to - 1` as JSON
 * joined by "," (the dataset file's own bytes, for a server reading records from it).
 */
export function* datasetJsonChunks(
  head: Pick<Dataset, "format" | "meta">,
  count: number,
  recordsJson: (from: number, to: number) => string | Uint8Array,
): Generator<string | Uint8Array> {
  // The head as JSON.stringify writes it (same keys, same order), cut where the records go: the
  // last key's value, whatever the meta's texts hold.
  const marker = JSON.stringify("@@records@@");
  const frame = JSON.stringify({ format: head.format, meta: head.meta, partnerships: "@@records@@" });
  const at = frame.lastIndexOf(marker);
  yield `${frame.slice(0, at)}[`;
  for (let from = 0; from < count; from += RECORDS_PER_CHUNK) {
    if (from > 0) yield ",";
    yield recordsJson(from, Math.min(count, from + RECORDS_PER_CHUNK));
  }
  yield `]${frame.slice(at + marker.length)}\n`;
}
