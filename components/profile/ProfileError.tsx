"use client";
import Link from "next/link";
import { withLang } from "@/lib/i18n/lang";
import { useLabels, useLang } from "@/lib/i18n/LangContext";
import { dashboardHref } from "@/lib/pages/links";
import type { ProfileKind } from "@/lib/profile/kinds";

export interface ProfileErrorProps {
  kind: ProfileKind;
  /** The error boundary's retry (re-fetches and re-renders the page). */
  retry: () => void;
}

/** The error state of a profile page: what failed, a retry, and the way back to the dashboard. */
export function ProfileError({ kind, retry }: ProfileErrorProps) {
  const lang = useLang();
  const text = useLabels().pages.profile;
  return (
    <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h1 className="fr-alert__title">{text.errorTitle(text.kinds[kind].subject)}</h1>
      <p>{text.errorText}</p>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-2w">
        <li>
          <button type="button" className="fr-btn fr-btn--sm" onClick={retry}>
            {text.retry}
          </button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--sm fr-btn--secondary" href={withLang(dashboardHref(), lang)}>
            {text.backToDashboard}
          </Link>
        </li>
      </ul>
    </div>
  );
}
