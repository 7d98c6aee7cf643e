import type { ParamIssue } from "@/lib/query/params";

export interface IgnoredParamsProps {
  issues: ParamIssue[];
}

/** Says which parts of the URL were ignored and why, as the dashboard does, instead of failing the page. */
export function IgnoredParams({ issues }: IgnoredParamsProps) {
  if (issues.length === 0) return null;
  return (
    <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w" role="alert">
      <p>Une partie de l&apos;adresse a été ignorée : {issues.map((issue) => `${issue.param} (${issue.message})`).join(", ")}.</p>
    </div>
  );
}
