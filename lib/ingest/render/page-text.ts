import type { Partnership } from "../../model";
import { type Block, type Cell, ficheDocument, type FicheTable, IMAGE_CELL } from "./fiche-document";

/** The page text's first line, repeated on every printed page of the Atlas. */
export const PAGE_TITLE = "Atlas français de la coopération décentralisée et des autres actions extérieures";

/** The pager as the page text prints it under a table (the Atlas's untranslated message keys). */
const PAGER = ["<<", "< pagination.page.precedent", "1", "pagination.page.suivant >", ">>"];

/** "a | b | |": each cell followed by its pipe, an empty cell being its pipe alone. */
const pipes = (cells: readonly Cell[]) =>
  cells.map((cell) => (cell === IMAGE_CELL ? "![]() |" : cell === "" ? "|" : `${cell} |`)).join(" ");

/**
 * A row as the page text prints it: "a | b | c |". Where the Atlas drops a table's empty cells, the
 * filled ones come first (the funding table pads with the pipes of the dropped cells); elsewhere
 * every cell keeps its place, and a row starting with an empty cell starts with a pipe, so that the
 * empty cell is not taken for the table's border.
 */
function pageRow(table: FicheTable, cells: readonly Cell[]): string {
  if (table.pageTextDrops !== "none") {
    const filled = cells.filter((cell) => cell !== "" && cell !== IMAGE_CELL) as string[];
    const padding = table.pageTextDrops === "padded" ? ` ${"|".repeat(cells.length - filled.length)}` : "";
    return `${filled.join(" | ")} |${padding}`.trimEnd();
  }
  return cells[0] === "" ? `| ${pipes(cells)}` : pipes(cells);
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case "text":
      return block.lines;
    case "subheading":
      return [block.text];
    case "contact":
      return [block.role, ...(block.name ? [block.name] : []), ...(block.email ? ["Courriel :", block.email] : [])];
    case "table": {
      const { table } = block;
      return [
        pipes(table.columns),
        `${table.columns.map(() => "---").join("|")}|`,
        ...table.rows.map((row) => pageRow(table, row)),
        ...(table.pager && table.rows.length > 0 ? PAGER : []),
      ];
    }
  }
}

/**
 * A partnership written as the text of its Atlas fiche page (the rendering of
 * data/real/atlas-fiche-15909-dijon-chefchaouen.txt): a label a line, its value on the lines after
 * it, tables as "a | b |" rows under a `---|---|` line.
 */
export function ficheAsPageText(p: Partnership): string {
  const lines = [PAGE_TITLE];
  for (const section of ficheDocument(p)) lines.push(section.label, ...section.blocks.flatMap(blockLines));
  return `${lines.join("\n")}\n`;
}
