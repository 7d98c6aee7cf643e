"use client";

import { useMemo, useSyncExternalStore } from "react";
import useSWR, { preload } from "swr";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { BOUNDARIES_URL, fetchBoundaries } from "@/lib/map/boundaries";
import { describeMap } from "@/lib/map/describe";
import type { MapFraming } from "@/lib/map/framing-names";
import { type MapMeasure, type MapMode, measureScale } from "@/lib/map/measures";
import type { CountryFigures } from "@/lib/query/engine";
import type { PopupDetail } from "./countryTooltip";
import { MapLegend } from "./MapLegend";
import "./map.css";

export type { MapMeasure, MapMode };

export interface CountryMapProps {
  /** Countries with at least one partnership under the current filters. */
  countries: CountryFigures[];
  measure: MapMeasure;
  mode: MapMode;
  /** ISO codes currently in the country filter: outlined. */
  selected: string[];
  /** A click (or Enter) on a country or its circle. */
  onSelectCountry: (code: string) => void;
  /** Optional: href of a country page, offered as "Voir la fiche pays" in the popup after a click. */
  countryHref?: (code: string) => string;
  /** True while new data loads: the previous map stays, at reduced opacity. */
  dimmed?: boolean;
  /** Optional: id of the countries list (CountryList's `id`), for a "skip the map" link before it. */
  listId?: string;
  /** Optional: ISO code of a country to zoom on when the map opens (a country's own page). */
  focus?: string;
  /** Optional: the "Détail" of a country's number, a button of its popup after a click. */
  detail?: (code: string) => PopupDetail | null;
  /**
   * Optional: where the map looks (lib/map/framing.ts), framed again when it changes, when its box
   * does (other data under `world`) unless the user has moved the map since, and when `request`
   * changes (the same framing asked for again). `onMoved` says whether the user has moved the map
   * by hand since the last framing (true) or it has just been framed (false).
   */
  framing?: { name: MapFraming; request: number; onMoved: (moved: boolean) => void };
}

// Leaflet reads `window` when imported: the map module is loaded in the browser only (STACK P4/P5).
// Its code and the shapes are fetched as soon as this module runs in the browser, in parallel with
// hydration, rather than one after the other once the map first renders.
type LeafletModule = typeof import("./CountryMapLeaflet");
let leaflet: { module?: LeafletModule; error?: unknown } = {};
const leafletListeners = new Set<() => void>();
if (typeof window !== "undefined") {
  import("./CountryMapLeaflet").then(
    (module) => (leaflet = { module }),
    (error: unknown) => (leaflet = { error }),
  ).finally(() => {
    for (const listener of leafletListeners) listener();
  });
  void preload(BOUNDARIES_URL, fetchBoundaries);
}
const subscribeLeaflet = (listener: () => void) => {
  leafletListeners.add(listener);
  return () => leafletListeners.delete(listener);
};
const NOT_LOADED = {};

/**
 * The Leaflet module once it is loaded (nothing on the server and while hydrating). Not next/dynamic
 * (React.lazy): a boundary that suspended is revealed at most every 300 ms (React's fallback
 * throttle), which delayed the map's first draw by up to that much after its code had arrived.
 */
function useLeaflet(): { module?: LeafletModule; error?: unknown } {
  return useSyncExternalStore(subscribeLeaflet, () => leaflet, () => NOT_LOADED);
}

const SWR_STATIC = { revalidateIfStale: false, revalidateOnFocus: false, revalidateOnReconnect: false } as const;

/** Map of partner countries (choropleth or proportional circles) with its legend; the shapes are fetched once from public/geo. */
export function CountryMap(props: CountryMapProps) {
  const { countries, measure, mode, dimmed, listId } = props;
  const lang = useLang();
  const text = useLabels().dashboard.map;
  const { data: boundaries, error: boundariesError } = useSWR(BOUNDARIES_URL, fetchBoundaries, SWR_STATIC);
  const { module: leafletModule, error: leafletError } = useLeaflet();
  const error = boundariesError ?? leafletError;
  const CountryMapLeaflet = leafletModule?.CountryMapLeaflet;
  const { scale, maxValue } = useMemo(() => measureScale(countries, measure), [countries, measure]);

  return (
    <div className={dimmed ? "country-map country-map--dimmed" : "country-map"} aria-busy={dimmed || undefined}>
      {listId ? (
        <a className="country-map-skip" href={`#${listId}`}>
          {text.skip}
        </a>
      ) : null}
      {/* The frame is a group, not an image: it holds the zoom buttons and the focusable countries,
          which an image's content would hide from assistive technologies (nested interactive controls). */}
      {error ? (
        <p className="country-map-canvas country-map-error" role="status">
          {text.loadFailed}
        </p>
      ) : (
        // biome-ignore lint/a11y/useSemanticElements: a <fieldset> groups form fields; this groups a map's buttons under its description
        <div className="country-map-frame" role="group" aria-label={describeMap(countries, measure, mode, lang)}>
          {boundaries && CountryMapLeaflet ? (
            <CountryMapLeaflet {...props} boundaries={boundaries} scale={scale} maxValue={maxValue} />
          ) : (
            <div className="country-map-canvas country-map-placeholder" />
          )}
        </div>
      )}
      <MapLegend measure={measure} mode={mode} scale={scale} maxValue={maxValue} lang={lang} />
    </div>
  );
}
