import type { AggregateBody } from "../api/responses";
import { themeLevel } from "../dashboard/queries";
import type { DashboardState } from "../dashboard/state";
import { yearSeries } from "../dashboard/years";
import { formatsOf } from "../format";
import { isGroupKey } from "../keys";
import { type Lang, labelsOf } from "../labels";
import type { AppliedFilter } from "../query/describe";
import type { AreaFigures, CountryFigures } from "../query/engine";
import type { FrenchAreaLevel } from "../query/params";
import type { FilteredSummary } from "../query/summary";
import type { DashboardPanel } from "./dashboard-panels";

/** What a caption is computed from: the filters' labels, the headline figures, the panel's own answers. */
export interface CaptionInput {
  applied: readonly AppliedFilter[];
  summary: FilteredSummary;
  themes?: AggregateBody;
  financerCategories?: AggregateBody;
  financers?: AggregateBody;
  years?: AggregateBody;
  topCountries?: AggregateBody;
  topAuthorities?: AggregateBody;
  countries?: { countries: CountryFigures[] };
  france?: { level: FrenchAreaLevel; areas: AreaFigures[] };
}

/**
 * The view's sentence, in French, deterministic: who (the filters), how much (partnerships,
 * declared amounts and how many declare one), and what leads in the panel. E.g. "Sénégal, à partir
 * de 2015 : 184 partenariats, 12,4 M€ déclarés (montants connus pour 41 % d'entre eux) ; premier
 * thème : Environnement, Climat et Energie (38 %)." The chart's text alternative, the CSV's first
 * line, the slide's caption and speaker notes.
 */
export function captionOf(panel: DashboardPanel, input: CaptionInput, state: DashboardState, lang: Lang = "fr"): string {
  const { caption, dashboard } = labelsOf(lang);
  const { integer: formatInteger, eurosCompact: formatEurosCompact, percent: formatPercent } = formatsOf(lang);
  const scope = input.applied.length > 0 ? input.applied.map((a) => a.label).join(", ") : caption.everything;
  const { summary } = input;
  if (summary.partnerships === 0) return caption.nothing(scope);
  const figures = [
    caption.partnerships(formatInteger(summary.partnerships), summary.partnerships > 1),
    summary.coverage.funded > 0 ? caption.declared(formatEurosCompact(summary.amount), formatPercent(summary.coverage.share)) : caption.noAmount,
  ].join(", ");
  const lead = leadOf(panel, input, state, lang);
  return `${dashboard.pair(scope, figures)}${lead ? `${dashboard.listSeparator}${lead}` : ""}.`;
}

/** The panel's leading group and its weight, or null when it has none. */
function leadOf(panel: DashboardPanel, input: CaptionInput, state: DashboardState, lang: Lang): string | null {
  const { caption, dashboard } = labelsOf(lang);
  const { pair } = dashboard;
  const { integer: formatInteger, eurosCompact: formatEurosCompact, percent: formatPercent } = formatsOf(lang);
  const share = (body: AggregateBody | undefined, name: string) => {
    const first = body?.rows.find((row) => isGroupKey(row.key));
    if (!first || !body || body.total <= 0) return null;
    return pair(name, `${first.label} (${formatPercent(first.value / body.total)})`);
  };
  switch (panel) {
    case "themes":
      return share(input.themes, caption.first[themeLevel(state)]);
    case "financer-categories":
      return share(input.financerCategories, caption.first.financerCategory);
    case "financers":
      return share(input.financers, caption.first.financer);
    case "countries":
    case "authorities": {
      const body = panel === "countries" ? input.topCountries : input.topAuthorities;
      const first = body?.rows.find((row) => isGroupKey(row.key));
      if (!first) return null;
      const value = state.rank === "amount" ? formatEurosCompact(first.value) : caption.partnerships(formatInteger(first.value), first.value > 1);
      return pair(panel === "countries" ? caption.first.country : caption.first.authority, `${first.label} (${value})`);
    }
    case "years": {
      const { columns } = yearSeries(input.years?.rows ?? [], []);
      const best = columns.reduce<(typeof columns)[number] | null>((top, year) => (top === null || year.total > top.total ? year : top), null);
      return best && best.total > 0 ? pair(caption.first.year, `${best.year} (${formatEurosCompact(best.total)})`) : null;
    }
    case "france": {
      const areas = input.france?.areas ?? [];
      const first = [...areas].sort((a, b) => b.partnerships - a.partnerships || a.name.localeCompare(b.name, lang))[0];
      if (!first || !input.france) return null;
      return labelsOf(lang).france.lead(input.france.level, formatInteger(areas.length), first.name, caption.partnerships(formatInteger(first.partnerships), first.partnerships > 1));
    }
    case "map": {
      const countries = input.countries?.countries ?? [];
      const first = [...countries].sort((a, b) => b.partnerships - a.partnerships || a.name.localeCompare(b.name, lang))[0];
      if (!first) return null;
      return `${caption.countries(formatInteger(countries.length), countries.length > 1)}, ${pair(caption.first.country, `${first.name} (${caption.partnerships(formatInteger(first.partnerships), first.partnerships > 1)})`)}`;
    }
  }
}
