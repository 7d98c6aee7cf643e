/**
 * A page's Suspense boundaries put in place by the server, as React's inline script would put them
 * in the browser. React streams a boundary whose content comes late or is large (over 500 bytes
 * after the first 12.8 KB of HTML) out of order: a placeholder where it belongs
 * (`<!--$?--><template id="B:0"></template>…fallback…<!--/$-->`), its content at the end of the
 * page in a hidden `<div hidden id="S:0">`, and a `$RC("B:0","S:0")` script that moves it, at the
 * browser's next frame or up to 300 ms later (React 19.2 batches the reveals). On the dashboard
 * that was every panel and the filter bar: without JavaScript the page showed none of them, and
 * with it they appeared a frame after the first paint.
 *
 * The production server renders each page whole before sending it (server/page-responses.ts), so
 * every boundary is complete by then: this moves each segment into its placeholder, marks the
 * boundary complete (`<!--$-->`, as React's `$RV` does) and drops the `$RC` call. The page is then
 * what React sends for a boundary it inlines, and hydrates as such. A pair it cannot match exactly
 * (a boundary that failed, markup it does not expect) is left to React's script. Pure.
 */

const CALL = /\$RC\("([^"\\]+)","([^"\\]+)"\)/g;

/** The index just past the `</div>` closing the `<div` that starts at `start`, skipping raw text (script, style). */
function endOfDiv(html: string, start: number): number {
  const tag = /<(\/?)(div|script|style)\b[^>]*>/gi;
  tag.lastIndex = start;
  let depth = 0;
  for (let match = tag.exec(html); match !== null; match = tag.exec(html)) {
    const name = match[2]!.toLowerCase();
    if (name !== "div") {
      if (match[1] === "") {
        const close = html.indexOf(`</${name}`, tag.lastIndex);
        if (close < 0) return -1;
        tag.lastIndex = close;
      }
      continue;
    }
    depth += match[1] === "" ? 1 : -1;
    if (depth === 0) return tag.lastIndex;
  }
  return -1;
}

/** The index of the `<!--/$-->` (or `<!--/&-->`) closing the boundary whose content starts at `from`. */
function endOfBoundary(html: string, from: number): number {
  const comment = /<!--([\s\S]*?)-->/g;
  comment.lastIndex = from;
  let depth = 0;
  for (let match = comment.exec(html); match !== null; match = comment.exec(html)) {
    const data = match[1];
    if (data === "/$" || data === "/&") {
      if (depth === 0) return match.index;
      depth--;
    } else if (data === "$" || data === "$?" || data === "$~" || data === "$!" || data === "&") depth++;
  }
  return -1;
}

/** Moves one segment into its boundary; the page unchanged when anything does not match. */
function inlineOne(html: string, boundary: string, segment: string): string {
  const placeholder = `<!--$?--><template id="${boundary}"></template>`;
  const at = html.indexOf(placeholder);
  const open = `<div hidden id="${segment}">`;
  const segmentAt = html.indexOf(open);
  if (at < 0 || segmentAt < 0 || html.indexOf(placeholder, at + 1) >= 0 || html.indexOf(open, segmentAt + 1) >= 0) return html;
  const segmentEnd = endOfDiv(html, segmentAt);
  const fallbackStart = at + placeholder.length;
  const close = endOfBoundary(html, fallbackStart);
  // The segment comes after its placeholder's boundary: React writes it once the shell is out.
  if (segmentEnd < 0 || close < 0 || segmentAt < close) return html;
  const content = html.slice(segmentAt + open.length, segmentEnd - "</div>".length);
  return `${html.slice(0, at)}<!--$-->${content}${html.slice(close, segmentAt)}${html.slice(segmentEnd)}`;
}

/** The page with every boundary React would reveal by script already in place. */
export function inlineBoundaries(html: string): string {
  const calls = [...html.matchAll(CALL)].map((match) => [match[1]!, match[2]!] as const);
  let out = html;
  for (const [boundary, segment] of calls) {
    const next = inlineOne(out, boundary, segment);
    if (next === out) continue;
    const call = `$RC("${boundary}","${segment}")`;
    // A call alone in its script goes with its script; the first one ends the script that defines $RC.
    const alone = new RegExp(`<script\\b[^>]*>${call.replace(/[$()]/g, "\\$&")}</script>`);
    out = alone.test(next) ? next.replace(alone, "") : next.replace(call, "");
  }
  return out;
}
