export interface MissingValueProps {
  /** What a screen reader says instead of the dash ("aucun montant déclaré"). */
  label: string;
}

/** The dash of an empty cell, read out as words. */
export function MissingValue({ label }: MissingValueProps) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="fr-sr-only">{label}</span>
    </>
  );
}
