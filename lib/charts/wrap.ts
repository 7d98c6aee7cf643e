import { charsThatFit } from "./truncate";

/**
 * Breaks `text` into lines of at most `maxChars` characters, at ordinary spaces only: the no-break
 * spaces of French number formats ("1 234 €") keep a figure on one line. A word longer than a
 * line gets a line of its own rather than being cut (SVG text has no automatic wrapping).
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/[ \t\r\n]+/)) {
    if (!word) continue;
    const candidate = line ? `${line} ${word}` : word;
    if (line && Array.from(candidate).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** `wrapText` for a width in SVG units at a font size (estimated glyph widths, see charsThatFit). */
export function wrapToWidth(text: string, width: number, fontSize: number): string[] {
  return wrapText(text, charsThatFit(width, fontSize));
}
