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

/**
 * How many characters fit in `widthPx` of SVG text at `fontSize` px: Marianne's average glyph is
 * about 0.55 em wide for mixed-case French text, so this is an estimate, not a measurement (the
 * charts render on the server, where nothing can be measured).
 */
export function charsThatFit(widthPx: number, fontSize: number): number {
  return Math.max(1, Math.floor(widthPx / (fontSize * 0.55)));
}
