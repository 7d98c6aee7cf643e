"use client";
import { useLang } from "@/lib/i18n/LangProvider";
import { errorPageFr } from "@/lib/labels/fr-error-page";
import { loadedLabels } from "@/lib/labels/registry";

/** The error boundary of every page without its own: says what failed and offers a retry. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // Its own few labels rather than useLabels(): this boundary is in every page's first load, the
  // whole table is not. Another language's table is loaded before anything under LangProvider draws.
  const text = loadedLabels(useLang())?.pages.error ?? errorPageFr;
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
