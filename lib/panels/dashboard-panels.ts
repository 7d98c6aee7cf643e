import type { DashboardKeys } from "../dashboard/queries";

/**
 * The dashboard's panels by the names their export URLs use (`/export/<panel>.<format>`), each
 * with the parts of the dashboard's answer it reads (lib/dashboard/queries.ts).
 */
export const DASHBOARD_PANELS = ["map", "france", "themes", "financer-categories", "financers", "years", "countries", "authorities"] as const;
export type DashboardPanel = (typeof DASHBOARD_PANELS)[number];

export const PANEL_PARTS = {
  map: ["countries", "summary"],
  france: ["france", "summary"],
  themes: ["themes", "summary"],
  "financer-categories": ["financerCategories", "summary"],
  financers: ["financers", "summary"],
  years: ["years", "activeYears", "summary"],
  countries: ["topCountries", "summary"],
  authorities: ["topAuthorities", "summary"],
} as const satisfies Record<DashboardPanel, readonly (keyof DashboardKeys)[]>;

export const isDashboardPanel = (name: string): name is DashboardPanel => (DASHBOARD_PANELS as readonly string[]).includes(name);

/** Id of each panel's element on the dashboard: the target of its links (`#top-countries`, `panel=countries`). */
export const PANEL_ANCHORS = {
  map: "map",
  france: "france",
  themes: "themes",
  "financer-categories": "financer-categories",
  financers: "financers",
  years: "years",
  countries: "top-countries",
  authorities: "top-authorities",
} as const satisfies Record<DashboardPanel, string>;
