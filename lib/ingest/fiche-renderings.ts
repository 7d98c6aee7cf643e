import { htmlFicheLines } from "./fiche-html";
import { isLabel, type Line, textLines } from "./fiche-sections";
import { isPipeSeparator } from "./fiche-tables";

/**
 * The ways a fiche reaches the importer: the page's text (tables as "a | b |" rows under a
 * `---|---|` line), what a browser gives when the page is copied (cells between tabs), or the page
 * saved as HTML.
 */
export type FicheRendering = "page-text" | "browser-copy" | "html";

/** What every rendering gives the section splitter: its lines, and an Atlas id the page itself names. */
export interface FicheLines {
  rendering: FicheRendering;
  lines: Line[];
  atlasId: number | null;
}

/** The pager of a browser copy on one line; the page text prints "pagination.page.precedent" instead. */
const COPIED_PAGER = /^<<\s*<?\s*Précédent\b.*\bSuivant\s*>?\s*>>$/iu;

/** The text after any leading white space and HTML comments ("<!-- saved from url=… -->"). */
function afterLeadingComments(text: string): string {
  let rest = text.replace(/^\uFEFF/, "").trimStart();
  while (rest.startsWith("<!--")) {
    const end = rest.indexOf("-->");
    if (end < 0) return "";
    rest = rest.slice(end + 3).trimStart();
  }
  return rest;
}

/**
 * Which rendering a text is, from its content: markup at its start is HTML (a `.html`/`.htm` file
 * name also lets a fragment starting with a tag be read as HTML); tab-separated rows without any
 * `---|---|` separator, or a copied pager, make a browser copy; anything else is the page text.
 */
export function ficheRendering(text: string, file?: string | null): FicheRendering {
  const start = afterLeadingComments(text).slice(0, 20).toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html")) return "html";
  if (file && /\.html?$/i.test(file) && start.startsWith("<")) return "html";
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.some(isPipeSeparator)) return "page-text";
  const copied = lines.some((line) => line.includes("\t") || COPIED_PAGER.test(line.trim()));
  return copied ? "browser-copy" : "page-text";
}

/**
 * The lines of a browser copy. A line with tabs is a table row whose cells are exact (empty cells
 * are empty strings between tabs), unless its first cell is a label: a page laid out as a
 * label/value table copies as "Titre<TAB>Engagement…", a label line and its value.
 */
export function browserCopyLines(text: string): Line[] {
  return textLines(text).flatMap((line): Line[] => {
    if (!line.text.includes("\t")) return [line];
    const cells = line.text.split("\t").map((cell) => cell.trim());
    if (isLabel(cells[0]!)) {
      return [cells[0]!, ...cells.slice(1).filter((cell) => cell !== "")].map((text) => ({ no: line.no, text }));
    }
    return [{ no: line.no, text: line.text.trim(), cells }];
  });
}

/** Reads a fiche in whichever rendering it is into the lines the section splitter takes. */
export function ficheLines(text: string, file?: string | null): FicheLines {
  const rendering = ficheRendering(text, file);
  switch (rendering) {
    case "html":
      return { rendering, ...htmlFicheLines(text) };
    case "browser-copy":
      return { rendering, lines: browserCopyLines(text), atlasId: null };
    case "page-text":
      return { rendering, lines: textLines(text), atlasId: null };
  }
}
