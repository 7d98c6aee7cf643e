/**
 * The naive counterpart of lib/query/explain.ts, used only by tests: each partnership's
 * contribution to a row (a set of group keys), computed record by record with reference.ts's
 * semantics. It must stay simple enough to be obviously right. Without `by`, the whole selection
 * is one group, keyed SELECTION_KEY.
 */
import { authorityKey, type FundingRow, type Partnership } from "../model";
import type { ExplainedQuery } from "./explain";
import { groupsOf, matches, rowKey, rowPasses, selected, themeShare } from "./reference";

const FUNDING_BREAKDOWNS = new Set(["year", "financer", "financerCategory"]);
const THEME_LEVELS = new Set(["theme", "subTheme", "subSubTheme"]);
export const SELECTION_KEY = "selection";

/**
 * For each group of the breakdown, by key: the contribution of each partnership its explanation
 * lists, by id. Amounts: those with a positive contribution; counts: every partnership counted in
 * the group (distinct counts: each member credited to the first partnership bringing it, by start
 * year, unknown last, then dataset order). The row "others" is the sum of the groups it folds.
 */
export function referenceContributions(partnerships: readonly Partnership[], q: ExplainedQuery, lastYear: number): Map<string, Map<string, number>> {
  const isAmount = q.measure === "amount" || q.measure === "oudinAmount";
  const distinct = q.measure === "frenchAuthorities" || q.measure === "foreignPartners";
  const amountOf = (r: FundingRow) => (q.measure === "oudinAmount" ? (r.oudinAmount ?? 0) : r.amount);
  const membersOf = (p: Partnership) =>
    new Set(q.measure === "frenchAuthorities" ? p.frenchAuthorities.map(authorityKey) : p.foreignPartners.map((f) => `${f.country ?? f.countryName}|${f.name}`));
  const startOf = (p: Partnership) => p.startYear ?? p.firstSignatureYear ?? Infinity;
  const order = partnerships.map((p, position) => ({ p, position }));
  if (distinct) order.sort((a, b) => (startOf(a.p) === startOf(b.p) ? a.position - b.position : startOf(a.p) - startOf(b.p)));

  const result = new Map<string, Map<string, number>>();
  const add = (key: string, id: string, contribution: number) => {
    const group = result.get(key) ?? result.set(key, new Map()).get(key)!;
    group.set(id, (group.get(id) ?? 0) + contribution);
  };
  const seen = new Map<string, Set<string>>();
  for (const { p } of order) {
    if (!matches(q, p)) continue;
    const rows = p.funding.filter((r) => rowPasses(q, r));
    const share = themeShare(q, p);
    const amounts = new Map<string, number>();
    let counted: string[] = [];
    if (q.by !== undefined && FUNDING_BREAKDOWNS.has(q.by)) {
      for (const r of rows) amounts.set(rowKey(q.by, r), (amounts.get(rowKey(q.by, r)) ?? 0) + amountOf(r) * share);
      counted = [...amounts.keys()];
    } else {
      const amount = rows.reduce((sum, r) => sum + amountOf(r), 0);
      // Without a breakdown, a partnership is in the one group once, with its theme share (as /api/summary).
      const groups: [string, number][] = q.by === undefined ? [[SELECTION_KEY, share]] : groupsOf(q, p, q.by, lastYear);
      for (const [key, weight] of groups) amounts.set(key, (amounts.get(key) ?? 0) + amount * (q.by === undefined || THEME_LEVELS.has(q.by) ? weight : share));
      if (selected(q, p)) counted = [...new Set(groups.map(([key]) => key))];
    }
    if (isAmount) {
      for (const [key, contribution] of amounts) if (contribution > 0) add(key, p.id, contribution);
      continue;
    }
    for (const key of counted) {
      if (!distinct) {
        add(key, p.id, 1);
        continue;
      }
      const members = seen.get(key) ?? seen.set(key, new Set()).get(key)!;
      let credited = 0;
      for (const member of membersOf(p)) {
        if (members.has(member)) continue;
        members.add(member);
        credited += 1;
      }
      add(key, p.id, credited);
    }
  }
  return result;
}
