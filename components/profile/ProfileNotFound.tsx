import Link from "next/link";
import { getEngine } from "@/lib/data/engine";
import { withLang } from "@/lib/i18n/lang";
import { requestLang } from "@/lib/i18n/server";
import { labelsOf } from "@/lib/labels";
import { dashboardHref } from "@/lib/pages/links";
import type { ProfileKind } from "@/lib/profile/kinds";
import { profileSuggestions } from "@/lib/profile/suggestions";
import "./profile.css";

export interface ProfileNotFoundProps {
  kind: ProfileKind;
}

/** The 404 of a profile page: what was wrong, pages that exist instead, and the way back to the dashboard. */
export async function ProfileNotFound({ kind }: ProfileNotFoundProps) {
  // A not-found page has no search params: the language comes from the request (proxy.ts).
  const lang = await requestLang();
  const text = labelsOf(lang).pages.profile;
  const { missingTitle, explanation, suggestionsTitle } = text.kinds[kind];
  const links = profileSuggestions(await getEngine(), kind, lang);
  return (
    <>
      <h1 className="fr-h2">{missingTitle}</h1>
      <p>{explanation}</p>
      {links.length > 0 ? (
        <>
          <h2 className="fr-h5">{suggestionsTitle}</h2>
          <ul className="profile-not-found__links">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} prefetch={false}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={withLang(dashboardHref(), lang)}>
          {text.backToDashboard}
        </Link>
      </p>
    </>
  );
}
