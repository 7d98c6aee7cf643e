import type { Partnership } from "../../model";
import { type Block, type Cell, ficheDocument, IMAGE_CELL } from "./fiche-document";
import { PAGE_TITLE } from "./page-text";

/** What a browser copies of the page's header, menu and breadcrumb, before the fiche. */
const HEADER = [
  "Aller au contenu",
  "Aller au menu",
  "Aller à la recherche",
  "",
  "République",
  "Française",
  "",
  "Ministère",
  "de l'Europe et",
  "des Affaires étrangères",
  "",
  PAGE_TITLE,
  "Accueil",
  "Rechercher un partenariat",
  "Cartographie",
  "",
  "Accueil",
  "Atlas",
  "Détail du partenariat",
  "",
];

/** And of its footer, after the fiche. */
const FOOTER = [
  "",
  "Haut de page",
  "",
  "République",
  "Française",
  "",
  "legifrance.gouv.fr",
  "gouvernement.fr",
  "service-public.fr",
  "data.gouv.fr",
  "",
  "Plan du site",
  "Accessibilité : non conforme",
  "Mentions légales",
  "Données personnelles",
  "Gestion des cookies",
  "",
  "Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous licence etalab-2.0",
];

/** The DSFR pager copies on one line, or on several when its links are laid out as a list. */
const PAGER_ON_ONE_LINE = ["<< < Précédent 1 Suivant > >>"];
const PAGER_ON_LINES = ["<<", "<", "Précédent", "1", "Suivant", ">", ">>"];

/** A table row as copied: its cells between tabs, an empty cell (or a picture) an empty string. */
const tabs = (cells: readonly Cell[]) => cells.map((cell) => (cell === IMAGE_CELL ? "" : cell)).join("\t");

function blockLines(block: Block, pagers: { count: number }): string[] {
  switch (block.kind) {
    case "text":
      return block.lines;
    case "subheading":
      return [block.text];
    case "contact":
      return [block.role, ...(block.name ? [block.name] : []), ...(block.email ? [`Courriel : ${block.email}`] : []), ""];
    case "table": {
      const { table } = block;
      const pager = table.pager && table.rows.length > 0 ? (pagers.count++ % 2 === 0 ? PAGER_ON_ONE_LINE : PAGER_ON_LINES) : [];
      return [tabs(table.columns), ...table.rows.map(tabs), ...pager];
    }
  }
}

/**
 * A partnership written as a browser copies its Atlas fiche page (select all, copy): the page's
 * header and menu lines, each label then its value, blank lines between them, tables as rows of
 * tab-separated cells under their header row, pagers, and the footer.
 */
export function ficheAsBrowserCopy(p: Partnership): string {
  const lines = [...HEADER];
  const pagers = { count: 0 };
  for (const section of ficheDocument(p)) {
    lines.push(section.label, ...(section.embassy ? [""] : []), ...section.blocks.flatMap((block) => blockLines(block, pagers)), "");
  }
  lines.push(...FOOTER);
  return `${lines.join("\n")}\n`;
}
