"use client";
import Link from "next/link";
import { dashboardHref } from "@/lib/pages/links";
import { PROFILE_KINDS, type ProfileKind } from "@/lib/profile/kinds";

export interface ProfileErrorProps {
  kind: ProfileKind;
  /** The error boundary's retry (re-fetches and re-renders the page). */
  retry: () => void;
}

/** The error state of a profile page: what failed, a retry, and the way back to the dashboard. */
export function ProfileError({ kind, retry }: ProfileErrorProps) {
  const { subject } = PROFILE_KINDS[kind];
  return (
    <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h1 className="fr-alert__title">Les chiffres de {subject} n&apos;ont pas pu être calculés</h1>
      <p>Le jeu de données est peut-être en cours de chargement ou indisponible.</p>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-2w">
        <li>
          <button type="button" className="fr-btn fr-btn--sm" onClick={retry}>
            Réessayer
          </button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--sm fr-btn--secondary" href={dashboardHref()}>
            Revenir au tableau de bord
          </Link>
        </li>
      </ul>
    </div>
  );
}
