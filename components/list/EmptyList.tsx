import Link from "next/link";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { type DashboardState, hasFilters } from "@/lib/dashboard/state";
import { listPageHref, noFiltersQuery, noSearchQuery } from "@/lib/list/links";
import type { ListOptions } from "@/lib/list/params";

export interface EmptyListProps {
  state: DashboardState;
  options: ListOptions;
  lang?: Lang;
}

/** The DSFR callout of a list without results, with the ways out (drop the search, drop every filter). */
export function EmptyList({ state, options, lang = "fr" }: EmptyListProps) {
  const text = labelsOf(lang).pages.list.empty;
  const first = { ...options, page: 1 };
  if (!hasFilters(state)) {
    return (
      <div className="fr-callout fr-mb-3w">
        <h2 className="fr-callout__title fr-h6">{text.noneTitle}</h2>
        <p className="fr-callout__text fr-text--sm">{text.noneText}</p>
      </div>
    );
  }
  return (
    <div className="fr-callout fr-mb-3w">
      <h2 className="fr-callout__title fr-h6">{text.title}</h2>
      <p className="fr-callout__text fr-text--sm">{text.text}</p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-mt-2w">
        {state.q ? (
          <li>
            <Link className="fr-btn fr-btn--secondary" href={withLang(listPageHref(noSearchQuery(state), first), lang)}>
              {text.removeSearch(state.q)}
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="fr-btn" href={withLang(listPageHref(noFiltersQuery(state), first), lang)}>
            {text.removeAll}
          </Link>
        </li>
      </ul>
    </div>
  );
}
