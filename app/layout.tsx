import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Atlas coopération", template: "%s · Atlas coopération" },
  description:
    "Tableau de bord de l'Atlas français de la coopération décentralisée : partenariats entre collectivités françaises et étrangères, thématiques, financements.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
        <a className="skip-link" href="#contenu">Aller au contenu</a>
        <header className="site-header">
          <div className="container">
            <p className="site-title">Atlas coopération</p>
            <p className="site-tagline">La coopération décentralisée des collectivités françaises</p>
          </div>
        </header>
        <main id="contenu" className="container">{children}</main>
        <footer className="site-footer">
          <div className="container">
            Source : Atlas français de la coopération décentralisée et des autres actions extérieures
            (Ministère de l&apos;Europe et des Affaires étrangères).
          </div>
        </footer>
      </body>
    </html>
  );
}
