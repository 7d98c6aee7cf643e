import Link from "next/link";
import { type DashboardState, hasFilters } from "@/lib/dashboard/state";
import { listPageHref, noFiltersQuery, noSearchQuery } from "@/lib/list/links";
import type { ListOptions } from "@/lib/list/params";

export interface EmptyListProps {
  state: DashboardState;
  options: ListOptions;
}

/** The DSFR callout of a list without results, with the ways out (drop the search, drop every filter). */
export function EmptyList({ state, options }: EmptyListProps) {
  const first = { ...options, page: 1 };
  if (!hasFilters(state)) {
    return (
      <div className="fr-callout fr-mb-3w">
        <h2 className="fr-callout__title fr-h6">Aucun partenariat</h2>
        <p className="fr-callout__text fr-text--sm">Le jeu de données ne contient aucun partenariat.</p>
      </div>
    );
  }
  return (
    <div className="fr-callout fr-mb-3w">
      <h2 className="fr-callout__title fr-h6">Aucun partenariat ne correspond à ces filtres</h2>
      <p className="fr-callout__text fr-text--sm">Retirez un filtre ou élargissez la période pour retrouver des partenariats.</p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-mt-2w">
        {state.q ? (
          <li>
            <Link className="fr-btn fr-btn--secondary" href={listPageHref(noSearchQuery(state), first)}>
              Retirer la recherche « {state.q} »
            </Link>
          </li>
        ) : null}
        <li>
          <Link className="fr-btn" href={listPageHref(noFiltersQuery(state), first)}>
            Retirer tous les filtres
          </Link>
        </li>
      </ul>
    </div>
  );
}
