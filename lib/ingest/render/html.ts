import type { Partnership } from "../../model";
import { type Block, type Cell, ficheDocument, type FicheSection, type FicheTable, IMAGE_CELL } from "./fiche-document";
import { dsfrPage, escapeHtml, PAGER } from "./html-page";

const INDENT = "      ";

function cell(value: Cell): string {
  return value === IMAGE_CELL ? `<td><img src="/cncdext/images/drapeau.png" alt=""></td>` : `<td>${escapeHtml(value)}</td>`;
}

function tableHtml(table: FicheTable): string {
  const header = table.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join("");
  const rows = table.rows.map((row) => `${INDENT}      <tr>${row.map(cell).join("")}</tr>`);
  return [
    `${INDENT}<div class="fr-table">`,
    `${INDENT}  <table>`,
    `${INDENT}    <thead><tr>${header}</tr></thead>`,
    `${INDENT}    <tbody>`,
    ...rows,
    `${INDENT}    </tbody>`,
    `${INDENT}  </table>`,
    `${INDENT}</div>`,
    ...(table.pager && table.rows.length > 0 ? [PAGER] : []),
  ].join("\n");
}

/** A one-line value in a div; a text's paragraphs each in a p; the title's lines in one p with line breaks. */
function blockHtml(block: Block, label: string): string {
  switch (block.kind) {
    case "text":
      if (label === "Titre") return `${INDENT}<p class="fr-text--lead">${block.lines.map(escapeHtml).join("<br>\n")}</p>`;
      if (block.lines.length === 1 && block.lines[0]!.length < 80) return `${INDENT}<div>${escapeHtml(block.lines[0]!)}</div>`;
      return block.lines.map((line) => `${INDENT}<p>${escapeHtml(line)}</p>`).join("\n");
    case "subheading":
      return `${INDENT}<h4 class="fr-h6">${escapeHtml(block.text)}</h4>`;
    case "contact": {
      const parts = [`<strong>${escapeHtml(block.role)}</strong>`];
      if (block.name) parts.push(escapeHtml(block.name));
      if (block.email) parts.push(`Courriel : <a href="mailto:${escapeHtml(block.email)}">${escapeHtml(block.email)}</a>`);
      return `${INDENT}  <li>${parts.join("<br>\n")}</li>`;
    }
    case "table":
      return tableHtml(block.table);
  }
}

function sectionHtml(section: FicheSection): string {
  if (section.embassy) {
    return [
      `${INDENT}<div class="fr-callout">`,
      `${INDENT}<h2 class="fr-callout__title">${escapeHtml(section.label)}</h2>`,
      `${INDENT}<ul class="fr-callout__text">`,
      ...section.blocks.map((block) => blockHtml(block, section.label)),
      `${INDENT}</ul>`,
      `${INDENT}</div>`,
    ].join("\n");
  }
  if (section.sentence) return `${INDENT}<p class="fr-mt-4w">${escapeHtml(section.label)}</p>`;
  return [`${INDENT}<h3>${escapeHtml(section.label)}</h3>`, ...section.blocks.map((block) => blockHtml(block, section.label))].join("\n");
}

/**
 * A partnership written as its Atlas fiche page saved from a browser as HTML: a DSFR page (header,
 * menu, breadcrumb, footer, scripts) whose main content has the fiche's labels as headings, values
 * in paragraphs and divs, tables with a header row and every cell in place.
 */
export function ficheAsHtml(p: Partnership): string {
  const main = [`${INDENT}<h1>Détail du partenariat</h1>`, `${INDENT}<section class="atlas-fiche">`, ...ficheDocument(p).map(sectionHtml), `${INDENT}</section>`];
  return dsfrPage(main.join("\n"), p.source.atlasId);
}
