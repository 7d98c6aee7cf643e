import Link from "next/link";

/** Any unknown address: where to go instead. */
export default function NotFound() {
  return (
    <div className="fr-my-4w">
      <h1 className="fr-h2">Page introuvable</h1>
      <p>L&apos;adresse demandée ne correspond à aucune page de ce tableau de bord.</p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li><Link className="fr-btn" href="/">Tableau de bord</Link></li>
        <li><Link className="fr-btn fr-btn--secondary" href="/partenariats">Tous les partenariats</Link></li>
      </ul>
    </div>
  );
}
