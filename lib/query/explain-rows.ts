import { OTHERS_KEY } from "../keys";
import { type Lang, labelsOf } from "../labels";
import { explainFr } from "../labels/fr-explain";
import { groupLabel } from "../labels/groups";
import type { Partnership } from "../model";
import { partnershipHref } from "../pages/links";
import type { ExplainContext } from "./explain";
import type { Parts } from "./explain-parts";
import { partnerCountries } from "./list";
import { firstLine } from "./list-orders";
import type { Breakdown, Measure, ThemeRule } from "./params";
import type { RecordSource } from "./records";

/** A member of a distinct count (a French authority, a foreign partner); `group` on the rows of "others". */
export interface ExplainMember {
  key: string;
  label: string;
  group?: string | number;
}

/** A funding row summed into the row: its amount under the measure, the share applied, and what it contributes. */
export interface ExplainFunding {
  financer: string;
  category: string;
  year: number | null;
  amount: number;
  share: number;
  contribution: number;
}

/** One group of the explained row a partnership counts in (several only for "others"). */
export interface ExplainGroupPart {
  key: string | number;
  label: string;
  /** Amounts: the share of the partnership's amount this group gets; null for counts. */
  share: number | null;
  contribution: number;
}

export interface ExplainRow {
  id: string;
  /** First line of the title. */
  title: string;
  /** The partnership's page. */
  href: string;
  startYear: number | null;
  countries: { code: string | null; name: string }[];
  /** False for generated (demonstration) records. */
  real: boolean;
  contribution: number;
  /**
   * Amounts: the factor its funding rows are multiplied by: 1 (whole), a fraction when the split
   * rule shares it between themes, more than 1 when it counts in several groups of "others". Null for counts.
   */
  share: number | null;
  groups: ExplainGroupPart[];
  /** Amounts: the funding rows summed. */
  funding?: ExplainFunding[];
  /** Distinct counts: the members credited to this partnership, and those it brings that an earlier one was credited with. */
  counted?: ExplainMember[];
  notCounted?: ExplainMember[];
}

export type ExplainUnit = "euros" | "partnerships" | "frenchAuthorities" | "foreignPartners";

export interface ExplainResult {
  /** The row's key; null for the whole selection (no `by`: /api/summary's figure). */
  key: string | number | null;
  label: string;
  by: Breakdown | null;
  measure: Measure;
  themeRule: ThemeRule;
  segment: string | null;
  /** The row's value, as /api/aggregate gives it for the same parameters. */
  value: number;
  /** The sum of every contribution, over all pages: equal to `value` (to float rounding). */
  sum: number;
  /** What `value` and contributions count. */
  unit: ExplainUnit;
  /** Distinct counts: how each member is credited to one partnership (see lib/query/explain.ts); null otherwise. */
  attribution: "first-by-start-year" | null;
  /** In French, what a contribution is and how shares apply: for the panel and the CSV. */
  notes: string[];
  /**
   * The groups the row gathers (one, or those "others" folds), with their values and partnerships
   * as /api/aggregate counts them (for amounts, also those without an amount, which `rows` leaves
   * out): the first MAX_GROUPS in /api/aggregate's order. None for the whole selection.
   */
  groups: { key: string | number; label: string; value: number; partnerships: number }[];
  /** How many groups the row gathers (more than `groups` lists when "others" folds thousands of authorities). */
  groupCount: number;
  rows: ExplainRow[];
  /** Partnerships listed, over all pages. */
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** The groups of "others" an answer names: /api/aggregate without `limit` gives them all. */
export const MAX_GROUPS = 100;

/** The explanation with the rows `indices` (into context.positions) named, reading their records. */
export function explainResult(
  context: ExplainContext,
  records: RecordSource,
  indices: Int32Array,
  paging: { page: number; pageSize: number },
  segment: string | null,
  lang: Lang = "fr",
): ExplainResult {
  const { index, query, key } = context;
  const { by, measure } = query;
  const isAmount = measure === "amount" || measure === "oudinAmount";
  return {
    key,
    label: by === undefined || key === null ? explainFr.selection : key === OTHERS_KEY ? labelsOf(lang).others(context.groups.length) : groupLabel(index, by, key, lang),
    by: by ?? null,
    measure,
    themeRule: query.themeRule,
    segment,
    value: context.value,
    sum: context.sum,
    unit: isAmount ? "euros" : (measure as ExplainUnit),
    attribution: measure === "frenchAuthorities" || measure === "foreignPartners" ? "first-by-start-year" : null,
    notes: explainNotes(context),
    groups: context.groups.slice(0, MAX_GROUPS).map((group) => ({
      key: group.key,
      label: by === undefined ? explainFr.selection : groupLabel(index, by, group.key, lang),
      value: group.value,
      partnerships: group.partnerships,
    })),
    groupCount: context.groups.length,
    rows: Array.from(indices, (i) => explainRow(context, records.get(context.positions[i]!), i, lang)),
    total: context.positions.length,
    page: paging.page,
    pageSize: paging.pageSize,
    pageCount: Math.ceil(context.positions.length / paging.pageSize),
  };
}

/** One listed partnership, `i` its index in context.positions and `record` its record. */
export function explainRow(context: ExplainContext, record: Partnership, i: number, lang: Lang = "fr"): ExplainRow {
  const { index, query, members } = context;
  const p = context.positions[i]!;
  const parts = context.partsOf(p);
  const isAmount = query.measure === "amount" || query.measure === "oudinAmount";
  const amounts = query.measure === "oudinAmount" ? index.rowOudin : index.rowAmount;
  const several = context.groups.length > 1;
  const row: ExplainRow = {
    id: record.id,
    title: firstLine(record.title),
    href: partnershipHref(record.id),
    startYear: record.startYear ?? record.firstSignatureYear,
    countries: partnerCountries(record),
    real: record.source.real,
    contribution: context.contributions[i]!,
    share: isAmount ? (parts.rowCount > 0 ? parts.factors[0]! : 0) : null,
    groups: [],
  };
  let total = 0;
  if (isAmount) {
    row.funding = [];
    for (let k = 0; k < parts.rowCount; k += 1) {
      const r = parts.rows[k]!;
      const share = parts.factors[k]!;
      total += amounts[r]!;
      row.funding.push({
        financer: index.dict.financer.labels[index.rowFinancer[r]!]!,
        category: index.dict.financerCategory.keys[index.rowCategory[r]!]!,
        year: index.rowYear[r] || null,
        amount: amounts[r]!,
        share,
        contribution: amounts[r]! * share,
      });
    }
  }
  const memberDict = query.measure === "frenchAuthorities" ? index.dict.authority : index.dict.foreignPartner;
  if (members) {
    row.counted = [];
    row.notCounted = [];
  }
  const { by } = query;
  for (let s = 0; s < parts.slotCount; s += 1) {
    const slot = parts.slots[s]!;
    // The whole selection has no group to name (its one slot has no key).
    const groupKey = by === undefined ? null : context.keyOfSlot(slot);
    let contribution = 1;
    if (isAmount) contribution = amountIn(parts, s, total, amounts);
    else if (members) {
      contribution = 0;
      for (let k = members.offsets[p]!; k < members.offsets[p + 1]!; k += 1) {
        const member = members.ids[k]!;
        const entry: ExplainMember = { key: memberDict.keys[member]!, label: memberDict.labels[member]!, ...(several && groupKey !== null ? { group: groupKey } : {}) };
        const credited = context.credited(p, slot, member);
        if (credited) contribution += 1;
        (credited ? row.counted! : row.notCounted!).push(entry);
      }
    }
    if (by !== undefined && groupKey !== null) row.groups.push({ key: groupKey, label: groupLabel(index, by, groupKey, lang), share: isAmount ? parts.weights[s]! : null, contribution });
  }
  return row;
}

/** What a group contributes of the partnership's amount: its own funding rows (funding-row breakdowns), else its share of them all. */
function amountIn(parts: Parts, s: number, total: number, amounts: Float64Array): number {
  const slot = parts.slots[s]!;
  if (parts.rowCount === 0 || parts.rowSlots[0] === -1) return total * parts.weights[s]!;
  let amount = 0;
  for (let k = 0; k < parts.rowCount; k += 1) if (parts.rowSlots[k] === slot) amount += amounts[parts.rows[k]!]! * parts.factors[k]!;
  return amount;
}

/** The sentences that say what the contributions are under this query (French). */
export function explainNotes(context: ExplainContext): string[] {
  const { query, selection } = context;
  const notes: string[] = [explainFr.contribution[query.measure]];
  if (query.by === undefined) notes.push(explainFr.wholeSelection);
  const isAmount = query.measure === "amount" || query.measure === "oudinAmount";
  const themeLevel = query.by === "theme" || query.by === "subTheme" || query.by === "subSubTheme";
  if (isAmount && (query.by === "year" || query.by === "financer" || query.by === "financerCategory")) notes.push(explainFr.rowFunding);
  if (query.by === "activeYear") notes.push(explainFr.activeYears);
  if (isAmount && query.themeRule === "split" && themeLevel) notes.push(explainFr.split);
  else if (isAmount && query.themeRule === "split" && selection.entryMatches !== null) notes.push(explainFr.splitFilter);
  if (isAmount && query.themeRule === "full" && themeLevel) notes.push(explainFr.full);
  if (context.key === OTHERS_KEY) notes.push(explainFr.others(context.groups.length));
  return notes;
}
