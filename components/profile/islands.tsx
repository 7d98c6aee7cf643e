"use client";
import { frozenIsland } from "../islands/frozen-island";
import { island } from "../islands/island";
// The islands' stylesheets come with the page (see components/dashboard/panel-styles.ts).
import "../charts/charts.css";
import "../charts/fullscreen.css";
import "../presentation/presentation.css";

// The profile pages' interactive parts as islands (components/islands): their code loads when they
// near the screen, or for the small controls when touched, on a phone. The charts, which a page
// without JavaScript still shows, are frozen islands (no Suspense boundary, see frozen-island.tsx);
// the map is not an island: its server drawing would not survive the browser's own render.
export const YearFundingPanel = frozenIsland("profile-years", () => import("../charts/YearFundingPanel").then((m) => m.YearFundingPanel));
export const ProfileBarPanel = frozenIsland("profile-bars", () => import("./ProfileBarPanel").then((m) => m.ProfileBarPanel));
export const ExportMenu = island("map-export", () => import("../charts/ExportMenu").then((m) => m.ExportMenu));
export const AddToDeckButton = island("add-to-deck", () => import("../presentation/AddToDeckButton").then((m) => m.AddToDeckButton), {
  wakeWhenVisible: false,
});
