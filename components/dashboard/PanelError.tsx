"use client";
import type { ApiFetchError } from "@/lib/hooks/useApi";
import { useLabels } from "@/lib/i18n/LangContext";

/** A panel whose request failed says so, with the server's reason, instead of drawing nothing. */
export function PanelError({ error }: { error: ApiFetchError }) {
  const text = useLabels().dashboard;
  return (
    <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
      <p>{text.panelError(error.message)}</p>
    </div>
  );
}
