import { Header } from "@codegouvfr/react-dsfr/Header";
import { SERVICE_TAGLINE, SERVICE_TITLE } from "@/lib/site";

// Not prefetched: on the dashboard's first load, Next.js would render these pages on the server
// (which shares the machine with the browser) while the map and charts are still being drawn.
const NAVIGATION = [
  { text: "Tableau de bord", linkProps: { href: "/", prefetch: false } },
  { text: "Partenariats", linkProps: { href: "/partenariats", prefetch: false } },
  { text: "Les données", linkProps: { href: "/donnees", prefetch: false } },
];

export interface SiteHeaderProps {
  stateMarks: boolean;
}

/** The DSFR header; without the State's marks, the same header with the service title alone. */
export function SiteHeader({ stateMarks }: SiteHeaderProps) {
  if (stateMarks) {
    return (
      <Header
        brandTop={<>République<br />Française</>}
        serviceTitle={SERVICE_TITLE}
        serviceTagline={SERVICE_TAGLINE}
        homeLinkProps={{ href: "/", title: `Accueil — ${SERVICE_TITLE}` }}
        navigation={NAVIGATION}
      />
    );
  }
  // No role="banner" (react-dsfr's header has one): a header outside any sectioning element is the banner landmark already.
  return (
    <header className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand">
              <div className="fr-header__service">
                <a href="/" title={`Accueil — ${SERVICE_TITLE}`}>
                  <p className="fr-header__service-title">{SERVICE_TITLE}</p>
                </a>
                <p className="fr-header__service-tagline">{SERVICE_TAGLINE}</p>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="fr-header__menu">
        <div className="fr-container">
          <nav className="fr-nav" aria-label="Menu principal">
            <ul className="fr-nav__list">
              {NAVIGATION.map((item) => (
                <li key={item.linkProps.href} className="fr-nav__item">
                  <a className="fr-nav__link" href={item.linkProps.href}>{item.text}</a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
