"use client";
import { type ReactNode, useId, useState } from "react";
import { useLabels } from "@/lib/i18n/LangContext";
import "./fold.css";

export interface FilterFoldProps {
  /** How many filters are active (the chips shown beside it): the button says it. */
  active: number;
  /** The filter form. */
  children: ReactNode;
}

/**
 * On a phone, the filter form folded behind one "Filtrer (2)" button (a DSFR-style disclosure:
 * aria-expanded and aria-controls on the button, focus staying on it). The folding is CSS only
 * (fold.css, below the DSFR's 48em breakpoint), so that the server's HTML is already folded on a
 * phone and unfolded on a wider screen, where the button is not shown and the form is as before.
 * The filters stay in the URL: the fold only hides the controls that write them.
 */
export function FilterFold({ active, children }: FilterFoldProps) {
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  const t = useLabels().dashboard.filters;
  return (
    <div className="filter-fold">
      <button
        type="button"
        className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-filter-line fr-btn--icon-left filter-fold__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((shown) => !shown)}
        // Seen "Filtrer (2)", heard "Filtrer, 2 filtres actifs" (the brackets alone say little). A
        // label rather than hidden text: browsers put a space before a hidden span ("Filtrer , 2…").
        aria-label={`${t.fold}${t.foldCount(active)}`}
      >
        {t.fold}
        {/* The space for the text (copied, read without styles); the margin draws it: a flex item drops it. */}
        {active > 0 ? " " : null}
        {active > 0 ? <span className="filter-fold__count">{t.foldShown(active)}</span> : null}
      </button>
      <div id={bodyId} className={`filter-fold__body${open ? " filter-fold__body--open" : ""}`}>
        {children}
      </div>
    </div>
  );
}
