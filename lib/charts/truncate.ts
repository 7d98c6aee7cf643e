/**
 * Shortens a label to at most `maxChars` characters (Unicode code points), ending with "…" when cut.
 * Cuts at the last space of the kept part when that keeps at least half of it, so words stay whole.
 */
export function truncateLabel(label: string, maxChars: number): string {
  const chars = Array.from(label.trim());
  if (chars.length <= maxChars) return chars.join("");
  if (maxChars <= 1) return "…";
  const kept = chars.slice(0, maxChars - 1).join("");
  const lastSpace = kept.lastIndexOf(" ");
  const cut = lastSpace >= kept.length / 2 ? kept.slice(0, lastSpace) : kept;
  return `${cut.replace(/[\s,;:.'’-]+$/u, "")}…`;
}

/** Marianne's average glyph width for mixed-case French text, in em. */
const AVERAGE_GLYPH_EM = 0.55;

/**
 * How many characters fit in `widthPx` of SVG text at `fontSize` px: an estimate from the average
 * glyph, not a measurement (the charts render on the server, where nothing can be measured).
 */
export function charsThatFit(widthPx: number, fontSize: number): number {
  return Math.max(1, Math.floor(widthPx / (fontSize * AVERAGE_GLYPH_EM)));
}

/** Estimated width of `text` in SVG units at `fontSize` px (same estimate as charsThatFit). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * AVERAGE_GLYPH_EM;
}
