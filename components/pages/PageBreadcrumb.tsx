import Link from "next/link";
import { dashboardHref } from "@/lib/pages/links";

export interface PageBreadcrumbProps {
  /** The dashboard query the user came from: "Tableau de bord" leads back to that view. */
  query: string;
  /** Levels after the dashboard; the last one is the current page (no href). */
  items: { label: string; href?: string }[];
}

/** The DSFR breadcrumb of every drill-down page, starting at the dashboard with the user's filters. */
export function PageBreadcrumb({ query, items }: PageBreadcrumbProps) {
  const levels = [{ label: "Tableau de bord", href: dashboardHref(query) }, ...items];
  return (
    <nav role="navigation" className="fr-breadcrumb fr-mt-0 fr-mb-3w" aria-label="vous êtes ici :">
      <ol className="fr-breadcrumb__list">
        {levels.map((level, index) => (
          <li key={`${index}-${level.label}`}>
            {level.href && index < levels.length - 1 ? (
              <Link className="fr-breadcrumb__link" href={level.href}>
                {level.label}
              </Link>
            ) : (
              <a className="fr-breadcrumb__link" aria-current="page">
                {level.label}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
