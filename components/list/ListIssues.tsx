import { describeIssue } from "@/lib/list/issues";
import type { ParamIssue } from "@/lib/query/params";

export interface ListIssuesProps {
  issues: readonly ParamIssue[];
}

/** A DSFR alert naming each ignored parameter and why, so that a bad link never passes for a full list. */
export function ListIssues({ issues }: ListIssuesProps) {
  if (issues.length === 0) return null;
  return (
    <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w" role="alert">
      <p>
        {issues.length === 1 ? "Un paramètre de l'adresse a été ignoré" : "Des paramètres de l'adresse ont été ignorés"} :
      </p>
      <ul>
        {issues.map((issue) => (
          <li key={issue.param}>{describeIssue(issue)}</li>
        ))}
      </ul>
    </div>
  );
}
