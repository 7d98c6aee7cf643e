import type { FrenchAreasBody } from "../api/responses";
import type { DashboardState } from "../dashboard/state";
import { type Lang, labelsOf } from "../labels";
import { sortCountries } from "../map/sortCountries";
import type { PanelFigures } from "./tables";

/** The France map's figures: every région or département with data, most partnerships first. */
export function franceFigures(body: FrenchAreasBody | undefined, state: DashboardState, lang: Lang): PanelFigures {
  const labels = labelsOf(lang);
  const level = body?.level ?? state.france;
  const areas = sortCountries(body?.areas ?? [], "partnerships", "descending");
  return {
    title: labels.france.title(level, state.map),
    table: {
      columns: [
        { key: "code", label: labels.france.codeColumn, kind: "text" },
        { key: "name", label: labels.france.column[level], kind: "text" },
        { key: "partnerships", label: labels.measures.partnerships, kind: "integer" },
        { key: "amount", label: labels.measures.amount, kind: "euros" },
        { key: "frenchAuthorities", label: labels.measures.frenchAuthorities, kind: "integer" },
      ],
      rows: areas.map((a) => ({ code: a.code, name: a.name, partnerships: a.partnerships, amount: a.amount, frenchAuthorities: a.frenchAuthorities })),
    },
    chart: { kind: "picture" },
  };
}
