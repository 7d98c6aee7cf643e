import { Footer } from "@codegouvfr/react-dsfr/Footer";

const DESCRIPTION =
  "Tableau de bord de l'Atlas français de la coopération décentralisée et des autres actions extérieures " +
  "(Ministère de l'Europe et des Affaires étrangères). Les montants sont déclarés par les collectivités.";

export interface SiteFooterProps {
  stateMarks: boolean;
}

/** The DSFR footer; without the State's marks, a plain one with the same content. */
export function SiteFooter({ stateMarks }: SiteFooterProps) {
  if (stateMarks) {
    return (
      <Footer
        accessibility="non compliant"
        contentDescription={DESCRIPTION}
        brandTop={<>République<br />Française</>}
        homeLinkProps={{ href: "/", title: "Accueil" }}
      />
    );
  }
  return (
    <footer className="fr-footer" role="contentinfo">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">{DESCRIPTION}</p>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <p className="fr-footer__bottom-copy">Accessibilité : non conforme</p>
        </div>
      </div>
    </footer>
  );
}
