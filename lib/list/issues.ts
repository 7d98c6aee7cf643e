import type { Lang } from "../i18n/lang";
import type { ParamIssue } from "../query/params";

// The shared parsers and the engine word their messages in English (they also answer the API):
// the page says the usual ones in French and shows any other as it is.
const FRENCH: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^unknown parameter$/, () => "paramètre inconnu"],
  [/^must be given once$/, () => "donné plusieurs fois"],
  [/^unknown value "(.*)"$/, (m) => `valeur inconnue « ${m[1]} »`],
  [/^must not be after yearTo$/, () => "ne doit pas être après yearTo"],
  [/^cannot be combined with yearFrom or yearTo/, () => "ne se combine pas avec yearFrom ni yearTo (year=N vaut yearFrom=N&yearTo=N) : la période donnée est gardée"],
];

/** A parameter problem as the page's alert says it: "sort : « xyz » n'est pas un tri connu". */
export function describeIssue(issue: ParamIssue, lang: Lang = "fr"): string {
  // In English the messages are said as the parsers word them.
  if (lang === "en") return `${issue.param}: ${issue.message}`;
  for (const [pattern, say] of FRENCH) {
    const match = issue.message.match(pattern);
    if (match) return `${issue.param} : ${say(match)}`;
  }
  return `${issue.param} : ${issue.message}`;
}

/** The same parameter reported once (a value can be both malformed and given twice). */
export function uniqueIssues(issues: readonly ParamIssue[]): ParamIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => !seen.has(issue.param) && seen.add(issue.param));
}
