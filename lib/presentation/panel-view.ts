import { isComparePanel } from "../compare/panels";
import type { ExportPanel } from "../panels/export-links";

/**
 * The link of a panel's view: its page's query plus `panel=` (and nothing else). Apart from
 * ./views.ts, the reader of views, whose parsers the panels' menus need only once clicked.
 */
export function panelViewHref(panel: ExportPanel, query: string): string {
  return `${isComparePanel(panel) ? "/comparer" : "/"}?${query ? `${query}&` : ""}panel=${panel}`;
}
