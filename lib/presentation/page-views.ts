import "server-only";
import { atlasSource } from "../charts/standalone-style";
import type { ExportChart, ExportNotes, FigureItem } from "../export/types";
import { countryName } from "../countries";
import { formatsOf } from "../format";
import { type Lang, labelsOf } from "../labels";
import type { Partnership } from "../model";
import { filtersInWords } from "../panels/filters-in-words";
import { yearChart } from "../panels/tables";
import { fundingByYearAndCategory } from "../partnership/funding-years";
import { titleLines } from "../partnership/fiche-text";
import { findCountry } from "../profile/country";
import { loadProfileBase, yearBreakdown } from "../profile/load";
import type { ProfileEntity } from "../profile/scope";
import { findTheme } from "../profile/theme";
import { type ProfileFigures, profileTiles } from "../profile/tiles";
import { themeName } from "../i18n/theme-names";
import type { CountryFigures, QueryEngine } from "../query/engine";
import type { PageView } from "./views";
import { firstPartialYear, markPartialYears, partialYearNote } from "../charts/partial-year";
import type { YearSegments } from "../charts/stack";

/**
 * What a deck shows of a page (a country, an authority, a theme, a partnership): the notes every
 * slide has, the page's headline figures, and a chart (funding by year) or, for a country, the
 * map of its page. Computed as the page computes them (lib/profile loaders), from the same URL.
 */
export interface PageViewData {
  notes: ExportNotes;
  /** Shown above the chart; empty when the chart is the figures themselves. */
  headline: FigureItem[];
  chart: ExportChart;
  /** A country's map as its page draws it (every country of the filters, this one outlined). */
  map?: { countries: CountryFigures[]; focus: string; title: string; caption: string };
}

const labels = (lang: Lang) => labelsOf(lang).presentation;

/** A URL query as Next.js gives a page its searchParams, for the profile loaders. */
function rawParams(query: string): Record<string, string[]> {
  const raw: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(query)) raw[name] = [...(raw[name] ?? []), value];
  return raw;
}

/** The page's headline tiles (lib/profile/tiles.ts): a slide says what its page says. */
function headlineOf(figures: ProfileFigures, lang: Lang): FigureItem[] {
  return profileTiles(figures, lang).map(({ value, label }) => ({ value, label }));
}

function notesOf(engine: QueryEngine, lang: Lang, title: string, filters: string[], caption: string, demo = engine.generated): ExportNotes {
  return { title, filters, caption, source: atlasSource({ demo, lang }), datasetDate: engine.datasetMeta.updatedAt, licence: labelsOf(lang).licence, demo, lang };
}

/** A slide's funding by year, its partial years flagged (lib/charts/partial-year.ts) and said so in its notes. */
function yearsView(notes: ExportNotes, years: readonly YearSegments[], headline: FigureItem[], lang: Lang) {
  const marked = markPartialYears(years, firstPartialYear(notes.datasetDate));
  const note = partialYearNote(marked, notes.datasetDate, lang);
  return { notes: { ...notes, remarks: note ? [note] : [] }, ...chartOrFigures(yearChart(marked), headline) };
}

/** Funding by year as the chart, or the figures alone when there is no year to draw. */
function chartOrFigures(chart: ExportChart, headline: FigureItem[]): Pick<PageViewData, "chart" | "headline"> {
  const empty = chart.kind === "stacked-columns" && (chart.categories.length === 0 || chart.series.length === 0);
  return empty ? { chart: { kind: "figures", items: headline }, headline: [] } : { chart, headline };
}

function profileData(engine: QueryEngine, view: PageView, entity: ProfileEntity, name: string, lang: Lang): PageViewData {
  const base = loadProfileBase(engine, rawParams(view.query), entity, lang);
  const { filters } = base.scope;
  const applied = engine.describe(filters, lang);
  const { caption } = labelsOf(lang);
  const { integer: formatInteger, eurosCompact: formatEurosCompact, percent: formatPercent } = formatsOf(lang);
  const { summary } = base;
  const scope = applied.map((filter) => filter.label).join(", ");
  const sentence =
    summary.partnerships === 0
      ? caption.nothing(scope)
      : `${scope} : ${caption.partnerships(formatInteger(summary.partnerships), summary.partnerships > 1)}, ${
          summary.coverage.funded > 0 ? caption.declared(formatEurosCompact(summary.amount), formatPercent(summary.coverage.share)) : caption.noAmount
        }.`;
  const notes = notesOf(engine, lang, `${labels(lang).kinds[view.kind]}${lang === "fr" ? " : " : ": "}${name}`, filtersInWords(applied, filters, lang), sentence);
  const headline = headlineOf(base.figures, lang);
  if (entity.param === "country") {
    const map = {
      countries: engine.countries({ ...filters, country: [] }, lang),
      focus: entity.code,
      title: labels(lang).focusMap,
      caption: labels(lang).focusMapCaption(name),
    };
    return { notes, headline, chart: { kind: "picture" }, map };
  }
  return yearsView(notes, yearBreakdown(engine, filters, lang).columns, headline, lang);
}

const joined = (names: readonly string[]) => [...new Set(names)].join(", ");

function yearsOf(p: Partnership, lang: Lang): string | null {
  const start = p.startYear;
  const end = p.endDate ? Number(p.endDate.slice(0, 4)) : null;
  if (start === null) return end === null ? null : String(end);
  if (end === null) return p.status === "ongoing" ? labels(lang).partnership.since(start) : String(start);
  return end === start ? String(start) : `${start} – ${end}`;
}

function partnershipData(engine: QueryEngine, p: Partnership, lang: Lang): PageViewData {
  const text = labels(lang).partnership;
  const { filterNames, statuses } = labelsOf(lang);
  const formatEuros = formatsOf(lang).euros;
  const colon = lang === "fr" ? " : " : ": ";
  const french = joined(p.frenchAuthorities.map((a) => a.name));
  const foreign = joined(p.foreignPartners.map((f) => f.name));
  const countries = joined(p.foreignPartners.map((f) => (f.country ? countryName(f.country, lang, f.countryName) : f.countryName)));
  const amount = p.funding.reduce((sum, row) => sum + row.amount, 0);
  const years = yearsOf(p, lang);
  const filters = [
    ...(p.theme ? [`${filterNames.theme}${colon}${themeName(p.theme.theme, lang)}`] : []),
    ...(years ? [`${text.years}${colon}${years}`] : []),
    ...(p.status ? [`${filterNames.status}${colon}${statuses[p.status]}`] : []),
  ];
  const headline = [
    { value: french || "—", label: text.french },
    { value: foreign || "—", label: text.foreign },
    { value: countries || "—", label: text.country },
    { value: formatEuros(amount), label: text.amount },
  ];
  const caption = text.caption(french || "—", countries ? `${foreign || "—"} (${countries})` : foreign || "—", amount > 0 ? formatEuros(amount) : null);
  const notes = notesOf(engine, lang, titleLines(p.title).main, filters, caption, !p.source.real);
  return yearsView(notes, fundingByYearAndCategory(p.funding, lang), headline, lang);
}

/**
 * A page view's data, or null when the dataset has no such page (an unknown country, authority,
 * theme or partnership: its page would be a 404). A filter the dataset does not know is dropped,
 * as the page drops it.
 */
export function pageViewData(engine: QueryEngine, view: PageView, lang: Lang = "fr"): PageViewData | null {
  switch (view.kind) {
    case "country": {
      const country = findCountry(engine, view.key);
      return country && profileData(engine, view, { param: "country", code: country.code }, countryName(country.code, lang, country.name), lang);
    }
    case "authority": {
      const authority = engine.authority(view.key);
      return authority && profileData(engine, view, { param: "authority", key: view.key }, authority.name, lang);
    }
    case "theme": {
      const theme = findTheme(engine, view.key);
      return theme && profileData(engine, view, { param: "theme", slug: theme.key }, themeName(theme.label, lang), lang);
    }
    case "partnership": {
      const partnership = engine.get(view.key);
      return partnership && partnershipData(engine, partnership, lang);
    }
  }
}
