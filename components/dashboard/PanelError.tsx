import type { ApiFetchError } from "@/lib/hooks/useApi";

/** A panel whose request failed says so, with the server's reason, instead of drawing nothing. */
export function PanelError({ error }: { error: ApiFetchError }) {
  return (
    <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
      <p>Ces données n&apos;ont pas pu être chargées : {error.message}</p>
    </div>
  );
}
