import { type Lang, labelsOf } from "@/lib/labels";
import { MAP_MEASURES, formatMeasure, measureLabels } from "@/lib/map/measures";
import { noDataLabel } from "@/lib/map/legend";
import type { CountryFigures } from "@/lib/query/engine";

// Leaflet tooltips and popups take a DOM node (they live outside React's tree): built with
// textContent only, so a country name can never inject markup.

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function figuresList(figures: CountryFigures, lang: Lang): HTMLElement {
  const list = element("dl", "country-tip-figures");
  for (const measure of MAP_MEASURES) {
    list.append(element("dt", "", measureLabels(lang)[measure]), element("dd", "", formatMeasure(measure, figures[measure], lang)));
  }
  return list;
}

/** Tooltip body: the name, the three figures (or "Aucune donnée"), and what a click does. */
export function tooltipElement(name: string, figures: CountryFigures | undefined, selected: boolean, lang: Lang = "fr"): HTMLElement {
  const text = labelsOf(lang).dashboard.map;
  const root = element("div", "country-tip");
  root.append(element("strong", "country-tip-name", name));
  root.append(figures ? figuresList(figures, lang) : element("p", "country-tip-empty", noDataLabel(lang)));
  // A click filters on a country with data, or removes a selected one (even if now without data).
  if (selected) root.append(element("p", "country-tip-hint", text.selectedHint));
  else if (figures) root.append(element("p", "country-tip-hint", text.clickHint));
  return root;
}

/** Popup body after a click: name, figures and a link to the country page (followed by `navigate`: client-side routing). */
export function popupElement(
  name: string,
  figures: CountryFigures | undefined,
  href: string,
  navigate: (href: string) => void,
  detail?: PopupDetail | null,
  lang: Lang = "fr",
): HTMLElement {
  const labels = labelsOf(lang);
  const root = element("div", "country-tip");
  root.append(element("strong", "country-tip-name", name));
  if (figures) root.append(figuresList(figures, lang));
  const link = element("a", "country-tip-link", labels.dashboard.map.countryPage);
  link.href = href;
  link.addEventListener("click", (event) => {
    // Let modified clicks open a new tab as usual.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  });
  root.append(link);
  if (detail) {
    const button = element("button", "fr-btn fr-btn--tertiary-no-outline fr-btn--sm detail-button country-tip-detail", labels.detail.button);
    button.type = "button";
    button.setAttribute("aria-label", detail.label);
    button.setAttribute("aria-haspopup", "dialog");
    button.dataset.detailId = detail.id;
    button.addEventListener("click", () => detail.open(button));
    root.append(button);
  }
  return root;
}

/** The popup's "Détail" button: its accessible name, the number's id, and what opens it. */
export interface PopupDetail {
  label: string;
  id: string;
  open: (from: HTMLElement) => void;
}
