import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";

export interface SiteFooterProps {
  stateMarks: boolean;
  lang: Lang;
}

/** The DSFR footer; without the State's marks, a plain one with the same content. */
export function SiteFooter({ stateMarks, lang }: SiteFooterProps) {
  const site = labelsOf(lang).site;
  if (stateMarks) {
    return (
      <Footer
        accessibility="non compliant"
        contentDescription={site.footerDescription}
        brandTop={<>{site.republic[0]}<br />{site.republic[1]}</>}
        homeLinkProps={{ href: withLang("/", lang), title: site.home }}
      />
    );
  }
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
