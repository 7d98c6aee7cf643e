import type { ComparePanel } from "../compare/panels";
import type { DashboardPanel } from "./dashboard-panels";

/** A panel with an export menu: the dashboard's, or the comparison's (whose query has a. and b. filters). */
export type ExportPanel = DashboardPanel | ComparePanel;

/** Formats of the per-panel menu, in its order. */
export const MENU_FORMATS = ["csv", "xlsx", "png", "svg", "pptx"] as const;
export type MenuFormat = (typeof MENU_FORMATS)[number];

/** The export URL of a panel in a format, for the dashboard's query ("country=SN&rank=amount"). */
export function exportHref(panel: ExportPanel, format: MenuFormat, query: string): string {
  return `/export/${panel}.${format}${query ? `?${query}` : ""}`;
}

/** The link that opens the dashboard on the same view, scrolled to the panel. */
export function viewHref(query: string, anchor: string): string {
  return `/${query ? `?${query}` : ""}#${anchor}`;
}
