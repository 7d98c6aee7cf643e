"use client";
import useSWR from "swr";
import { ExportMenu } from "@/components/charts/ExportMenu";
import { CountryList, type PlaceListLabels } from "@/components/map/CountryList";
import { MapLegend } from "@/components/map/MapLegend";
import type { FrenchAreasBody } from "@/lib/api/responses";
import { type DashboardState, MAP_MEASURES, type MapMeasure, type UpdateState, dashboardQuery } from "@/lib/dashboard/state";
import { FRANCE_SHAPES_URL, type FranceShapes } from "@/lib/geo/france-shapes";
import type { Answer } from "@/lib/hooks/useApi";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { formatMeasure } from "@/lib/map/measures";
import { FRENCH_AREA_LEVELS, type FrenchAreaLevel } from "@/lib/query/param-names";
import { PanelError } from "../dashboard/PanelError";
import { DetailButton } from "../detail/DetailButton";
import { FranceMapSvg, franceLegend } from "./FranceMapSvg";
import "./france.css";

const LIST_ROWS = 15;

async function fetchShapes(url: string): Promise<FranceShapes> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return (await response.json()) as FranceShapes;
}

export interface FrancePanelProps {
  answer: Answer<FrenchAreasBody>;
  state: DashboardState;
  subtitle: string;
  update: UpdateState;
}

const toggled = (list: string[], code: string) => (list.includes(code) ? list.filter((c) => c !== code) : [...list, code]);

/**
 * The French side of the partnerships: the régions or départements of the French authorities
 * under the current filters, on a map and in a table. Picking an area filters the dashboard, so
 * the world map shows that area's partner countries; a country filter shows its French partners.
 */
export function FrancePanel({ answer, state, subtitle, update }: FrancePanelProps) {
  const { data, error, stale } = answer;
  const lang = useLang();
  const labels = useLabels();
  const text = labels.france;
  // The shapes are a static file: fetched once, after the first paint, and cached by the browser.
  const shapes = useSWR<FranceShapes, Error>(FRANCE_SHAPES_URL, fetchShapes, { revalidateOnFocus: false, revalidateIfStale: false });
  // Drawn at the level of the answer on screen: while the next level loads, the shapes match the figures.
  const level = data?.level ?? state.france;
  const areas = data?.areas ?? [];
  const selected = level === "region" ? state.frenchRegion : state.departement;
  const toggle = (code: string) =>
    update((s) => (level === "region" ? { frenchRegion: toggled(s.frenchRegion, code) } : { departement: toggled(s.departement, code) }));
  const title = text.title(level, state.map);
  const listLabels: PlaceListLabels = {
    caption: text.caption[level],
    column: text.column[level],
    unit: text.unit[level],
    empty: text.empty,
    more: (count) => text.more(count, level),
    rowData: "area",
  };
  return (
    <section id="france" className="panel map-panel fr-mb-3w" aria-labelledby="france-title">
      <div className="panel-head">
        <div>
          <h2 className="fr-h6 fr-mb-0" id="france-title">
            {title}
          </h2>
          <p className="fr-text--sm fr-mb-0 panel-subtitle">
            {subtitle}
            {selected.length > 0 ? text.facet : ""}
          </p>
        </div>
        <div className="map-controls">
          <ExportMenu panel="france" query={dashboardQuery(state)} title={title} anchor="france" />
          <div className="fr-select-group fr-mb-0">
            <label className="fr-label fr-text--sm" htmlFor="france-measure">
              {text.measure}
            </label>
            <select className="fr-select" id="france-measure" value={state.map} onChange={(e) => update({ map: e.target.value as MapMeasure })}>
              {MAP_MEASURES.map((m) => (
                <option key={m} value={m}>
                  {labels.mapMeasureChoices[m]}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="fr-segmented fr-segmented--sm">
            <legend className="fr-segmented__legend fr-text--sm">{text.levelLegend}</legend>
            <div className="fr-segmented__elements">
              {FRENCH_AREA_LEVELS.map((option: FrenchAreaLevel) => (
                <div key={option} className="fr-segmented__element">
                  <input
                    type="radio"
                    id={`france-level-${option}`}
                    name="france-level"
                    value={option}
                    checked={state.france === option}
                    // The other level's filter stays: a région and a département can be combined.
                    onChange={() => update({ france: option })}
                  />
                  <label className="fr-label" htmlFor={`france-level-${option}`}>
                    {text.levels[option]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      </div>
      <p className="fr-text--sm fr-mb-1w">{text.intro}</p>
      {error ? <PanelError error={error} /> : null}
      <div className="map-layout">
        <div className={`map-frame france-frame${stale ? " is-stale" : ""}`} aria-busy={stale || undefined}>
          {shapes.data ? (
            <FranceMapSvg shapes={shapes.data} level={level} areas={areas} measure={state.map} selected={selected} title={title} onSelect={toggle} lang={lang} />
          ) : shapes.error ? (
            <p className="fr-text--sm">{text.loadFailed}</p>
          ) : (
            <div className="france-placeholder" role="status">
              {text.loading}
            </div>
          )}
          {shapes.data ? <MapLegend {...franceLegend(shapes.data, level, areas, state.map, lang)} /> : null}
        </div>
        <div className="map-list">
          <CountryList
            id="liste-territoires"
            labels={listLabels}
            initialRows={LIST_ROWS}
            countries={areas}
            selected={selected}
            onSelectCountry={toggle}
            detail={(area) => <DetailButton detail={{ source: "france", key: area.code }} label={area.name} value={formatMeasure(state.map, area[state.map], lang)} iconOnly />}
          />
          <p className="fr-text--xs fr-mt-1w">{text.overlap}</p>
        </div>
      </div>
    </section>
  );
}
