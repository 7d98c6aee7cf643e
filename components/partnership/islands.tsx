"use client";
import { frozenIsland } from "../islands/frozen-island";
import { island } from "../islands/island";
import "../charts/charts.css";
import "../presentation/presentation.css";

// The partnership page's interactive parts as islands (components/islands; the kinds: see
// components/profile/islands.tsx): the funding chart, far below a phone's first screen, and
// "Ajouter à la présentation", whose code loads when it is touched.
export const FundingChart = frozenIsland("funding-chart", () => import("./FundingChart").then((m) => m.FundingChart));
export const AddToDeckButton = island("add-to-deck", () => import("../presentation/AddToDeckButton").then((m) => m.AddToDeckButton), {
  wakeWhenVisible: false,
});
