import "server-only";
import { atlasSource } from "../charts/standalone-style";
import type { ExportNotes } from "../export/types";
import { type Lang, labelsOf } from "../labels";
import { filtersInWords } from "../panels/filters-in-words";
import type { QueryEngine } from "../query/engine";
import { type CompareBreakdown, type SideSummary, compareBreakdown, sideSummaries } from "./compute";
import { type CompareFigures, compareFigures } from "./figures";
import { COMPARE_PANELS, type ComparePanel } from "./panels";
import { type CompareState, SIDES, type Side } from "./state";

/** A comparison panel's rows, figures and notes: everything its page panel and its files show. */
export interface ComparePanelData {
  panel: ComparePanel;
  state: CompareState;
  breakdown: CompareBreakdown;
  figures: CompareFigures;
  notes: ExportNotes;
}

/** Each side's filters in words, prefixed with its side ("A · Pays : Sénégal"). */
function filterLines(state: CompareState, sides: Record<Side, SideSummary>, lang: Lang): string[] {
  const labels = labelsOf(lang);
  return SIDES.flatMap((side) => {
    const lines = filtersInWords(sides[side].applied, state[side], lang);
    const prefix = `${labels.compare.side[side]} · `;
    return lines.length > 0 ? lines.map((line) => `${prefix}${line}`) : [`${prefix}${labels.noFilter}`];
  });
}

/**
 * One comparison panel for a state, each side asked of the engine as the API asks it. Engine
 * errors (an unknown theme…) propagate as QueryError naming the side's parameter ("a.theme").
 */
export function comparePanelData(engine: QueryEngine, panel: ComparePanel, state: CompareState, known?: Record<Side, SideSummary>, lang: Lang = "fr"): ComparePanelData {
  const sides = known ?? sideSummaries(engine, state, lang);
  const breakdown = compareBreakdown(engine, panel, state, lang);
  const figures = compareFigures(panel, breakdown, sides, lang);
  const notes: ExportNotes = {
    title: figures.title,
    filters: filterLines(state, sides, lang),
    caption: figures.caption,
    source: atlasSource({ demo: engine.generated, lang }),
    datasetDate: engine.datasetMeta.updatedAt,
    licence: labelsOf(lang).licence,
    demo: engine.generated,
    lang,
  };
  return { panel, state, breakdown, figures, notes };
}

/** The whole comparison page: both sides' headline figures and every panel. */
export function comparisonOf(engine: QueryEngine, state: CompareState, lang: Lang = "fr"): { sides: Record<Side, SideSummary>; panels: ComparePanelData[] } {
  const sides = sideSummaries(engine, state, lang);
  return { sides, panels: COMPARE_PANELS.map((panel) => comparePanelData(engine, panel, state, sides, lang)) };
}
