import type { Metadata } from "next";
import { headers } from "next/headers";
import { type ReactNode, Suspense } from "react";
import { PrintFooter } from "@/components/layout/PrintFooter";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { DsfrProvider } from "@/dsfr-bootstrap";
import { DsfrHead, getHtmlAttributes } from "@/dsfr-bootstrap/server-only-index";
import { EMBED_HEADER, SERVICE_TITLE, stateMarksEnabled } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: SERVICE_TITLE, template: `%s · ${SERVICE_TITLE}` },
  description:
    "Tableau de bord de l'Atlas français de la coopération décentralisée : partenariats entre collectivités françaises et étrangères, thématiques, financements.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const stateMarks = stateMarksEnabled();
  // An embedded panel (proxy.ts marks /embed/…) is drawn alone, for another site's iframe.
  const requestHeaders = await headers();
  const embed = requestHeaders.get(EMBED_HEADER) === "1";
  // proxy.ts's nonce, for the DSFR's head scripts (none with the light scheme, some with "system").
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  if (embed) {
    return (
      <html {...getHtmlAttributes({ lang: "fr" })}>
        <head>
          <DsfrHead nonce={nonce} preloadFonts={["Marianne-Regular", "Marianne-Bold"]} />
        </head>
        <body>
          <DsfrProvider lang="fr">
            <main id="contenu" className="embed-main">{children}</main>
          </DsfrProvider>
        </body>
      </html>
    );
  }
  return (
    <html {...getHtmlAttributes({ lang: "fr" })}>
      <head>
        <DsfrHead nonce={nonce} preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />
      </head>
      <body>
        <DsfrProvider lang="fr">
          <div className="fr-skiplinks">
            <nav className="fr-container" aria-label="Accès rapide">
              <ul className="fr-skiplinks__list">
                <li><a className="fr-link" href="#contenu">Contenu</a></li>
              </ul>
            </nav>
          </div>
          <SiteHeader stateMarks={stateMarks} />
          <main id="contenu" className="fr-container fr-my-4w" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter stateMarks={stateMarks} />
          <Suspense fallback={null}>
            <PrintFooter />
          </Suspense>
        </DsfrProvider>
      </body>
    </html>
  );
}
