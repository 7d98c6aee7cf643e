import Link from "next/link";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";

export interface SiteFooterProps {
  stateMarks: boolean;
  lang: Lang;
}

// The State's sites every DSFR footer links to (react-dsfr's Footer's default list).
const STATE_DOMAINS = ["info.gouv.fr", "service-public.gouv.fr", "legifrance.gouv.fr", "data.gouv.fr"];
const LICENCE_URL = "https://github.com/etalab/licence-ouverte/blob/master/LO.md";

/**
 * The DSFR footer, drawn by the server: the markup react-dsfr's client Footer rendered (same
 * classes and ids), without its JavaScript in every page's first load. Without the State's marks,
 * a plain one with the same content.
 */
export function SiteFooter({ stateMarks, lang }: SiteFooterProps) {
  const site = labelsOf(lang).site;
  if (!stateMarks) {
    return (
      <footer className="fr-footer" role="contentinfo">
        <div className="fr-container">
          <div className="fr-footer__body">
            <div className="fr-footer__content">
              <p className="fr-footer__content-desc">{site.footerDescription}</p>
            </div>
          </div>
          <div className="fr-footer__bottom">
            <p className="fr-footer__bottom-copy">{site.accessibility}</p>
          </div>
        </div>
      </footer>
    );
  }
  // The links open a new window, as react-dsfr's did; rel="noopener" (what browsers now imply) for the linter.
  return (
    <footer id="fr-footer" className="fr-footer" role="contentinfo">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            <Link title={site.home} href={withLang("/", lang)}>
              <p className="fr-logo">{site.republic[0]}<br />{site.republic[1]}</p>
            </Link>
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">{site.footerDescription}</p>
            <ul className="fr-footer__content-list">
              {STATE_DOMAINS.map((domain) => (
                <li key={domain} className="fr-footer__content-item">
                  <a
                    className="fr-footer__content-link"
                    target="_blank"
                    rel="noopener"
                   
                    href={`https://${domain}`}
                    title={`${domain} - ${site.newWindow}`}
                    id={`footer-${domain.replace(/\./g, "-")}-link`}
                  >
                    {domain}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            <li className="fr-footer__bottom-item">
              <span className="fr-footer__bottom-link">{site.accessibility}</span>
            </li>
          </ul>
          <div className="fr-footer__bottom-copy">
            <p>
              {site.licence.text}{" "}
              <a href={LICENCE_URL} target="_blank" rel="noopener" title={site.licence.title} id="footer-etalab-licence-link">
                {site.licence.link}
              </a>
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
