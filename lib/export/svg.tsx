import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ReactElement } from "react";
import { BarChartDocument } from "@/components/charts/BarChartSvg";
import { YearChartDocument } from "@/components/charts/YearChartDocument";
import { FranceMapSvg } from "@/components/france/FranceMapSvg";
import { MapSvg } from "@/components/map/MapSvg";
import { firstPartialYear, partialYearNote } from "../charts/partial-year";
import { singleYear } from "../dashboard/time";
import { yearSeries } from "../dashboard/years";
import { loadFranceShapes } from "../geo/load-france-shapes";
import { formatsOf } from "../format";
import { OTHERS_KEY } from "../keys";
import { labelsOf } from "../labels";
import { BOUNDARIES_URL } from "../map/boundaries";
import { framingBox } from "../map/framing";
import type { CountryCollection } from "../map/geometry";
import type { FinancerCategory } from "../model";
import { FINANCER_CATEGORY_COLORS, OTHERS_COLOR } from "../scales";
import { renderMarkup } from "./markup";
import { type PanelData, sourceLine } from "./view";

/** Width of an exported drawing, in px (its PNG is rendered at 2×). */
export const EXPORT_WIDTH = 800;

let boundaries: CountryCollection | undefined;

/** The map's shapes, read once per process from the asset the browser map fetches. */
export function mapBoundaries(): CountryCollection {
  boundaries ??= JSON.parse(readFileSync(path.join(process.cwd(), "public", BOUNDARIES_URL), "utf8")) as CountryCollection;
  return boundaries;
}

/** The standalone SVG document of a dashboard panel: the page's chart component, drawn as a file. */
export function panelSvg(data: PanelData): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderMarkup(panelDocument(data))}`;
}

/** The standalone document of a dashboard panel as React elements (a file, or inline in a page). */
export function panelDocument({ panel, state, parts, figures, notes }: PanelData): ReactElement {
  const standalone = { caption: notes.caption, source: sourceLine(notes) };
  const lang = notes.lang ?? "fr";
  const { eurosCompact: formatEurosCompact, integer: formatInteger } = formatsOf(lang);
  // A file has room for whole names: the page's third of the width would cut most themes and financers.
  const common = { title: figures.title, standalone, width: EXPORT_WIDTH, responsive: false, lang };
  const bars = { ...common, labelWidth: 300, valueWidth: 90 };
  switch (panel) {
    case "map": {
      const countries = parts.countries?.countries ?? [];
      // Framed as the page's map is (mapView): a region's box, or every country with data.
      const box = framingBox(state.mapView, countries.map((country) => country.code), mapBoundaries());
      return (
        <MapSvg
          boundaries={mapBoundaries()}
          countries={countries}
          box={box}
          measure={state.map}
          mode={state.mapMode}
          selected={state.country}
          title={figures.title}
          width={EXPORT_WIDTH}
          standalone={standalone}
          lang={lang}
        />
      );
    }
    case "france": {
      const body = parts.france;
      const level = body?.level ?? state.france;
      return (
        <FranceMapSvg
          shapes={loadFranceShapes()}
          level={level}
          areas={body?.areas ?? []}
          measure={state.map}
          selected={level === "region" ? state.frenchRegion : state.departement}
          title={figures.title}
          width={EXPORT_WIDTH}
          standalone={standalone}
          lang={lang}
        />
      );
    }
    case "years": {
      const { columns, line } = yearSeries(parts.years?.rows ?? [], parts.activeYears?.rows ?? [], firstPartialYear(notes.datasetDate));
      return (
        <YearChartDocument
          {...common}
          years={columns}
          partialNote={partialYearNote(columns, notes.datasetDate, lang)}
          line={{ label: labelsOf(lang).columns.activePartnerships, points: line }}
          formatValue={formatEurosCompact}
          selectedYear={singleYear(state)}
        />
      );
    }
    case "countries":
    case "authorities": {
      const body = panel === "countries" ? parts.topCountries : parts.topAuthorities;
      const byAmount = state.rank === "amount";
      const rows = (body?.rows ?? []).filter((row) => row.key !== OTHERS_KEY);
      return <BarChartDocument {...bars} rows={rows} formatValue={byAmount ? formatEurosCompact : formatInteger} />;
    }
    case "financer-categories":
      return (
        <BarChartDocument
          {...bars}
          rows={parts.financerCategories?.rows ?? []}
          formatValue={formatEurosCompact}
          color={(row) => FINANCER_CATEGORY_COLORS[row.key as FinancerCategory] ?? OTHERS_COLOR}
        />
      );
    case "financers":
      return <BarChartDocument {...bars} rows={parts.financers?.rows ?? []} formatValue={formatEurosCompact} />;
    case "themes":
      return <BarChartDocument {...bars} rows={parts.themes?.rows ?? []} formatValue={formatEurosCompact} formatTick={formatEurosCompact} />;
  }
}
