"use client";
import { island } from "../islands/island";
import "../presentation/presentation.css";

// The partnership page's "Ajouter à la présentation" as an island (components/islands; why only
// controls: components/profile/islands.tsx): its code loads when it is touched on a phone.
export const AddToDeckButton = island("add-to-deck", () => import("../presentation/AddToDeckButton").then((m) => m.AddToDeckButton), {
  wakeWhenVisible: false,
});
