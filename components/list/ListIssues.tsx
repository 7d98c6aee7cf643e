import type { Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { describeIssue } from "@/lib/list/issues";
import type { ParamIssue } from "@/lib/query/params";

export interface ListIssuesProps {
  issues: readonly ParamIssue[];
  lang?: Lang;
}

/** A DSFR alert naming each ignored parameter and why, so that a bad link never passes for a full list. */
export function ListIssues({ issues, lang = "fr" }: ListIssuesProps) {
  if (issues.length === 0) return null;
  const text = labelsOf(lang).pages.list;
  return (
    <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w" role="alert">
      <p>
        {issues.length === 1 ? text.issuesOne : text.issuesMany}
        {lang === "fr" ? " :" : ":"}
      </p>
      <ul>
        {issues.map((issue) => (
          <li key={issue.param}>{describeIssue(issue, lang)}</li>
        ))}
      </ul>
    </div>
  );
}
