/**
 * The DSFR page around a fiche saved as HTML: head, skip links, header with its menu, breadcrumb,
 * footer and scripts. Their texts (some of them labels of the fiche) must never be read as the
 * fiche's: that is what a reader of saved pages is tested against.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value made safe in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

const ATLAS_PAGE = "https://pastel.diplomatie.gouv.fr/cncdext/dyn/public/atlas/detailProjet.html?criteres.prjId=";

function head(atlasId: number | null): string {
  const canonical = atlasId === null ? "" : `\n  <link rel="canonical" href="${escapeHtml(`${ATLAS_PAGE}${atlasId}`)}">`;
  return `<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
  <title>Détail du partenariat - Atlas français de la coopération décentralisée</title>${canonical}
  <link rel="stylesheet" href="/cncdext/dsfr/dsfr.min.css">
  <style>.atlas-fiche h3 { margin-top: 1.5rem; } .atlas-fiche h3::after { content: " Titre"; }</style>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({ "page": "Titre", "rubrique": "Financement du partenariat" });</script>
</head>`;
}

const HEADER = `  <div class="fr-skiplinks">
    <nav class="fr-container" role="navigation" aria-label="Accès rapide">
      <ul class="fr-skiplinks__list">
        <li><a class="fr-link" href="#contenu">Contenu</a></li>
        <li><a class="fr-link" href="#header-navigation">Menu</a></li>
        <li><a class="fr-link" href="#footer">Pied de page</a></li>
      </ul>
    </nav>
  </div>
  <header role="banner" class="fr-header">
    <div class="fr-header__body">
      <div class="fr-container">
        <div class="fr-header__brand">
          <p class="fr-logo">République<br>Française</p>
          <div class="fr-header__service">
            <p class="fr-header__service-title">Atlas français de la coopération décentralisée</p>
            <p class="fr-header__service-tagline">Titre Contexte Historique</p>
          </div>
        </div>
      </div>
    </div>
    <div class="fr-header__menu fr-modal" id="modal-menu">
      <nav class="fr-nav" id="header-navigation" role="navigation" aria-label="Menu principal">
        <ul class="fr-nav__list">
          <li class="fr-nav__item"><a class="fr-nav__link" href="/cncdext/dyn/public/atlas/accueil.html">Accueil</a></li>
          <li class="fr-nav__item"><a class="fr-nav__link" href="/cncdext/dyn/public/atlas/rechercheProjets.html">Rechercher un partenariat</a></li>
          <li class="fr-nav__item"><a class="fr-nav__link" href="/cncdext/dyn/public/atlas/carte.html">Contexte</a></li>
        </ul>
      </nav>
    </div>
  </header>`;

const BREADCRUMB = `      <nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" href="/cncdext/dyn/public/atlas/accueil.html">Accueil</a></li>
          <li><a class="fr-breadcrumb__link" aria-current="page">Titre</a></li>
        </ol>
      </nav>`;

/** The pager under a table: a navigation, left out by a reader. */
export const PAGER = `      <nav role="navigation" class="fr-pagination" aria-label="Pagination">
        <ul class="fr-pagination__list">
          <li><a class="fr-pagination__link fr-pagination__link--first" aria-disabled="true">&lt;&lt;</a></li>
          <li><a class="fr-pagination__link fr-pagination__link--prev" aria-disabled="true">&lt; Précédent</a></li>
          <li><a class="fr-pagination__link" aria-current="page">1</a></li>
          <li><a class="fr-pagination__link fr-pagination__link--next" aria-disabled="true">Suivant &gt;</a></li>
          <li><a class="fr-pagination__link fr-pagination__link--last" aria-disabled="true">&gt;&gt;</a></li>
        </ul>
      </nav>`;

const FOOTER = `  <footer class="fr-footer" role="contentinfo" id="footer">
    <div class="fr-container">
      <div class="fr-footer__body">
        <p class="fr-logo">République<br>Française</p>
        <ul class="fr-footer__content-list">
          <li><a class="fr-footer__content-link" href="https://www.legifrance.gouv.fr">legifrance.gouv.fr</a></li>
          <li><a class="fr-footer__content-link" href="https://www.diplomatie.gouv.fr">Ministère de l&#39;Europe et des Affaires étrangères</a></li>
        </ul>
      </div>
      <div class="fr-footer__bottom">
        <ul class="fr-footer__bottom-list">
          <li><a class="fr-footer__bottom-link" href="/cncdext/accessibilite.html">Accessibilité : non conforme</a></li>
          <li><a class="fr-footer__bottom-link" href="/cncdext/mentions.html">Mentions légales</a></li>
        </ul>
        <p class="fr-footer__bottom-copy">Sauf mention contraire, tous les contenus de ce site sont sous licence etalab-2.0</p>
      </div>
    </div>
  </footer>
  <noscript><p>Titre</p><p>Ce site nécessite JavaScript.</p></noscript>
  <script type="module" src="/cncdext/dsfr/dsfr.module.min.js"></script>
  <script>
    // Mesure d'audience : ce texte ne fait pas partie de la fiche.
    var fiche = { "Titre": "Script", "Contexte": "<p>Script</p>", "Financement du partenariat": "Dijon | 99999 | 2020" };
  </script>`;

/** A full page around the fiche's main content; the canonical address names the Atlas id when known. */
export function dsfrPage(main: string, atlasId: number | null): string {
  return `<!DOCTYPE html>
<html lang="fr" data-fr-scheme="system">
${head(atlasId)}
<body>
${HEADER}
  <main id="contenu" role="main">
    <div class="fr-container">
${BREADCRUMB}
${main}
    </div>
  </main>
${FOOTER}
</body>
</html>
`;
}
