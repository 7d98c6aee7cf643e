import type { ReactNode } from "react";
import type { Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";

export interface FicheFieldProps {
  /** The label as printed on the Atlas fiche. */
  label: string;
  /** The value; null, undefined or "" shows "Non renseigné". */
  children?: ReactNode;
  lang?: Lang;
}

/** "Non renseigné": the Atlas prints a field's label even when the fiche leaves it empty, and so do we. */
export function NotStated({ lang = "fr" }: { lang?: Lang }) {
  return <span className="fiche-missing">{labelsOf(lang).pages.fiche.notStated}</span>;
}

/** One label and its value, inside a `FicheFields` list. */
export function FicheField({ label, children, lang = "fr" }: FicheFieldProps) {
  const empty = children === null || children === undefined || children === "";
  return (
    <div className="fiche-field">
      <dt>{label}</dt>
      <dd>{empty ? <NotStated lang={lang} /> : children}</dd>
    </div>
  );
}

/** A list of `FicheField`s (a description list). */
export function FicheFields({ children }: { children: ReactNode }) {
  return <dl className="fiche-fields">{children}</dl>;
}
