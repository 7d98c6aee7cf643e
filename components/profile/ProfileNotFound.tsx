import Link from "next/link";
import { dashboardHref } from "@/lib/pages/links";
import "./profile.css";

export interface ProfileNotFoundProps {
  title: string;
  /** Why the address leads nowhere, and what a valid one looks like. */
  explanation: string;
  /** Heading of the suggestions ("Principaux pays partenaires"). */
  linksTitle: string;
  /** Pages that do exist, most useful first. */
  links: { href: string; label: string }[];
}

/** The 404 of a profile page: what was wrong, pages that exist instead, and the way back to the dashboard. */
export function ProfileNotFound({ title, explanation, linksTitle, links }: ProfileNotFoundProps) {
  return (
    <>
      <h1 className="fr-h2">{title}</h1>
      <p>{explanation}</p>
      {links.length > 0 ? (
        <>
          <h2 className="fr-h5">{linksTitle}</h2>
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
        <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={dashboardHref()}>
          Revenir au tableau de bord
        </Link>
      </p>
    </>
  );
}
