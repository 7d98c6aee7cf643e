import "server-only";
import { answerOf } from "../api/dashboard";
import type { DashboardBody } from "../api/dashboard";
import { atlasSource } from "../charts/standalone-style";
import { dashboardKeys } from "../dashboard/queries";
import { type DashboardState, filtersOf } from "../dashboard/state";
import { formatsOf } from "../format";
import { type Lang, labelsOf } from "../labels";
import type { QueryEngine } from "../query/engine";
import { captionOf } from "../panels/caption";
import { type DashboardPanel, PANEL_PARTS } from "../panels/dashboard-panels";
import { filtersInWords } from "../panels/filters-in-words";
import { type PanelFigures, panelFigures } from "../panels/tables";
import type { ExportNotes } from "./types";

/** A dashboard panel's answers, its figures and its notes: everything but the drawing. */
export interface PanelData {
  panel: DashboardPanel;
  state: DashboardState;
  parts: Partial<DashboardBody>;
  figures: PanelFigures;
  notes: ExportNotes;
}

/**
 * What a dashboard panel shows for a state, computed as the dashboard computes it: the same parts
 * of the same answer (lib/dashboard/queries.ts), through the same engine, turned into the same
 * table (lib/panels/tables.ts). Engine errors (an unknown theme…) propagate as QueryError.
 */
export function panelData(engine: QueryEngine, panel: DashboardPanel, state: DashboardState, lang: Lang = "fr"): PanelData {
  const keys = dashboardKeys(state, lang);
  const parts: Partial<DashboardBody> = {};
  for (const part of PANEL_PARTS[panel]) Object.assign(parts, { [part]: answerOf(engine, keys[part]) });
  const figures = panelFigures(panel, parts, state, lang, engine.datasetMeta.updatedAt);
  const filters = filtersOf(state);
  const applied = engine.describe(filters, lang);
  const labels = labelsOf(lang);
  const summary = parts.summary!;
  const notes: ExportNotes = {
    title: figures.title,
    filters: filtersInWords(applied, filters, lang),
    caption: captionOf(panel, { ...parts, applied, summary }, state, lang),
    remarks: figures.remarks ?? [],
    source: atlasSource({ demo: engine.generated, lang }),
    datasetDate: engine.datasetMeta.updatedAt,
    licence: labels.licence,
    demo: engine.generated,
    lang,
  };
  return { panel, state, parts, figures, notes };
}

/** The source line of a drawing: the source and the dataset's date. */
export function sourceLine(notes: ExportNotes, lang: Lang = notes.lang ?? "fr"): string {
  return `${notes.source} · ${labelsOf(lang).datasetDate(formatsOf(lang).isoDate(notes.datasetDate))}`;
}
