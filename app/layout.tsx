import type { Metadata } from "next";
import { headers } from "next/headers";
import { type ReactNode, Suspense } from "react";
import { PrintFooter } from "@/components/layout/PrintFooter";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { DsfrStart } from "@/dsfr-bootstrap";
import { DsfrHead, getHtmlAttributes } from "@/dsfr-bootstrap/server-only-index";
import { LangProvider } from "@/lib/i18n/LangProvider";
import { requestLang } from "@/lib/i18n/server";
import { labelsOf } from "@/lib/labels";
import { EMBED_HEADER, stateMarksEnabled } from "@/lib/site";
import "./globals.css";

// The faces the first screen of a page draws, preloaded so that its text is not drawn twice: at 375
// and 1280 px, Regular (text), Bold (the RF block, headings, figures) and Medium (the header's
// buttons: "Menu", "English"); e2e/shell.spec.ts checks the list against what `/` draws. The
// italics and the other weights load on demand through the DSFR's @font-face.
const PAGE_FONTS = ["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"] as const;
// An embedded panel has no header: no Medium in its first screen.
const EMBED_FONTS = ["Marianne-Regular", "Marianne-Bold"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const site = labelsOf(await requestLang()).site;
  return { title: { default: site.title, template: `%s · ${site.title}` }, description: site.description };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const stateMarks = stateMarksEnabled();
  // An embedded panel (proxy.ts marks /embed/…) is drawn alone, for another site's iframe.
  const requestHeaders = await headers();
  const embed = requestHeaders.get(EMBED_HEADER) === "1";
  // proxy.ts's nonce, for the DSFR's head scripts (none with the light scheme, some with "system").
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  const lang = await requestLang();
  const site = labelsOf(lang).site;
  if (embed) {
    return (
      <html {...getHtmlAttributes({ lang })}>
        <head>
          <DsfrHead nonce={nonce} preloadFonts={EMBED_FONTS} />
        </head>
        <body>
          <LangProvider lang={lang}>
            <main id="contenu" className="embed-main">{children}</main>
          </LangProvider>
          <DsfrStart />
        </body>
      </html>
    );
  }
  return (
    <html {...getHtmlAttributes({ lang })}>
      <head>
        <DsfrHead nonce={nonce} preloadFonts={PAGE_FONTS} />
      </head>
      <body>
        <LangProvider lang={lang}>
          <div className="fr-skiplinks">
            <nav className="fr-container" aria-label={site.skipLinks}>
              <ul className="fr-skiplinks__list">
                <li><a className="fr-link" href="#contenu">{site.skipToContent}</a></li>
              </ul>
            </nav>
          </div>
          <SiteHeader stateMarks={stateMarks} lang={lang} />
          <main id="contenu" className="fr-container fr-my-4w" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter stateMarks={stateMarks} lang={lang} />
          <Suspense fallback={null}>
            <PrintFooter labels={labelsOf(lang).print} colon={lang === "fr" ? " : " : ": "} />
          </Suspense>
        </LangProvider>
        <DsfrStart />
      </body>
    </html>
  );
}
