import Link from "next/link";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { dashboardHref } from "@/lib/pages/links";

export interface PageBreadcrumbProps {
  /** The dashboard query the user came from: "Tableau de bord" leads back to that view. */
  query: string;
  /** Levels after the dashboard; the last one is the current page (no href). */
  items: { label: string; href?: string }[];
  /** The page's language, which every level's link keeps. */
  lang?: Lang;
}

/** The DSFR breadcrumb of every drill-down page, starting at the dashboard with the user's filters. */
export function PageBreadcrumb({ query, items, lang = "fr" }: PageBreadcrumbProps) {
  const text = labelsOf(lang).pages.breadcrumb;
  const levels = [{ label: text.dashboard, href: dashboardHref(query) }, ...items];
  return (
    <nav className="fr-breadcrumb fr-mt-0 fr-mb-3w" aria-label={text.label}>
      <ol className="fr-breadcrumb__list">
        {levels.map((level, index) => (
          <li key={`${level.label}|${level.href ?? ""}`}>
            {level.href && index < levels.length - 1 ? (
              <Link className="fr-breadcrumb__link" href={withLang(level.href, lang)}>
                {level.label}
              </Link>
            ) : (
              // biome-ignore lint/a11y/useValidAnchor: the DSFR's markup for the current page (aria-current announces it; its styles select :not([href])[aria-current])
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
