import { type HTMLElement, type Node, NodeType, parse } from "node-html-parser";
import { isLabel, type Line } from "./fiche-sections";

/**
 * The page's chrome and what is not shown as text: never part of the fiche. A script may hold a
 * label ("Titre") that would otherwise open a section, so it is skipped whole. Tested element by
 * element during the walk: a CSS selector over the whole page cost more than parsing it.
 */
const IGNORED_TAGS = new Set([
  "head", "title", "script", "style", "noscript", "template", "nav", "header", "footer", "menu", "button", "svg", "iframe",
  "object", "dialog",
]);
const IGNORED_CLASSES = ["fr-breadcrumb", "fr-header", "fr-footer", "fr-skiplinks", "fr-nav", "fr-sidemenu", "fr-modal"];
const IGNORED_ROLES = new Set(["navigation", "banner", "contentinfo", "menu", "menubar", "search"]);

function isChrome(element: HTMLElement, tag: string): boolean {
  if (IGNORED_TAGS.has(tag)) return true;
  const attributes = element.attributes;
  if ("hidden" in attributes || attributes["aria-hidden"] === "true") return true;
  if (IGNORED_ROLES.has(attributes.role ?? "")) return true;
  return IGNORED_CLASSES.some((name) => element.classList.contains(name));
}

/** Elements that start and end a line; everything else (a, span, strong, em…) runs on in its line. */
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "legend", "li", "main",
  "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);
const TEXT_INPUTS = new Set(["", "text", "email", "number", "date", "url", "tel"]);

/** White space as HTML collapses it: not the no-break space, which is text. */
const HTML_SPACE = /[ \t\n\r\f]+/g;
const collapse = (text: string) => text.replace(HTML_SPACE, " ").trim();

/** Source line numbers of offsets in the original file. */
function lineNumbers(html: string): (offset: number) => number {
  const starts = [0];
  for (let i = html.indexOf("\n"); i >= 0; i = html.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** Gathers the text of inline content into lines, each numbered at its first visible character. */
class LineWriter {
  readonly lines: Line[] = [];
  private parts: string[] = [];
  private no: number | null = null;

  constructor(readonly lineOf: (offset: number) => number) {}

  text(node: Node): void {
    const text = node.text;
    if (this.no === null && collapse(text) !== "") {
      const leading = node.rawText.length - node.rawText.replace(/^[ \t\n\r\f]+/, "").length;
      this.no = this.lineOf(node.range[0] + leading);
    }
    this.parts.push(text);
  }

  /** Nothing visible written on the current line yet. */
  get atLineStart(): boolean {
    return this.no === null;
  }

  /** Ends the current line (a block's edge, a `<br>`). */
  break(): void {
    const text = collapse(this.parts.join(""));
    if (text !== "") this.lines.push({ no: this.no!, text });
    this.parts = [];
    this.no = null;
  }

  line(line: Line): void {
    this.break();
    if (line.text !== "" || line.cells) this.lines.push(line);
  }
}

const tagOf = (node: Node) => (node.nodeType === NodeType.ELEMENT_NODE ? (node.rawTagName ?? "").toLowerCase() : "");
const elementChildren = (element: HTMLElement, tags: readonly string[]) =>
  element.childNodes.filter((child): child is HTMLElement => tags.includes(tagOf(child)));

/** A table's own rows, not those of tables nested in its cells. */
function ownRows(table: HTMLElement): HTMLElement[] {
  return elementChildren(table, ["tr", "thead", "tbody", "tfoot"]).flatMap((child) =>
    tagOf(child) === "tr" ? [child] : elementChildren(child, ["tr"]),
  );
}

/** A cell's text on one line: its line breaks and blocks become spaces. */
function cellText(cell: HTMLElement, lineOf: (offset: number) => number): string {
  const writer = new LineWriter(lineOf);
  walkChildren(cell, writer);
  writer.break();
  return writer.lines.map((line) => line.text).join(" ");
}

/**
 * A data table gives one line per row with its cells (an empty cell is an empty string, a cell
 * spanning columns fills them, so positions stay exact). A layout table, whose rows pair a label
 * cell with a value cell ("Titre | Engagement…"), gives the label and value lines the other
 * layouts give.
 */
function table(element: HTMLElement, writer: LineWriter): void {
  writer.break();
  for (const caption of elementChildren(element, ["caption"])) walk(caption, writer);
  const rows = ownRows(element).map((row) => ({ row, cells: elementChildren(row, ["td", "th"]) }));
  // A header row is all th ("Titre | Pays" over a list of fiches): a layout row pairs a label with a td.
  const layout = rows.some(
    ({ cells }) => cells[0] !== undefined && isLabel(cells[0].text) && cells.some((cell) => tagOf(cell) === "td"),
  );
  for (const { row, cells } of rows) {
    if (layout) {
      for (const cell of cells) walk(cell, writer);
      continue;
    }
    const texts = cells.flatMap((cell) => {
      const span = Math.max(1, Math.min(Number.parseInt(cell.getAttribute("colspan") ?? "1", 10) || 1, 100));
      return [cellText(cell, writer.lineOf), ...Array<string>(span - 1).fill("")];
    });
    if (texts.length > 0) writer.line({ no: writer.lineOf(row.range[0]), text: texts.join(" | "), cells: texts });
  }
  writer.break();
}

function walkChildren(element: HTMLElement, writer: LineWriter): void {
  for (const child of element.childNodes) walk(child, writer);
}

/** node-html-parser leaves the doctype as text at the top of the document. */
const isDoctype = (node: Node) => node.parentNode?.parentNode === null && node.rawText.trimStart().toLowerCase().startsWith("<!doctype");

/** What a form field shows: a read-only page may print values in inputs, text areas and lists. */
function formValue(element: HTMLElement, tag: string, writer: LineWriter): void {
  const no = writer.lineOf(element.range[0]);
  if (tag === "input") {
    const type = (element.getAttribute("type") ?? "").toLowerCase();
    if (TEXT_INPUTS.has(type)) writer.line({ no, text: collapse(element.getAttribute("value") ?? "") });
  } else if (tag === "textarea") {
    writer.break();
    for (const text of element.text.split(/\r\n|\r|\n/)) writer.line({ no, text: collapse(text) });
  } else {
    const chosen = element.querySelector("option[selected]");
    if (chosen) writer.line({ no, text: collapse(chosen.text) });
  }
}

function walk(node: Node, writer: LineWriter): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    if (!isDoctype(node)) writer.text(node);
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const element = node as HTMLElement;
  const tag = tagOf(element);
  if (isChrome(element, tag)) return;
  if (tag === "br") writer.break();
  else if (tag === "table") table(element, writer);
  else if (tag === "input" || tag === "textarea" || tag === "select") formValue(element, tag, writer);
  else if (!BLOCKS.has(tag) && tag !== "" && writer.atLineStart && isLabel(element.text)) {
    // A label in an inline element (<strong>, <label>, <span>) that starts a line stands on its
    // own, its value being the text that follows it; a word of prose that happens to be a label
    // does not.
    writer.line({ no: writer.lineOf(element.range[0]), text: collapse(element.text) });
  } else {
    const block = tag === "" || BLOCKS.has(tag);
    if (block) writer.break();
    walkChildren(element, writer);
    if (block) writer.break();
  }
}

const PRJ_ID = /(?:^|[?&;\s.])prjId=(\d+)/i;
const prjId = (value: string | undefined) => {
  const match = value ? PRJ_ID.exec(value) : null;
  return match && Number(match[1]) > 0 ? Number(match[1]) : null;
};

/**
 * The Atlas id the page names: its canonical address, the address it was saved from, a form field
 * `criteres.prjId`; failing those, the one fiche its links point to (a page linking to several
 * fiches names none).
 */
function atlasIdInPage(root: HTMLElement): number | null {
  const saved = root.childNodes.filter((node) => node.nodeType === NodeType.COMMENT_NODE).map((node) => node.rawText);
  const own = [
    ...root.querySelectorAll("link[rel=canonical]").map((link) => link.getAttribute("href")),
    ...root.querySelectorAll("meta[property='og:url']").map((meta) => meta.getAttribute("content")),
    ...root
      .querySelectorAll("input")
      .filter((input) => /(^|\.)prjId$/i.test(input.getAttribute("name") ?? ""))
      .map((input) => `prjId=${input.getAttribute("value") ?? ""}`),
    ...saved,
  ];
  const found = own.map(prjId).find((id) => id !== null);
  if (found) return found;
  const linked = new Set(
    root
      .querySelectorAll("a[href], form[action]")
      .map((element) => prjId(element.getAttribute("href") ?? element.getAttribute("action")))
      .filter((id) => id !== null),
  );
  return linked.size === 1 ? [...linked][0]! : null;
}

/**
 * Reads an Atlas fiche page saved as HTML into the lines the section splitter takes: labels from
 * headings, `dt`, `th`, `label`, `strong`… each on its line, values after them, `<br>` and blocks
 * as line breaks, tables by cell, entities decoded; the page's chrome is left out.
 */
export function htmlFicheLines(html: string): { lines: Line[]; atlasId: number | null } {
  const root = parse(html, { comment: true });
  const atlasId = atlasIdInPage(root);
  const writer = new LineWriter(lineNumbers(html));
  walk(root.querySelector("body") ?? root, writer);
  writer.break();
  return { lines: writer.lines, atlasId };
}
