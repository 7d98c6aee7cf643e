/**
 * Shortens a label to at most `maxChars` characters (Unicode code points), ending with "…" when cut.
 * Cuts between words (at a space or a hyphen) whenever the kept part holds a boundary, mid-word
 * only when its first word alone is too long: a bar's visible label must be whole words of its
 * accessible name, which speech input and axe's label-in-name check match word by word ("Région
 * Nouvelle-Aquita…" is no run of words of "Région Nouvelle-Aquitaine : 12", "Région Nouvelle…" is).
 */
export function truncateLabel(label: string, maxChars: number): string {
  const chars = Array.from(label.trim());
  if (chars.length <= maxChars) return chars.join("");
  if (maxChars <= 1) return "…";
  const kept = chars.slice(0, maxChars - 1);
  const isBoundary = (char: string | undefined) => char !== undefined && /[\s-]/u.test(char);
  const endsOnWord = isBoundary(chars[kept.length]);
  let lastBoundary = kept.length - 1;
  while (lastBoundary > 0 && !isBoundary(kept[lastBoundary])) lastBoundary--;
  const cut = endsOnWord || lastBoundary <= 0 ? kept.join("") : kept.slice(0, lastBoundary).join("");
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
