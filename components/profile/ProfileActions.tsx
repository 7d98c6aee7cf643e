import Link from "next/link";
import { AddToDeckButton, type AddToDeckButtonProps } from "@/components/presentation/AddToDeckButton";
import { dashboardHref, listHref } from "@/lib/pages/links";
import { seeAllLabel } from "@/lib/profile/labels";

export interface ProfileActionsProps {
  /** Partnerships in the page's scope. */
  partnerships: number;
  /** The dashboard query of the page's scope (the user's filters plus the entity). */
  scopeQuery: string;
  /** The page as a view of a presentation. */
  deckView: AddToDeckButtonProps;
}

/** The page's ways on: the list of its partnerships, the dashboard filtered on its entity, the presentation. */
export function ProfileActions({ partnerships, scopeQuery, deckView }: ProfileActionsProps) {
  const seeAll = seeAllLabel(partnerships);
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
      {seeAll ? (
        <li>
          <Link className="fr-btn" href={listHref(scopeQuery)}>
            {seeAll}
          </Link>
        </li>
      ) : null}
      <li>
        <Link className="fr-btn fr-btn--secondary" href={dashboardHref(scopeQuery)}>
          Voir sur le tableau de bord
        </Link>
      </li>
      <li>
        <AddToDeckButton {...deckView} />
      </li>
    </ul>
  );
}
