import type { Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import type { Status } from "@/lib/model";
import { MissingValue } from "./MissingValue";

export interface StatusBadgeProps {
  status: Status | null;
  lang?: Lang;
}

/** A partnership's status as a small DSFR badge: blue while ongoing, grey once completed. */
export function StatusBadge({ status, lang = "fr" }: StatusBadgeProps) {
  const labels = labelsOf(lang);
  if (status === null) return <MissingValue label={labels.pages.profile.missing.status} />;
  const tone = status === "ongoing" ? " fr-badge--info" : "";
  return <span className={`fr-badge fr-badge--sm fr-badge--no-icon${tone}`}>{labels.statuses[status]}</span>;
}
