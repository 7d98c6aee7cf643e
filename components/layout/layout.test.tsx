import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import ErrorPage from "@/app/error";
import { LangProvider } from "@/lib/i18n/LangProvider";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

// The language switch reads the address, which only Next.js's router gives.
vi.mock("next/navigation", () => ({
  usePathname: () => "/donnees",
  useSearchParams: () => new URLSearchParams("theme=Culture"),
}));

describe("SiteHeader (server-rendered DSFR header)", () => {
  it("has the ids and attributes the DSFR's script ties the phone menu by", () => {
    const html = renderToStaticMarkup(<SiteHeader stateMarks lang="fr" />);
    expect(html).toContain('<header role="banner" id="fr-header" class="fr-header">');
    expect(html).toMatch(/<button[^>]*class="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls="header-menu-modal-fr-header" id="fr-header-menu-button" title="Menu">Menu<\/button>/);
    expect(html).toContain('<div class="fr-header__menu fr-modal" id="header-menu-modal-fr-header" aria-labelledby="fr-header-menu-button">');
    expect(html).toMatch(/id="fr-header-mobile-overlay-button-close" class="fr-btn--close fr-btn" aria-controls="header-menu-modal-fr-header" title="Fermer">Fermer</);
    expect(html).toContain('<nav id="fr-header-main-navigation" class="fr-nav" role="navigation" aria-label="Menu principal">');
    expect(html).toContain('id="fr-header-main-navigation-link-1" class="fr-nav__link" href="/partenariats">Partenariats</a>');
    expect(html).toContain('<p class="fr-logo">République<br/>Française</p>');
    // The switch, in the bar and in the phone's menu, keeps the view's query.
    expect(html.match(/href="\/donnees\?theme=Culture&amp;lang=en" hrefLang="en" lang="en">English</g)).toHaveLength(2);
  });

  it("keeps the language in its links and names its buttons in English", () => {
    const html = renderToStaticMarkup(<SiteHeader stateMarks lang="en" />);
    expect(html).toContain('title="Close">Close</button>');
    expect(html).toContain('aria-label="Main menu"');
    expect(html).toContain('href="/partenariats?lang=en">Partnerships</a>');
    expect(html).toContain('href="/donnees?theme=Culture" hrefLang="fr" lang="fr">Français</a>');
  });

  it("has neither marks nor phone menu without the State's marks", () => {
    const html = renderToStaticMarkup(<SiteHeader stateMarks={false} lang="fr" />);
    expect(html).not.toContain("fr-logo");
    expect(html).not.toContain("fr-btn--menu");
    expect(html).toContain('<a class="fr-nav__link" href="/donnees">Les données</a>');
  });
});

describe("SiteFooter (server-rendered DSFR footer)", () => {
  it("links the State's sites in a new window, and says the licence", () => {
    const html = renderToStaticMarkup(<SiteFooter stateMarks lang="fr" />);
    expect(html).toContain('<footer id="fr-footer" class="fr-footer" role="contentinfo">');
    expect(html).toMatch(/<a class="fr-footer__content-link" target="_blank" rel="noopener" href="https:\/\/service-public.gouv.fr" title="service-public.gouv.fr - nouvelle fenêtre" id="footer-service-public-gouv-fr-link">/);
    expect(html).toContain('<span class="fr-footer__bottom-link">Accessibilité : non conforme</span>');
    expect(html).toContain('title="licence etalab-2.0 - nouvelle fenêtre" id="footer-etalab-licence-link">licence etalab-2.0</a>');
  });

  it("is in English with lang=en", () => {
    const html = renderToStaticMarkup(<SiteFooter stateMarks lang="en" />);
    expect(html).toContain('<a title="Home" href="/?lang=en">');
    expect(html).toContain("data.gouv.fr - open new window");
    expect(html).toContain(">etalab-2.0 license</a>");
  });
});

describe("the error boundary (app/error.tsx)", () => {
  it("speaks the page's language without the whole label table", () => {
    const error = Object.assign(new Error(""), { digest: "42" });
    expect(renderToStaticMarkup(<ErrorPage error={error} reset={() => {}} />)).toContain("Cette page n&#x27;a pas pu être affichée");
    // On the server (as in a browser once LangProvider has loaded it) the English table is here.
    const english = renderToStaticMarkup(<LangProvider lang="en"><ErrorPage error={error} reset={() => {}} /></LangProvider>);
    expect(english).toContain("This page could not be shown");
    expect(english).toContain("(reference 42)");
  });
});
