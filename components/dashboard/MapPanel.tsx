"use client";
import { useState } from "react";
import { ExportMenu } from "@/components/charts/ExportMenu";
import { CountryList } from "@/components/map/CountryList";
import { CountryMap } from "@/components/map/CountryMap";
import { MapFramingButtons } from "@/components/map/MapFramingButtons";
import type { CountriesBody } from "@/lib/api/responses";
import { type DashboardState, MAP_MEASURES, type MapMeasure, type UpdateState, dashboardQuery } from "@/lib/dashboard/state";
import { countryHref } from "@/lib/pages/links";
import type { Answer } from "@/lib/hooks/useApi";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { withLang } from "@/lib/i18n/lang";
import type { MapFraming } from "@/lib/map/framing-names";
import { formatMeasure } from "@/lib/map/measures";
import { detailId } from "@/lib/detail/state";
import { DetailButton } from "../detail/DetailButton";
import { useOpenDetail } from "../detail/DetailContext";
import { PanelError } from "./PanelError";

// The list's box shows about ten rows; the other 130 (a thousand DOM nodes, half the page) are
// rendered when asked for, which halves the page's HTML, style and hydration work on first load.
const LIST_ROWS = 15;

export interface MapPanelProps {
  answer: Answer<CountriesBody>;
  state: DashboardState;
  subtitle: string;
  update: UpdateState;
}

/** Partner countries on a map, and the same figures as a sortable list (the keyboard way through it). */
export function MapPanel({ answer, state, subtitle, update }: MapPanelProps) {
  const { data, error, stale } = answer;
  const countries = data?.countries ?? [];
  const query = dashboardQuery(state);
  const lang = useLang();
  const labels = useLabels();
  const text = labels.dashboard.map;
  const hrefOf = (code: string) => withLang(countryHref(code, query), lang);
  const openDetail = useOpenDetail();
  // The map's number of a country is its figure under the map's measure: what the detail explains.
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const popupDetail = (code: string) => {
    const country = byCode.get(code);
    if (!openDetail || !country) return null;
    const detail = { source: "map" as const, key: code };
    return { id: detailId(detail), label: labels.detail.buttonLabel(country.name, formatMeasure(state.map, country[state.map], lang)), open: (from: HTMLElement) => openDetail(detail, from) };
  };
  // The framing is in the URL (mapView); a view moved by hand is not: the buttons then show none
  // pressed, the URL keeps the last framing, and pressing it again (a new request) frames anew.
  const [moved, setMoved] = useState(false);
  const [request, setRequest] = useState(0);
  const frame = (framing: MapFraming) => {
    if (framing === state.mapView) setRequest((n) => n + 1);
    else update({ mapView: framing });
  };
  const toggleCountry = (code: string) =>
    update((s) => ({ country: s.country.includes(code) ? s.country.filter((c) => c !== code) : [...s.country, code] }));
  return (
    <section id="map" className="panel map-panel fr-mb-3w" aria-labelledby="map-title">
      <div className="panel-head">
        <div>
          <h2 className="fr-h6 fr-mb-0" id="map-title">
            {labels.panels.map(state.map)}
          </h2>
          <p className="fr-text--sm fr-mb-0 panel-subtitle">
            {subtitle}
            {state.country.length > 0 ? text.facet : ""}
          </p>
        </div>
        <div className="map-controls">
          <ExportMenu panel="map" query={query} title={labels.panels.map(state.map)} anchor="map" />
          <div className="fr-select-group fr-mb-0">
            <label className="fr-label fr-text--sm" htmlFor="map-measure">
              {text.measure}
            </label>
            <select className="fr-select" id="map-measure" value={state.map} onChange={(e) => update({ map: e.target.value as MapMeasure })}>
              {MAP_MEASURES.map((m) => (
                <option key={m} value={m}>
                  {labels.mapMeasureChoices[m]}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="fr-segmented fr-segmented--sm">
            <legend className="fr-segmented__legend fr-text--sm">{text.mode}</legend>
            <div className="fr-segmented__elements">
              {(["choropleth", "circles"] as const).map((mode) => (
                <div key={mode} className="fr-segmented__element">
                  <input
                    type="radio"
                    id={`map-mode-${mode}`}
                    name="map-mode"
                    value={mode}
                    checked={state.mapMode === mode}
                    onChange={() => update({ mapMode: mode })}
                  />
                  <label className="fr-label" htmlFor={`map-mode-${mode}`}>
                    {text.modes[mode]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      </div>
      {error ? <PanelError error={error} /> : null}
      {data !== undefined && countries.length === 0 ? (
        <p className="fr-text--sm empty-state" role="status">
          {text.empty}
        </p>
      ) : null}
      <div className="map-layout">
        <div className="map-frame">
          <MapFramingButtons pressed={moved ? null : state.mapView} onFrame={frame} />
          <CountryMap
            countries={countries}
            measure={state.map}
            mode={state.mapMode}
            selected={state.country}
            onSelectCountry={toggleCountry}
            dimmed={stale}
            listId="liste-pays"
            countryHref={hrefOf}
            detail={popupDetail}
            framing={{ name: state.mapView, request, onMoved: setMoved }}
          />
        </div>
        <div className="map-list">
          <CountryList id="liste-pays" initialRows={LIST_ROWS} countries={countries} selected={state.country} onSelectCountry={toggleCountry} countryHref={hrefOf}
            detail={(country) => <DetailButton detail={{ source: "map", key: country.code }} label={country.name} value={formatMeasure(state.map, country[state.map], lang)} iconOnly />}
          />
        </div>
      </div>
    </section>
  );
}
