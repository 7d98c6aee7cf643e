import { labelsOf } from "@/lib/labels";
import type { Status } from "@/lib/model";
import { MissingValue } from "./MissingValue";

export interface StatusBadgeProps {
  status: Status | null;
}

/** A partnership's status as a small DSFR badge: blue while ongoing, grey once completed. */
export function StatusBadge({ status }: StatusBadgeProps) {
  if (status === null) return <MissingValue label="statut non renseigné" />;
  const tone = status === "ongoing" ? " fr-badge--info" : "";
  return <span className={`fr-badge fr-badge--sm fr-badge--no-icon${tone}`}>{labelsOf().statuses[status]}</span>;
}
