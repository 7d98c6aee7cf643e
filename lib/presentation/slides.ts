import "server-only";
import { footerLines } from "../export/pptx-layout";
import type { ExportNotes, FigureItem } from "../export/types";
import { type PanelData, panelData } from "../export/view";
import { type Lang, withLang } from "../i18n/lang";
import { labelsOf } from "../labels";
import { exportHref } from "../panels/export-links";
import type { QueryEngine } from "../query/engine";
import { isQueryError } from "../query/select";
import { type PageViewData, pageViewData } from "./page-views";
import { type CompareView, type PanelView, type PageView, parseView } from "./views";
import { type ComparePanelData, comparePanelData } from "../compare/load";

/**
 * A deck's views resolved against the dataset: each href parsed (lib/presentation/views.ts) and
 * its figures computed, as the export of a panel or the page itself computes them. The
 * presentation page and the deck's PowerPoint both start from here.
 */
export type ResolvedView =
  | { ok: true; kind: "panel"; view: PanelView; data: PanelData }
  | { ok: true; kind: "page"; view: PageView; data: PageViewData }
  | { ok: true; kind: "compare"; view: CompareView; data: ComparePanelData }
  | { ok: false; href: string; message: string };

/**
 * One view of a deck. Refused (ok: false, with the reason in French) when it is not a view's URL,
 * when a dashboard filter names a value the dataset lacks (the dashboard would report it too), or
 * when its page does not exist in the dataset. Any other error is a bug and is thrown.
 */
export function resolveView(engine: QueryEngine, href: string, origin?: string, lang: Lang = "fr"): ResolvedView {
  const parsed = parseView(href, origin);
  if (!parsed.ok) return { ok: false, href, message: parsed.message };
  const { view } = parsed;
  try {
    if (view.kind === "panel") return { ok: true, kind: "panel", view, data: panelData(engine, view.panel, view.state, lang) };
    if (view.kind === "compare") return { ok: true, kind: "compare", view, data: comparePanelData(engine, view.panel, view.compare, undefined, lang) };
    const data = pageViewData(engine, view, lang);
    if (!data) return { ok: false, href, message: labelsOf(lang).presentation.notFound(view.href) };
    return { ok: true, kind: "page", view, data };
  } catch (error) {
    if (isQueryError(error)) return { ok: false, href, message: error.message };
    throw error;
  }
}

/** What the presentation page lists and plays of a slide: text only, figures as links or numbers. */
export interface DeckSlide {
  href: string;
  title: string;
  filters: string[];
  caption: string;
  /** Source, licence and the dataset's date, then the demo warning when there is one. */
  footer: string[];
  /** A panel's drawing (its standalone SVG export, captioned by `caption`), or a page's headline figures. */
  figure: { kind: "image"; src: string } | { kind: "figures"; items: FigureItem[] };
}

export type DeckEntry = { ok: true; slide: DeckSlide } | { ok: false; href: string; message: string };

const textsOf = (notes: ExportNotes) => ({ title: notes.title, filters: notes.filters, caption: notes.caption, footer: footerLines(notes) });

/** A resolved view as the page shows it. */
/** A resolved view as the page shows it; a panel's drawing asked in `lang`. */
export function deckEntryOf(resolved: ResolvedView, lang: Lang = "fr"): DeckEntry {
  if (!resolved.ok) return resolved;
  if (resolved.kind === "panel" || resolved.kind === "compare") {
    const { view, data } = resolved;
    return { ok: true, slide: { href: view.href, ...textsOf(data.notes), figure: { kind: "image", src: withLang(exportHref(view.panel, "svg", view.query), lang) } } };
  }
  const { view, data } = resolved;
  const items = data.chart.kind === "figures" ? data.chart.items : data.headline;
  return { ok: true, slide: { href: view.href, ...textsOf(data.notes), figure: { kind: "figures", items } } };
}
