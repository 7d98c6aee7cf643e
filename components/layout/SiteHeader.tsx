import Link from "next/link";
import { type ReactNode, Suspense } from "react";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { LangSwitch } from "./LangSwitch";

// The ids react-dsfr's Header gave (id "fr-header"): the DSFR's script ties the menu button to its
// modal by them, and the end-to-end tests and the DSFR's CSS find them.
const HEADER_ID = "fr-header";
const MENU_MODAL_ID = `header-menu-modal-${HEADER_ID}`;
const MENU_BUTTON_ID = `${HEADER_ID}-menu-button`;
const NAVIGATION_ID = `${HEADER_ID}-main-navigation`;

export interface SiteHeaderProps {
  stateMarks: boolean;
  lang: Lang;
}

type SiteLabels = ReturnType<typeof labelsOf>["site"];

/**
 * The main navigation. Not prefetched: on the dashboard's first load, Next.js would render these
 * pages on the server (which shares the machine with the browser) while the map and charts are
 * still being drawn.
 */
function MainNavigation({ site, lang }: { site: SiteLabels; lang: Lang }) {
  const text = site.navigation;
  const items = [
    { text: text.dashboard, href: withLang("/", lang) },
    { text: text.partnerships, href: withLang("/partenariats", lang) },
    { text: text.data, href: withLang("/donnees", lang) },
  ];
  return (
    // biome-ignore lint/a11y/noRedundantRoles: react-dsfr's navigation had role="navigation"; the markup is kept as it was
    <nav id={NAVIGATION_ID} className="fr-nav" role="navigation" aria-label={site.mainMenu}>
      <ul className="fr-nav__list">
        {items.map((item, i) => (
          <li key={item.href} className="fr-nav__item">
            <Link id={`${NAVIGATION_ID}-link-${i}`} className="fr-nav__link" href={item.href} prefetch={false}>
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The DSFR header, drawn by the server: the markup react-dsfr's client Header rendered, without its
 * JavaScript in every page's first load. On a phone the menu button opens the `fr-header__menu`
 * modal; the DSFR's own script (dsfr-bootstrap) drives it from these classes and ids. Without the
 * State's marks, the same header with the service title alone (and no phone menu, as before).
 */
export function SiteHeader({ stateMarks, lang }: SiteHeaderProps) {
  const site = labelsOf(lang).site;
  const home = withLang("/", lang);
  // The switch reads the address, which the dashboard changes without a navigation: a client
  // component, the only one of the header.
  const langSwitch = (
    <Suspense fallback={null}>
      <LangSwitch lang={lang} label={site.otherLanguage} />
    </Suspense>
  );
  const title = <p className="fr-header__service-title">{site.title}</p>;
  const service = (plain: boolean) => (
    <div className="fr-header__service">
      {plain ? <a href={home} title={site.homeTitle(site.title)}>{title}</a> : <Link href={home} title={site.homeTitle(site.title)}>{title}</Link>}
      <p className="fr-header__service-tagline">{site.tagline}</p>
    </div>
  );
  if (!stateMarks) return <PlainHeader site={site} lang={lang} service={service(true)} langSwitch={langSwitch} />;
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: react-dsfr's header had role="banner"; the markup is kept as it was
    <header role="banner" id={HEADER_ID} className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                <div className="fr-header__logo">
                  <p className="fr-logo">{site.republic[0]}<br />{site.republic[1]}</p>
                </div>
                <div className="fr-header__navbar">
                  <button type="button" className="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls={MENU_MODAL_ID} id={MENU_BUTTON_ID} title={site.menu}>
                    {site.menu}
                  </button>
                </div>
              </div>
              {service(false)}
            </div>
            <div className="fr-header__tools">
              <div className="fr-header__tools-links">
                <ul className="fr-btns-group"><li>{langSwitch}</li></ul>
              </div>
            </div>
          </div>
        </div>
      </div>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the DSFR's script gives the modal its dialog role when it opens */}
      <div className="fr-header__menu fr-modal" id={MENU_MODAL_ID} aria-labelledby={MENU_BUTTON_ID}>
        <div className="fr-container">
          <button type="button" id={`${HEADER_ID}-mobile-overlay-button-close`} className="fr-btn--close fr-btn" aria-controls={MENU_MODAL_ID} title={site.close}>
            {site.close}
          </button>
          <div className="fr-header__menu-links">
            <ul className="fr-btns-group"><li>{langSwitch}</li></ul>
          </div>
          <MainNavigation site={site} lang={lang} />
        </div>
      </div>
    </header>
  );
}

/** The header without the State's marks, as it was before: the service title alone, plain links. */
function PlainHeader({ site, lang, service, langSwitch }: { site: SiteLabels; lang: Lang; service: ReactNode; langSwitch: ReactNode }) {
  // No role="banner": a header outside any sectioning element is the banner landmark already.
  return (
    <header className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand">{service}</div>
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
              {[
                { text: site.navigation.dashboard, href: withLang("/", lang) },
                { text: site.navigation.partnerships, href: withLang("/partenariats", lang) },
                { text: site.navigation.data, href: withLang("/donnees", lang) },
              ].map((item) => (
                <li key={item.href} className="fr-nav__item">
                  <a className="fr-nav__link" href={item.href}>{item.text}</a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
