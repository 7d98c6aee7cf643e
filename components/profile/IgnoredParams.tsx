import type { Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import type { ParamIssue } from "@/lib/query/params";

export interface IgnoredParamsProps {
  issues: ParamIssue[];
  lang?: Lang;
}

/** Says which parts of the URL were ignored and why, as the dashboard does, instead of failing the page. */
export function IgnoredParams({ issues, lang = "fr" }: IgnoredParamsProps) {
  if (issues.length === 0) return null;
  return (
    <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w" role="alert">
      <p>{labelsOf(lang).pages.profile.ignored(issues.map((issue) => `${issue.param} (${issue.message})`).join(", "))}</p>
    </div>
  );
}
