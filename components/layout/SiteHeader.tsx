import { Header } from "@codegouvfr/react-dsfr/Header";
import { Suspense } from "react";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { LangSwitch } from "./LangSwitch";

// Not prefetched: on the dashboard's first load, Next.js would render these pages on the server
// (which shares the machine with the browser) while the map and charts are still being drawn.
function navigation(lang: Lang) {
  const text = labelsOf(lang).site.navigation;
  return [
    { text: text.dashboard, linkProps: { href: withLang("/", lang), prefetch: false } },
    { text: text.partnerships, linkProps: { href: withLang("/partenariats", lang), prefetch: false } },
    { text: text.data, linkProps: { href: withLang("/donnees", lang), prefetch: false } },
  ];
}

export interface SiteHeaderProps {
  stateMarks: boolean;
  lang: Lang;
}

/** The DSFR header; without the State's marks, the same header with the service title alone. */
export function SiteHeader({ stateMarks, lang }: SiteHeaderProps) {
  const site = labelsOf(lang).site;
  const home = withLang("/", lang);
  // The switch reads the address, which the dashboard changes without a navigation.
  const langSwitch = <Suspense fallback={null}><LangSwitch /></Suspense>;
  if (stateMarks) {
    return (
      <Header
        brandTop={<>{site.republic[0]}<br />{site.republic[1]}</>}
        serviceTitle={site.title}
        serviceTagline={site.tagline}
        homeLinkProps={{ href: home, title: site.homeTitle(site.title) }}
        navigation={navigation(lang)}
        quickAccessItems={[langSwitch]}
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
                <a href={home} title={site.homeTitle(site.title)}>
                  <p className="fr-header__service-title">{site.title}</p>
                </a>
                <p className="fr-header__service-tagline">{site.tagline}</p>
              </div>
            </div>
            <div className="fr-header__tools">
              <div className="fr-header__tools-links">
                <ul className="fr-btns-group"><li>{langSwitch}</li></ul>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="fr-header__menu">
        <div className="fr-container">
          <nav className="fr-nav" aria-label={site.mainMenu}>
            <ul className="fr-nav__list">
              {navigation(lang).map((item) => (
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
