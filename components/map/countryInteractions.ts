import type { LatLngExpression, LeafletMouseEvent, Map as LeafletMap, Path, TooltipOptions } from "leaflet";
import type { Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { MAP_MEASURES, type MapMode, formatMeasure, measureLabels } from "@/lib/map/measures";
import type { CountryFigures } from "@/lib/query/engine";
import { type PopupDetail, popupElement, tooltipElement } from "./countryTooltip";
import { type ShapeKeyboardHandlers, setShapeFocusable } from "./focusableShape";

/** The latest props, read by the Leaflet handlers that are bound once per layer (STACK P15). */
export interface LiveProps {
  byCode: Map<string, CountryFigures>;
  selected: Set<string>;
  /** Names from the boundaries file, for countries without figures. */
  names: Map<string, string>;
  mode: MapMode;
  onSelectCountry: (code: string) => void;
  countryHref?: (code: string) => string;
  navigate: (href: string) => void;
  /** The "Détail" of a country's number, offered in its popup (the dashboard's map only). */
  detail?: (code: string) => PopupDetail | null;
  lang: Lang;
}

/** A country shape: its choropleth path, or its proportional circle. */
export type ShapeKind = "path" | "circle";

/** Tooltip, click and keyboard behaviour shared by country paths and circles. */
export interface CountryInteractions {
  /** Binds tooltip, click and keyboard access to a shape (once per layer; later calls do nothing). */
  bind: (code: string, layer: Path, kind: ShapeKind) => void;
  /** Puts the shape in or out of the Tab order from the live props (only countries with data are focusable). */
  syncFocus: (code: string, layer: Path, kind: ShapeKind) => void;
}

/** A focusable shape's name: the country and the tooltip's figures ("Maroc : Partenariats 334, …"). */
function shapeName(name: string, figures: CountryFigures | undefined, lang: Lang): string {
  if (!figures) return name;
  return labelsOf(lang).dashboard.pair(name, MAP_MEASURES.map((measure) => `${measureLabels(lang)[measure]} ${formatMeasure(measure, figures[measure], lang)}`).join(", "));
}

const TOOLTIP: TooltipOptions = { sticky: true, direction: "top", offset: [0, -10], opacity: 1, className: "country-map-tooltip" };

/** Interactions reading `live` at event time; `points` are the countries' label points ([lat, lng]). */
export function createCountryInteractions(
  live: { readonly current: LiveProps },
  getMap: () => LeafletMap | null,
  points: Map<string, [number, number]>,
): CountryInteractions {
  const nameOf = (code: string) => live.current.byCode.get(code)?.name ?? live.current.names.get(code) ?? code;

  const activate = (code: string, layer: Path, latlng: LatLngExpression) => {
    const { byCode, selected, onSelectCountry, countryHref, navigate, detail, lang } = live.current;
    const figures = byCode.get(code);
    if (!figures && !selected.has(code)) return; // nothing to filter on
    layer.closeTooltip();
    onSelectCountry(code);
    if (countryHref) getMap()?.openPopup(popupElement(nameOf(code), figures, countryHref(code), navigate, figures ? detail?.(code) : null, lang), latlng, { className: "country-map-popup" });
  };

  const keyboard = (code: string, layer: Path): ShapeKeyboardHandlers => ({
    focus: () => {
      const map = getMap();
      const point = points.get(code);
      if (!map || !point) return;
      // Focusing an off-screen SVG shape scrolls Leaflet's overflow:hidden container: undo it, pan instead.
      map.getContainer().scrollTop = 0;
      map.getContainer().scrollLeft = 0;
      if (!map.getBounds().contains(point)) map.panTo(point);
      layer.openTooltip(point); // at the label point, not the bounding box centre (France + Guiana)
    },
    activate: () => activate(code, layer, points.get(code) ?? [0, 0]),
    dismiss: () => {
      layer.closeTooltip();
      getMap()?.closePopup();
    },
  });

  const syncFocus = (code: string, layer: Path, kind: ShapeKind) => {
    const { mode, byCode, selected } = live.current;
    const focusable = kind === "circle" || (mode === "choropleth" && byCode.has(code));
    const state = focusable ? { name: shapeName(nameOf(code), byCode.get(code), live.current.lang), pressed: selected.has(code) } : null;
    setShapeFocusable(layer.getElement(), state, keyboard(code, layer));
  };

  const bound = new WeakSet<Path>();
  const bind = (code: string, layer: Path, kind: ShapeKind) => {
    // Twice would toggle the selection twice per click (StrictMode calls ref callbacks twice).
    if (bound.has(layer)) return;
    bound.add(layer);
    const tooltip = () => tooltipElement(nameOf(code), live.current.byCode.get(code), live.current.selected.has(code), live.current.lang);
    layer.bindTooltip(tooltip, TOOLTIP);
    layer.on("click", (event: LeafletMouseEvent) => activate(code, layer, event.latlng));
    // Every (re)insertion creates a new SVG element (React StrictMode re-adds layers in development).
    layer.on("add", () => syncFocus(code, layer, kind));
  };

  return { bind, syncFocus };
}
