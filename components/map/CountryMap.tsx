"use client";

import { mapPreview } from "#map-preview";
import { useEffect, useMemo, useRef, useState } from "react";
import useSWR from "swr";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { BOUNDARIES_URL, LIGHT_BOUNDARIES_URL, boundariesUrlFor, fetchBoundaries } from "@/lib/map/boundaries";
import { describeMap } from "@/lib/map/describe";
import type { MapFraming } from "@/lib/map/framing-names";
import { type MapMeasure, type MapMode, measureScale } from "@/lib/map/measures";
import type { CountryFigures } from "@/lib/query/engine";
import type { PopupDetail } from "./countryTooltip";
import { requestLeaflet, requestLeafletWhenIdle, useLeaflet } from "./leafletLoader";
import { MapLegend } from "./MapLegend";
import { MapPreview } from "./MapPreview";
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

const SWR_STATIC = { revalidateIfStale: false, revalidateOnFocus: false, revalidateOnReconnect: false } as const;

/** Map of partner countries (choropleth or proportional circles) with its legend; the shapes are fetched once from public/geo. */
export function CountryMap(props: CountryMapProps) {
  const { countries, measure, mode, dimmed, listId, selected } = props;
  const lang = useLang();
  const text = useLabels().dashboard.map;
  // What the server drew (and the drawing still shows): once the figures differ, Leaflet is needed now.
  const framingName = props.framing?.name;
  const drawn = useRef({ countries, measure, mode, selected: selected.join(","), framingName });
  const stale =
    drawn.current.countries !== countries ||
    drawn.current.measure !== measure ||
    drawn.current.mode !== mode ||
    drawn.current.selected !== selected.join(",") ||
    drawn.current.framingName !== framingName;
  const target = { focus: props.focus, framing: framingName };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the server draws once, for the first paint
  const drawing = useMemo(() => mapPreview?.({ countries, measure, mode, selected, target }), []);
  useEffect(() => requestLeafletWhenIdle(), []);
  useEffect(() => {
    if (stale) requestLeaflet();
  }, [stale]);
  const { module: leafletModule, error: leafletError } = useLeaflet();
  const CountryMapLeaflet = leafletModule?.CountryMapLeaflet;
  // The light shapes frame the map and place its circles at every zoom; the detailed ones are drawn when zoomed in.
  const [zoom, setZoom] = useState(0);
  const [ready, setReady] = useState(false);
  const { data: light, error: lightError } = useSWR(leafletModule ? LIGHT_BOUNDARIES_URL : null, fetchBoundaries, SWR_STATIC);
  const { data: detailed } = useSWR(leafletModule && boundariesUrlFor(zoom) === BOUNDARIES_URL ? BOUNDARIES_URL : null, fetchBoundaries, SWR_STATIC);
  const error = lightError ?? leafletError;
  // The drawing stays until Leaflet shows the shapes for its zoom (a country's page opens zoomed in, on the detailed ones).
  const wantsDetail = boundariesUrlFor(zoom) === BOUNDARIES_URL;
  const takenOver = ready && (!wantsDetail || detailed !== undefined);
  const { scale, maxValue } = useMemo(() => measureScale(countries, measure), [countries, measure]);

  return (
    <div className={dimmed ? "country-map country-map--dimmed" : "country-map"} aria-busy={dimmed || undefined}>
      {listId ? (
        // Reaching the map by keyboard is an interaction with it too: its focusable shapes are Leaflet's.
        <a className="country-map-skip" href={`#${listId}`} onFocus={requestLeaflet}>
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
          {light && CountryMapLeaflet ? (
            <CountryMapLeaflet
              {...props}
              boundaries={(wantsDetail && detailed) || light}
              light={light}
              scale={scale}
              maxValue={maxValue}
              onZoom={setZoom}
              onReady={() => setReady(true)}
            />
          ) : null}
          {/* Over Leaflet until it has drawn, so that the switch shows no empty frame. */}
          {takenOver ? null : (
            <MapPreview
              drawing={drawing}
              countries={countries}
              selected={selected}
              lang={lang}
              stale={stale}
              onSelectCountry={props.onSelectCountry}
              onInteract={requestLeaflet}
            />
          )}
        </div>
      )}
      <MapLegend measure={measure} mode={mode} scale={scale} maxValue={maxValue} lang={lang} />
    </div>
  );
}
