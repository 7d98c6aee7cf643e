import type { QueryIndex } from "./build-index";
import type { IdLists } from "./dictionary";
import type { ExplainedQuery } from "./explain";
import { Parts, type PartsCollector } from "./explain-parts";
import { YEAR_SLOTS } from "./groups";
import type { ListField } from "./postings";
import { postingsOf } from "./postings";
import type { Selection } from "./select";

/** The partnerships of a row and what each contributes, from one pass over the candidates. */
export interface Scores {
  /** The partnerships listed, by position (ascending), and the contribution of each. */
  positions: Int32Array;
  contributions: Float64Array;
  /**
   * The row's value, added up in the order and with the operations of aggregate.ts's loops, so that
   * a single group's value is the one /api/aggregate gives ("others" takes its value from the aggregate).
   */
  value: number;
  /** Partnerships counted in the row: the `partnerships` of /api/aggregate's row. */
  partnerships: number;
  /** Distinct counts: each member of each slot credited to one partnership. */
  credits: Credits | null;
}

/** Which partnership each member of each slot is credited to: dense for one slot, a map for the slots of "others". */
export class Credits {
  private readonly dense: Int32Array | null;
  private readonly pairs = new Map<number, number>();
  size = 0;

  constructor(
    slots: number,
    private readonly memberTotal: number,
  ) {
    this.dense = slots === 1 ? new Int32Array(memberTotal).fill(-1) : null;
  }

  /** Credits the member to p unless an earlier partnership has it; whether p got it. */
  claim(slot: number, member: number, p: number): boolean {
    if (this.dense) {
      if (this.dense[member] !== -1) return false;
      this.dense[member] = p;
    } else {
      const pair = slot * this.memberTotal + member;
      if (this.pairs.has(pair)) return false;
      this.pairs.set(pair, p);
    }
    this.size += 1;
    return true;
  }

  holder(slot: number, member: number): number {
    return this.dense ? this.dense[member]! : (this.pairs.get(slot * this.memberTotal + member) ?? -1);
  }
}

const LIST_FIELDS = new Set<string>(["country", "region", "authority", "departement", "frenchRegion"]);

/**
 * The partnerships to visit: for one value of a list breakdown, its postings (the partnerships
 * naming it) within the selection, a sixth of the dataset for the largest country; else every matched one.
 */
export function candidatesOf(index: QueryIndex, query: ExplainedQuery, selection: Selection, slots: readonly number[], none: number): Int32Array {
  const { matched } = selection;
  if (slots.length !== 1 || slots[0] === none || query.by === undefined || !LIST_FIELDS.has(query.by)) return matched;
  const postings = postingsOf(index, query.by as ListField);
  const id = slots[0]!;
  const of = postings.ids.subarray(postings.offsets[id]!, postings.offsets[id + 1]!);
  if (matched.length === index.count) return of;
  // Both ascending: a merge keeps those in both.
  const both = new Int32Array(Math.min(of.length, matched.length));
  let n = 0;
  for (let i = 0, j = 0; i < of.length && j < matched.length; ) {
    if (of[i]! < matched[j]!) i += 1;
    else if (of[i]! > matched[j]!) j += 1;
    else {
      both[n++] = of[i]!;
      i += 1;
      j += 1;
    }
  }
  return both.subarray(0, n);
}

/** Scores every candidate: contributions, the row's value and partnerships, and for distinct counts the credits. */
export function score(index: QueryIndex, collector: PartsCollector, candidates: Int32Array, members: IdLists | null, credits: Credits | null): Scores {
  const parts = new Parts();
  const { isAmount } = collector;
  const amounts = collector.amounts;
  const found: number[] = [];
  const foundContributions: number[] = [];
  // Distinct counts credit members per slot: the slots of each listed partnership.
  const slotStart: number[] = [0];
  const slotList: number[] = [];
  let value = 0;
  let partnerships = 0;
  for (const p of candidates) {
    if (!collector.collect(p, parts)) continue;
    if (parts.counted) partnerships += parts.slotCount;
    let contribution = 0;
    if (isAmount) {
      if (parts.rowCount === 0) continue;
      if (parts.rowSlots[0] === -1) {
        // The partnership's whole amount times its groups' shares: aggregate.ts's `amount * share`.
        let amount = 0;
        for (let k = 0; k < parts.rowCount; k += 1) amount += amounts[parts.rows[k]!]!;
        contribution = amount * parts.factors[0]!;
        value += contribution;
      } else {
        for (let k = 0; k < parts.rowCount; k += 1) {
          const part = amounts[parts.rows[k]!]! * parts.factors[k]!;
          contribution += part;
          value += part;
        }
      }
      if (!(contribution > 0)) continue;
    } else if (!members) {
      contribution = parts.slotCount;
      value += contribution;
    } else {
      for (let i = 0; i < parts.slotCount; i += 1) slotList.push(parts.slots[i]!);
      slotStart.push(slotList.length);
    }
    found.push(p);
    foundContributions.push(contribution);
  }
  const positions = Int32Array.from(found);
  const contributions = Float64Array.from(foundContributions);
  if (members && credits) {
    credit(index, members, credits, positions, contributions, slotStart, slotList);
    value = credits.size;
  }
  return { positions, contributions, value, partnerships, credits };
}

/**
 * Credits each member of each slot to the first partnership bringing it, by start year (unknown
 * last) then position: a stable counting sort of the listed partnerships (already by position).
 * Adds to their contributions.
 */
function credit(index: QueryIndex, members: IdLists, credits: Credits, positions: Int32Array, contributions: Float64Array, slotStart: number[], slotList: number[]): void {
  const bucketOf = (i: number) => index.startYear[positions[i]!] || YEAR_SLOTS;
  const starts = new Int32Array(YEAR_SLOTS + 2);
  for (let i = 0; i < positions.length; i += 1) starts[bucketOf(i) + 1]! += 1;
  for (let b = 1; b < starts.length; b += 1) starts[b]! += starts[b - 1]!;
  const order = new Int32Array(positions.length);
  for (let i = 0; i < positions.length; i += 1) {
    const bucket = bucketOf(i);
    order[starts[bucket]!] = i;
    starts[bucket]! += 1;
  }
  for (const i of order) {
    const p = positions[i]!;
    for (let s = slotStart[i]!; s < slotStart[i + 1]!; s += 1) {
      for (let k = members.offsets[p]!; k < members.offsets[p + 1]!; k += 1) if (credits.claim(slotList[s]!, members.ids[k]!, p)) contributions[i]! += 1;
    }
  }
}
