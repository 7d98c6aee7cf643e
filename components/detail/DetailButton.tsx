"use client";
import { type Detail, detailId } from "@/lib/detail/state";
import { useLabels } from "@/lib/i18n/LangContext";
import { useOpenDetail } from "./DetailContext";
// The buttons' and the charts' detail columns' look: with the page, not with the dialog's lazy chunk.
import "./detail.css";

export interface DetailButtonProps {
  detail: Omit<Detail, "page">;
  /** The row's label and its value as the panel prints it: the button's accessible name. */
  label: string;
  value: string;
  /** The accessible name when "Détail : label — value" does not read right (a tile: "Détail : 12 708 partenariats"). */
  name?: string;
  /** A magnifier alone (its name still "Détail : …"), where a word does not fit: under a year column. */
  iconOnly?: boolean;
}

/** The small "Détail" button of a number: opens the panel that lists the partnerships behind it. Nothing outside the dashboard. */
export function DetailButton({ detail, label, value, name, iconOnly = false }: DetailButtonProps) {
  const open = useOpenDetail();
  const detailFr = useLabels().detail;
  if (!open) return null;
  const accessibleName = name ?? detailFr.buttonLabel(label, value);
  return (
    <button
      type="button"
      // The DSFR draws a button with an fr-icon class and no fr-btn--icon-* class as its icon alone,
      // the text kept as its name: "fr-btn--icon-only" would match that test and show the text.
      className={`fr-btn fr-btn--tertiary-no-outline fr-btn--sm detail-button${iconOnly ? " fr-icon-search-line" : ""}`}
      data-detail-id={detailId(detail)}
      aria-label={accessibleName}
      title={accessibleName}
      aria-haspopup="dialog"
      onClick={(event) => open(detail, event.currentTarget)}
    >
      {detailFr.button}
    </button>
  );
}
