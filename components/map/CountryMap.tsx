"use client";

import dynamic from "next/dynamic";
import { useMemo } from "react";
import useSWR, { preload } from "swr";
import { BOUNDARIES_URL, fetchBoundaries } from "@/lib/map/boundaries";
import { describeMap } from "@/lib/map/describe";
import { type MapMeasure, type MapMode, measureValue } from "@/lib/map/measures";
import { buildClassScale } from "@/lib/map/scales";
import type { CountryFigures } from "@/lib/query/engine";
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
}

// Leaflet reads `window` when imported: the map module is loaded in the browser only (STACK P4/P5),
// declared once at module scope so that it is not recreated on each render.
const loadLeaflet = () => import("./CountryMapLeaflet");
const CountryMapLeaflet = dynamic(() => loadLeaflet().then((module) => module.CountryMapLeaflet), {
  ssr: false,
  loading: () => <div className="country-map-canvas country-map-placeholder" />,
});

const SWR_STATIC = { revalidateIfStale: false, revalidateOnFocus: false, revalidateOnReconnect: false } as const;

// Leaflet's code and the shapes are fetched as soon as this module runs in the browser, in parallel
// with hydration, rather than one after the other once the map first renders.
if (typeof window !== "undefined") {
  void loadLeaflet();
  void preload(BOUNDARIES_URL, fetchBoundaries);
}

/** Map of partner countries (choropleth or proportional circles) with its legend; the shapes are fetched once from public/geo. */
export function CountryMap(props: CountryMapProps) {
  const { countries, measure, mode, dimmed, listId } = props;
  const { data: boundaries, error } = useSWR(BOUNDARIES_URL, fetchBoundaries, SWR_STATIC);
  // One scale for the map and its legend.
  const values = useMemo(() => countries.map((country) => measureValue(country, measure)), [countries, measure]);
  const scale = useMemo(() => buildClassScale(values), [values]);
  const maxValue = useMemo(() => Math.max(0, ...values), [values]);

  return (
    <div className={dimmed ? "country-map country-map--dimmed" : "country-map"} aria-busy={dimmed || undefined}>
      {listId ? (
        <a className="country-map-skip" href={`#${listId}`}>
          Passer la carte : aller à la liste des pays
        </a>
      ) : null}
      {error ? (
        <p className="country-map-canvas country-map-error" role="status">
          La carte n&apos;a pas pu être chargée. Les mêmes chiffres figurent dans la liste des pays.
        </p>
      ) : (
        <div className="country-map-frame" role="img" aria-label={describeMap(countries, measure, mode)}>
          {boundaries ? (
            <CountryMapLeaflet {...props} boundaries={boundaries} scale={scale} maxValue={maxValue} />
          ) : (
            <div className="country-map-canvas country-map-placeholder" />
          )}
        </div>
      )}
      <MapLegend measure={measure} mode={mode} scale={scale} maxValue={maxValue} />
    </div>
  );
}
