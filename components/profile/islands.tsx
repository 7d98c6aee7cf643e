"use client";
import { island } from "../islands/island";
// The islands' stylesheets come with the page (see components/dashboard/panel-styles.ts).
import "../charts/fullscreen.css";
import "../presentation/presentation.css";

// The profile pages' small controls as islands (components/islands): their code (the label table,
// the presentation's and the exports' code) loads when touched on a phone. Only controls that do
// nothing without JavaScript: an island's server HTML needs the page's script to be revealed once
// the page is past its first 12.8 KB (React streams larger boundaries out of order), so the charts
// and maps, which a page without JavaScript still shows, are not islands here.
export const ExportMenu = island("map-export", () => import("../charts/ExportMenu").then((m) => m.ExportMenu));
export const AddToDeckButton = island("add-to-deck", () => import("../presentation/AddToDeckButton").then((m) => m.AddToDeckButton), {
  wakeWhenVisible: false,
});
