import Link from "next/link";
import type { AddToDeckButtonProps } from "@/components/presentation/AddToDeckButton";
import { AddToDeckButton } from "./islands";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { dashboardHref, listHref } from "@/lib/pages/links";
import { seeAllLabel } from "@/lib/profile/labels";

export interface ProfileActionsProps {
  /** Partnerships in the page's scope. */
  partnerships: number;
  /** The dashboard query of the page's scope (the user's filters plus the entity). */
  scopeQuery: string;
  /** The page as a view of a presentation. */
  deckView: AddToDeckButtonProps;
  lang?: Lang;
}

/** The page's ways on: the list of its partnerships, the dashboard filtered on its entity, the presentation. */
export function ProfileActions({ partnerships, scopeQuery, deckView, lang = "fr" }: ProfileActionsProps) {
  const seeAll = seeAllLabel(partnerships, lang);
  return (
    <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
      {seeAll ? (
        <li>
          <Link className="fr-btn" href={withLang(listHref(scopeQuery), lang)}>
            {seeAll}
          </Link>
        </li>
      ) : null}
      <li>
        <Link className="fr-btn fr-btn--secondary" href={withLang(dashboardHref(scopeQuery), lang)}>
          {labelsOf(lang).pages.profile.seeOnDashboard}
        </Link>
      </li>
      <li>
        <AddToDeckButton {...deckView} />
      </li>
    </ul>
  );
}
