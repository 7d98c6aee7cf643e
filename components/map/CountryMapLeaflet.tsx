"use client";

import "leaflet/dist/leaflet.css";
import type { Feature } from "geojson";
import type {
  CircleMarker as LeafletCircleMarker,
  GeoJSON as LeafletGeoJSON,
  Layer,
  Map as LeafletMap,
  Path,
  PathOptions,
} from "leaflet";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CircleMarker, GeoJSON, MapContainer, Pane, ZoomControl, useMap } from "react-leaflet";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { labelPoints } from "@/lib/map/boundaries";
import type { LatLngBox } from "@/lib/map/focus";
import { framingBox } from "@/lib/map/framing";
import { FOCUS_MAX_ZOOM, MAP_ZOOM, MAX_BOUNDS, initialFrame } from "@/lib/map/map-view";
import type { CountryCollection } from "@/lib/map/geometry";
import { measureValue } from "@/lib/map/measures";
import { BASE_COUNTRY_COLOR, CIRCLE_COLOR, CIRCLE_OPACITY, type ClassScale, colorForValue, radiusScale } from "@/lib/map/scales";
import { MAP_STYLE, circleClass, countryClass } from "@/lib/map/style";
import type { CountryMapProps } from "./CountryMap";
import { type LiveProps, createCountryInteractions } from "./countryInteractions";

/** CountryMap's props plus what the wrapper computes once for the map and its legend. */
export interface CountryMapLeafletProps extends CountryMapProps {
  /** The shapes drawn: the light ones, or the detailed ones when zoomed in (lib/map/boundaries). */
  boundaries: CountryCollection;
  /** The light shapes: the boxes the map frames and its circles' places, at every zoom alike. */
  light: CountryCollection;
  scale: ClassScale;
  maxValue: number;
  /** Every zoom level the map settles at (the wrapper then picks the shapes). */
  onZoom: (zoom: number) => void;
  /** Once the shapes are drawn: the server's drawing over the map can go. */
  onReady: () => void;
}
// Shared with the SVG map (MapSvg), so that both draw the same outlines.
const BORDER: PathOptions = { ...MAP_STYLE.border };
const SELECTED: PathOptions = { ...MAP_STYLE.selected };
const CIRCLE_BORDER: PathOptions = { ...MAP_STYLE.circleBorder };

// Tooltips repeat the focused shape's name. The shapes' panes stay exposed: the focusable shapes
// are named buttons, and a focusable element must not sit in an aria-hidden subtree.
const hidePane = (pane: HTMLElement | null | undefined) => pane?.setAttribute("aria-hidden", "true");

/** Zooms on one country once the shapes are there; `center`/`zoom` props of MapContainer are read once only. */
function FitFocus({ boundaries, focus }: { boundaries: CountryCollection; focus: string }) {
  const map = useMap();
  useEffect(() => {
    const shape = boundaries.features.find((feature) => feature.id === focus);
    if (shape) map.fitBounds(initialFrame({ focus }, [], boundaries).box, { maxZoom: FOCUS_MAX_ZOOM });
  }, [map, boundaries, focus]);
  return null;
}

/**
 * Frames the map on a box (lib/map/framing.ts) and tells whether the user has moved it by hand
 * since: a drag, the zoom buttons, the keyboard, a popup or a focused shape panning into view. A
 * new framing or a new request frames again; a new box of the same framing (other data under the
 * default) only while the map has not been moved, so that a filter does not undo the user's view.
 * The fit is not animated: its move events then all fire within it, and are told from the user's.
 */
function FitFraming({ box, name, request, onMoved }: { box: LatLngBox; name: string; request: number; onMoved: (moved: boolean) => void }) {
  const map = useMap();
  const fitting = useRef(false);
  const moved = useRef(false);
  const report = useRef(onMoved);
  useEffect(() => {
    report.current = onMoved;
  });
  useEffect(() => {
    const onMoveStart = () => {
      if (fitting.current || moved.current) return;
      moved.current = true;
      report.current(true);
    };
    map.on("movestart", onMoveStart);
    return () => {
      map.off("movestart", onMoveStart);
    };
  }, [map]);
  const boxKey = box.flat().map((degrees) => degrees.toFixed(2)).join(",");
  const asked = useRef<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the box's value (boxKey), not by the array
  useEffect(() => {
    const ask = `${name}#${request}`;
    if (asked.current === ask && moved.current) return;
    asked.current = ask;
    fitting.current = true;
    try {
      map.fitBounds(box, { animate: false });
    } finally {
      fitting.current = false;
    }
    moved.current = false;
    report.current(false);
  }, [map, boxKey, name, request]);
  return null;
}

/** The Leaflet map itself: the only module importing leaflet / react-leaflet (loaded with ssr:false). */
export function CountryMapLeaflet(props: CountryMapLeafletProps) {
  const { boundaries, light, countries, measure, mode, selected, scale, maxValue, onZoom, onReady } = props;
  const router = useRouter();
  const mapRef = useRef<LeafletMap | null>(null);
  const lang = useLang();
  const text = useLabels().dashboard.map;
  const closeLabel = text.close;
  const geoJsonRef = useRef<LeafletGeoJSON | null>(null);
  const circleLayers = useRef(new Map<string, LeafletCircleMarker>());
  const byCode = useMemo(() => new Map(countries.map((country) => [country.code, country])), [countries]);
  // Keyed by value: the URL is parsed again on every change, giving a new array for the same
  // countries, and a new set would restyle all 237 shapes while the next answer loads.
  const selectedKey = selected.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by value (above), not by the array
  const selectedSet = useMemo(() => new Set(selected), [selectedKey]);
  const names = useMemo(() => new Map(light.features.map((country) => [country.id, country.properties.name])), [light]);
  const points = useMemo(() => labelPoints(light), [light]);
  const framingName = props.framing?.name;
  const framedBox = useMemo(() => (framingName ? framingBox(framingName, byCode.keys(), light) : null), [framingName, byCode, light]);
  // Where the map opens: what the server's drawing shows (lib/map/map-view.ts), read once by MapContainer.
  const [opening] = useState(() => initialFrame({ focus: props.focus, framing: framingName }, byCode.keys(), light));

  const current: LiveProps = { byCode, selected: selectedSet, names, mode, onSelectCountry: props.onSelectCountry, countryHref: props.countryHref, navigate: router.push, detail: props.detail, lang };
  const live = useRef(current);
  useEffect(() => {
    live.current = current;
  });
  const interact = useMemo(() => createCountryInteractions(live, () => mapRef.current, points), [points]);

  const style = useCallback(
    (feature?: Feature): PathOptions => {
      const code = String(feature?.id ?? "");
      const figures = byCode.get(code);
      const fillColor = mode === "circles" ? BASE_COUNTRY_COLOR : colorForValue(scale, figures && measureValue(figures, measure));
      // className is only read when the path is created: a stable test hook, not a style.
      return { className: countryClass(code), fillColor, fillOpacity: 1, ...(selectedSet.has(code) ? SELECTED : BORDER) };
    },
    [byCode, measure, mode, scale, selectedSet],
  );
  const onEachFeature = useCallback((feature: Feature, layer: Layer) => interact.bind(String(feature.id ?? ""), layer as Path, "path"), [interact]);

  const radius = useMemo(() => radiusScale(maxValue), [maxValue]);
  const circles = useMemo(() => {
    if (mode !== "circles") return [];
    return countries
      .map((country) => ({ code: country.code, center: points.get(country.code), value: measureValue(country, measure) }))
      .filter((circle): circle is { code: string; center: [number, number]; value: number } => circle.center !== undefined && circle.value > 0)
      .sort((a, b) => b.value - a.value);
  }, [countries, measure, mode, points]);

  // One stable ref callback per circle code: binds the layer (once), forgets it on unmount.
  const circleRefs = useRef(new Map<string, (layer: LeafletCircleMarker | null) => void>());
  const circleRef = (code: string) => {
    let ref = circleRefs.current.get(code);
    if (!ref) {
      ref = (layer) => {
        if (!layer) {
          circleLayers.current.delete(code);
          return;
        }
        interact.bind(code, layer, "circle");
        circleLayers.current.set(code, layer);
      };
      circleRefs.current.set(code, ref);
    }
    return ref;
  };

  // After a change of data, mode, selection or shapes: Tab order, outlines on top, small circles over large ones.
  // biome-ignore lint/correctness/useExhaustiveDependencies: byCode, mode and boundaries are the triggers: Leaflet restyles (or redraws) its layers on their change, and their order must be set again after it
  useEffect(() => {
    geoJsonRef.current?.eachLayer((layer) => {
      const path = layer as Path & { feature?: Feature };
      const code = String(path.feature?.id ?? "");
      interact.syncFocus(code, path, "path");
      if (selectedSet.has(code)) path.bringToFront(); // the dark outline over the neighbours' white borders
    });
    for (const { code } of circles) circleLayers.current.get(code)?.bringToFront();
  }, [byCode, circles, interact, mode, selectedSet, boundaries]);

  // The shapes are on the map once the GeoJSON layer is: drawn in the next frame.
  const readyRef = useRef(onReady);
  readyRef.current = onReady;
  useEffect(() => {
    const frame = requestAnimationFrame(() => readyRef.current());
    return () => cancelAnimationFrame(frame);
  }, []);

  const zoomRef = useRef(onZoom);
  zoomRef.current = onZoom;
  const onMap = useCallback((map: LeafletMap | null) => {
    mapRef.current = map;
    if (!map) return;
    hidePane(map.getPane("tooltipPane"));
    zoomRef.current(map.getZoom());
    map.on("zoomend", () => zoomRef.current(map.getZoom()));
    // Leaflet labels its popup close button in English.
    map.on("popupopen", (event) => event.popup.getElement()?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", closeLabel));
  }, [closeLabel]);

  return (
    <MapContainer
      ref={onMap}
      className="country-map-canvas"
      bounds={opening.box}
      boundsOptions={opening.fitMaxZoom === undefined ? undefined : { maxZoom: opening.fitMaxZoom }}
      maxBounds={MAX_BOUNDS}
      maxBoundsViscosity={1}
      worldCopyJump={false}
      scrollWheelZoom={false}
      zoomSnap={MAP_ZOOM.snap}
      minZoom={MAP_ZOOM.minZoom}
      maxZoom={MAP_ZOOM.maxZoom}
      attributionControl={false}
      zoomControl={false}
    >
      <ZoomControl position="topleft" zoomInTitle={text.zoomIn} zoomOutTitle={text.zoomOut} />
      {/* Re-keyed only if the geometry changes: `data` and `onEachFeature` are read once (STACK P15). */}
      <GeoJSON key={boundaries === light ? "light" : "detailed"} ref={geoJsonRef} data={boundaries} style={style} onEachFeature={onEachFeature} />
      {props.focus ? <FitFocus boundaries={light} focus={props.focus} /> : null}
      {props.framing && framedBox ? <FitFraming box={framedBox} name={props.framing.name} request={props.framing.request} onMoved={props.framing.onMoved} /> : null}
      <Pane name="country-circles" style={{ zIndex: 450 }}>
        {circles.map(({ code, center, value }) => (
          <CircleMarker
            key={code}
            ref={circleRef(code)}
            center={center}
            radius={radius(value)}
            // A constructor option: react-leaflet applies pathOptions with setStyle, which ignores className.
            className={circleClass(code)}
            pathOptions={{
              fillColor: CIRCLE_COLOR,
              fillOpacity: CIRCLE_OPACITY,
              ...(selectedSet.has(code) ? SELECTED : CIRCLE_BORDER),
            }}
          />
        ))}
      </Pane>
    </MapContainer>
  );
}
