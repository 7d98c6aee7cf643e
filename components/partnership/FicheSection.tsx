import type { ReactNode } from "react";

export interface FicheSectionProps {
  /** Anchor of the section (letters, digits and "-"). */
  id: string;
  /** The heading as printed on the Atlas fiche. */
  title: string;
  children: ReactNode;
}

/** A titled part of the fiche (Contexte, Financement du partenariat…). */
export function FicheSection({ id, title, children }: FicheSectionProps) {
  return (
    <section id={id} className="fr-mb-5w">
      <h2 className="fr-h4 fr-mb-2w">{title}</h2>
      {children}
    </section>
  );
}
