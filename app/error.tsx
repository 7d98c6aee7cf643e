"use client";
import { useLabels } from "@/lib/i18n/LangContext";

/** The error boundary of every page without its own: says what failed and offers a retry. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = useLabels().pages.error;
  return (
    <div className="fr-alert fr-alert--error fr-my-4w" role="alert">
      <h1 className="fr-alert__title">{text.title}</h1>
      <p>
        {error.message || text.unexpected}
        {error.digest ? text.reference(error.digest) : ""}
      </p>
      <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w" onClick={reset}>
        {text.retry}
      </button>
    </div>
  );
}
