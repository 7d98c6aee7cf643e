import { charsThatFit, truncateLabel } from "./truncate";

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

/** A label laid out on at most a few lines, as a chart draws it. */
export interface LabelLines {
  lines: string[];
  /** Whether line i (i > 0) follows a space of the label (else a hyphen): its text joins the previous line's with a space. */
  spaced: boolean[];
  /** True when the lines do not hold the whole label (the last one ends with "…"). */
  truncated: boolean;
}

interface Piece {
  text: string;
  /** Preceded by a space in the label (false for the first piece and after a hyphen). */
  space: boolean;
}

/** The label's words, with `hyphens` compound words split after theirs ("Beaune-", "Chagny-", "Nolay"): where a line may break. */
function piecesOf(label: string, hyphens: boolean): Piece[] {
  return label
    .trim()
    .split(/[ \t\r\n]+/)
    .filter(Boolean)
    .flatMap((word, w) => (hyphens ? word.split(/(?<=[^-]-)(?=[^-])/) : [word]).map((text, i) => ({ text, space: w > 0 && i === 0 })));
}

const joinPieces = (pieces: readonly Piece[]) => pieces.map((piece, i) => (i > 0 && piece.space ? ` ${piece.text}` : piece.text)).join("");

/**
 * A bar's label on at most `maxLines` lines of `maxChars` characters, broken at spaces, or also after
 * hyphens when spaces alone do not hold it ("Région Provence-Alpes-" / "Côte d'Azur", but "Région" /
 * "Auvergne-Rhône-Alpes"), so that long theme, financer and authority names are read whole; only
 * what still does not fit is cut with "…" (truncateLabel, at a word boundary) on the last line. A
 * word longer than a line is cut there too: a chart's label cannot overflow its column.
 */
export function fitLines(label: string, maxChars: number, maxLines = 2): LabelLines {
  const atSpaces = greedyLines(piecesOf(label, false), maxChars, maxLines);
  return atSpaces.truncated ? greedyLines(piecesOf(label, true), maxChars, maxLines) : atSpaces;
}

function greedyLines(pieces: readonly Piece[], maxChars: number, maxLines: number): LabelLines {
  const length = (text: string) => Array.from(text).length;
  const lines: string[] = [];
  const spaced: boolean[] = [];
  let start = 0;
  while (start < pieces.length) {
    const last = lines.length === maxLines - 1;
    let end = start + 1;
    while (end < pieces.length && length(joinPieces(pieces.slice(start, end + 1))) <= maxChars) end++;
    const line = joinPieces(pieces.slice(start, end));
    if (last || length(line) > maxChars) {
      // The last line allowed, or a word too long for any line: the rest of the label, cut to fit.
      const rest = joinPieces(pieces.slice(start));
      const cut = truncateLabel(rest, maxChars);
      lines.push(cut);
      spaced.push(lines.length > 1 && pieces[start]!.space);
      return { lines, spaced, truncated: cut !== rest };
    }
    lines.push(line);
    spaced.push(lines.length > 1 && pieces[start]!.space);
    start = end;
  }
  return { lines, spaced, truncated: false };
}
