import { singleGroupColumn } from "./aggregate";
import { NONE, type QueryIndex } from "./build-index";
import type { IdLists } from "./dictionary";
import { splitShare } from "./group-by";
import { YEAR_SLOTS } from "./groups";
import type { ExplainedQuery } from "./explain";
import type { AggregateQuery } from "./params";
import type { Selection } from "./select";

/**
 * What one partnership brings to the row being explained, by the very rules of the breakdown's
 * loop in group-by.ts (and active-years.ts): which of the row's groups it counts in, with the
 * share of its amount each gets, and which of its funding rows are summed, with the factor
 * applied to each. Every pass over the selection refills one `Parts`: nothing is allocated per
 * partnership.
 */
export class Parts {
  slotCount = 0;
  slots = new Int32Array(8);
  /** Per slot: the share of the partnership's amount the group gets (amounts), or 1 (counts). */
  weights = new Float64Array(8);
  rowCount = 0;
  rows = new Int32Array(8);
  /** Per funding row: the factor its amount is multiplied by (the shares of its groups added up). */
  factors = new Float64Array(8);
  /** Per funding row: its group's slot in funding-row breakdowns, -1 when it counts in each of the partnership's groups. */
  rowSlots = new Int32Array(8);

  /** Whether the partnership counts among the row's partnerships (the `partnerships` of /api/aggregate's row). */
  counted = false;

  reset(): void {
    this.slotCount = 0;
    this.rowCount = 0;
    this.counted = false;
  }

  /** Adds a slot with `weight` unless it is there already. */
  ensureSlot(slot: number, weight: number): void {
    for (let i = 0; i < this.slotCount; i += 1) if (this.slots[i] === slot) return;
    this.addSlot(slot, weight);
  }

  /** Adds `weight` to a slot, the slot added the first time (a partnership meets a few groups). */
  addSlot(slot: number, weight: number): void {
    for (let i = 0; i < this.slotCount; i += 1) {
      if (this.slots[i] === slot) {
        this.weights[i]! += weight;
        return;
      }
    }
    if (this.slotCount === this.slots.length) {
      this.slots = grown(this.slots, new Int32Array(this.slots.length * 2));
      this.weights = grown(this.weights, new Float64Array(this.weights.length * 2));
    }
    this.slots[this.slotCount] = slot;
    this.weights[this.slotCount] = weight;
    this.slotCount += 1;
  }

  addRow(row: number, factor: number, slot = -1): void {
    if (this.rowCount === this.rows.length) {
      this.rows = grown(this.rows, new Int32Array(this.rows.length * 2));
      this.factors = grown(this.factors, new Float64Array(this.factors.length * 2));
      this.rowSlots = grown(this.rowSlots, new Int32Array(this.rowSlots.length * 2));
    }
    this.rows[this.rowCount] = row;
    this.factors[this.rowCount] = factor;
    this.rowSlots[this.rowCount] = slot;
    this.rowCount += 1;
  }

  get totalWeight(): number {
    let total = 0;
    for (let i = 0; i < this.slotCount; i += 1) total += this.weights[i]!;
    return total;
  }
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

// "all": no breakdown, every partnership in slot 0 (the whole selection, /api/summary's figures).
type Kind = "all" | "row" | "single" | "list" | "entry" | "activeYear";
const LIST_BREAKDOWNS = ["country", "region", "authority", "departement", "frenchRegion"] as const;
type ListBreakdown = (typeof LIST_BREAKDOWNS)[number];
const isList = (by: string): by is ListBreakdown => (LIST_BREAKDOWNS as readonly string[]).includes(by);

/** How many group slots a breakdown has; its last slot, that many, is "none" (as in groups.ts). The whole selection has one. */
export function slotCountOf(index: QueryIndex, by: AggregateQuery["by"] | undefined): number {
  if (by === undefined) return 1;
  return by === "year" || by === "startYear" || by === "activeYear" ? YEAR_SLOTS : index.dict[by].size;
}

/**
 * Fills the parts of each partnership under a query: the loop of group-by.ts for the query's
 * breakdown, restricted to the slots of `target` (not 0 for the groups of the explained row).
 */
export class PartsCollector {
  readonly isAmount: boolean;
  private readonly kind: Kind;
  private readonly none: number;
  /** Euros or 1 % Oudin euros of each funding row. */
  readonly amounts: Float64Array;
  private readonly splitRule: boolean;
  private readonly column: Int32Array | Int16Array | null = null;
  private readonly lists: IdLists | null = null;

  constructor(
    private readonly index: QueryIndex,
    private readonly query: ExplainedQuery,
    private readonly selection: Selection,
    private readonly target: Int32Array,
  ) {
    const { by, measure, themeRule } = query;
    this.isAmount = measure === "amount" || measure === "oudinAmount";
    this.amounts = measure === "oudinAmount" ? index.rowOudin : index.rowAmount;
    this.none = slotCountOf(index, by);
    this.splitRule = themeRule === "split" && selection.entryMatches !== null;
    const single = by === undefined ? null : singleGroupColumn(index, by, themeRule);
    if (by === undefined) this.kind = "all";
    else if (by === "year" || by === "financer" || by === "financerCategory") {
      this.kind = "row";
      this.column = by === "year" ? index.rowYear : by === "financer" ? index.rowFinancer : index.rowCategory;
    } else if (single) {
      this.kind = "single";
      this.column = single;
    } else if (isList(by)) {
      this.kind = "list";
      this.lists = index[by];
    } else if (by === "activeYear") this.kind = "activeYear";
    else {
      this.kind = "entry";
      this.column = by === "theme" ? index.entryTheme : by === "subTheme" ? index.entrySubTheme : index.entrySubSubTheme;
    }
  }

  /**
   * Whether partnership p falls in the row's groups; `parts` then says how (and `parts.counted`
   * whether it is one of the row's partnerships). Counts only take the partnerships they count.
   * p must be one of `selection.matched`.
   */
  collect(p: number, parts: Parts): boolean {
    parts.reset();
    const isSelected = this.selection.selected[p] === 1;
    switch (this.kind) {
      case "row":
        // Funding-row breakdowns count a matched partnership by its rows, whatever its own years (groupByFundingRow).
        this.fundingRows(p, parts);
        parts.counted = parts.slotCount > 0;
        return parts.counted;
      case "activeYear":
        if (isSelected) this.activeYears(p, parts);
        parts.counted = parts.slotCount > 0;
        return parts.counted;
      default:
        // Amounts take every matched partnership (its funding rows in the years); counts only the selected ones.
        if (!this.isAmount && !isSelected) return false;
        if (this.kind === "all") this.add(parts, 0, this.share(p));
        else if (this.kind === "single") this.add(parts, this.slotOf(this.column![p]!), this.share(p));
        else if (this.kind === "list") this.listed(p, parts);
        else this.entries(p, parts);
        if (parts.slotCount === 0) return false;
        parts.counted = isSelected;
        if (this.isAmount) this.allRows(p, parts, parts.totalWeight);
        return true;
    }
  }

  private slotOf(id: number): number {
    return id === NONE ? this.none : id;
  }

  private share(p: number): number {
    return this.splitRule ? splitShare(this.index, this.selection, p) : 1;
  }

  private add(parts: Parts, slot: number, weight: number): void {
    if (this.target[slot] === 0) return;
    if (this.isAmount) parts.addSlot(slot, weight);
    else parts.ensureSlot(slot, 1);
  }

  /** Funding-row breakdowns: each selected row in its own group, matched partnerships whatever their years (groupByFundingRow). */
  private fundingRows(p: number, parts: Parts): void {
    const { rowStart } = this.index;
    const { rowSelected } = this.selection;
    const column = this.column!;
    const years = this.query.by === "year";
    const share = this.isAmount ? this.share(p) : 1;
    for (let r = rowStart[p]!; r < rowStart[p + 1]!; r += 1) {
      if (rowSelected[r] !== 1) continue;
      const slot = this.slotOf(years ? column[r] || NONE : column[r]!);
      if (this.target[slot] === 0) continue;
      parts.ensureSlot(slot, share);
      if (this.isAmount && this.amounts[r] !== 0) parts.addRow(r, share, slot);
    }
  }

  /** Every selected funding row with an amount, each multiplied by the shares of the partnership's groups. */
  private allRows(p: number, parts: Parts, factor: number): void {
    if (factor === 0) return;
    const { rowStart } = this.index;
    for (let r = rowStart[p]!; r < rowStart[p + 1]!; r += 1) {
      if (this.selection.rowSelected[r] === 1 && this.amounts[r] !== 0) parts.addRow(r, factor);
    }
  }

  /** List breakdowns: each value of the list, or "none" when it is empty (groupByList). */
  private listed(p: number, parts: Parts): void {
    const lists = this.lists!;
    const share = this.share(p);
    const start = lists.offsets[p]!;
    const end = lists.offsets[p + 1]!;
    if (start === end) this.add(parts, this.none, share);
    for (let i = start; i < end; i += 1) this.add(parts, lists.ids[i]!, share);
  }

  /** Theme levels under the split rule (1/n per matching entry) or the full rule (all of it per distinct theme): groupByThemeEntry. */
  private entries(p: number, parts: Parts): void {
    const { themeStart } = this.index;
    const { entryMatches } = this.selection;
    const column = this.column!;
    const first = themeStart[p]!;
    const count = themeStart[p + 1]! - first;
    if (count === 0) {
      this.add(parts, this.none, 1);
      return;
    }
    const full = this.query.themeRule === "full";
    for (let e = first; e < first + count; e += 1) {
      if (entryMatches !== null && entryMatches[e] === 0) continue;
      const slot = this.slotOf(column[e]!);
      if (!full) this.add(parts, slot, 1 / count);
      else if (this.target[slot] !== 0) parts.ensureSlot(slot, 1);
    }
  }

  /** Active years: each year from its start to its end within the year filter, "none" without a start (groupByActiveYear). */
  private activeYears(p: number, parts: Parts): void {
    const { index, query } = this;
    if (index.startYear[p] === 0) {
      this.add(parts, this.none, 1);
      return;
    }
    const from = Math.max(index.startYear[p]!, query.yearFrom ?? -Infinity);
    const to = Math.min(index.endYear[p]!, index.lastYear, query.yearTo ?? Infinity);
    for (let year = from; year <= to; year += 1) this.add(parts, year, 1);
  }
}
