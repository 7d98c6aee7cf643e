import Link from "next/link";
import { dashboardHref, listHref } from "@/lib/pages/links";

/** An unknown partnership id (HTTP 404): say so, and offer a search, the list and the dashboard. */
export default function PartnershipNotFound() {
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1 className="fr-h2">Partenariat introuvable</h1>
        <p className="fr-text--lead">Aucun partenariat du jeu de données ne porte cet identifiant.</p>
        <p>
          L&apos;adresse est peut-être incomplète, ou la fiche a été retirée lors d&apos;une mise à jour des données.
          Recherchez le partenariat par son titre, une collectivité ou un pays :
        </p>
        {/* biome-ignore lint/a11y/useSemanticElements: the <search> element is too recent for the browsers and screen readers the RGAA audits with; role="search" on the form is the DSFR's markup */}
        <form action={listHref()} method="get" role="search" className="fr-mb-4w">
          <div className="fr-search-bar fr-search-bar--lg">
            <label className="fr-label" htmlFor="partenariat-introuvable-q">Rechercher un partenariat</label>
            <input className="fr-input" type="search" id="partenariat-introuvable-q" name="q" placeholder="Titre, collectivité, pays…" />
            <button className="fr-btn" type="submit" title="Rechercher">Rechercher</button>
          </div>
        </form>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li><Link className="fr-btn" href={listHref()}>Voir la liste des partenariats</Link></li>
          <li><Link className="fr-btn fr-btn--secondary" href={dashboardHref()}>Retour au tableau de bord</Link></li>
        </ul>
      </div>
    </div>
  );
}
