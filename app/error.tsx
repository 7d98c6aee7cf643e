"use client";

/** The error boundary of every page without its own: says what failed and offers a retry. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="fr-alert fr-alert--error fr-my-4w" role="alert">
      <h1 className="fr-alert__title">Cette page n&apos;a pas pu être affichée</h1>
      <p>
        {error.message || "Une erreur inattendue s'est produite."}
        {error.digest ? ` (référence ${error.digest})` : ""}
      </p>
      <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w" onClick={reset}>
        Réessayer
      </button>
    </div>
  );
}
