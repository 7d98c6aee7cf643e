import { NONE, type QueryIndex } from "./build-index";
import type { IdLists } from "./dictionary";
import type { Measure } from "./params";

/** Years are group slots of their own value; the slot after the last year is "none". */
export const YEAR_SLOTS = 2101;

/** Ids of the French authorities or foreign partners a distinct-count measure counts. */
export function memberLists(index: QueryIndex, measure: Measure): IdLists | null {
  if (measure === "frenchAuthorities") return index.authority;
  if (measure === "foreignPartners") return index.foreignPartner;
  return null;
}

/** How many distinct members (authorities, partners) a distinct-count measure can meet. */
export function memberCount(index: QueryIndex, measure: Measure): number {
  if (measure === "frenchAuthorities") return index.dict.authority.size;
  if (measure === "foreignPartners") return index.dict.foreignPartner.size;
  return 0;
}

/**
 * Group accumulators in dense typed arrays, one slot per dictionary id or year, and a last slot
 * for "none": a query touches at most a few thousand slots and allocates nothing per partnership.
 */
export class Groups {
  readonly value: Float64Array;
  readonly partnerships: Int32Array;
  readonly lastPartnership: Int32Array;
  /** Distinct measures: per slot, a bitmap of the members counted (built when the slot is first used) and their number. */
  readonly members: (Uint8Array | undefined)[] = [];
  readonly distinctCount: Int32Array;
  /** Slots in the order they were first used, so that only those are read back. */
  readonly touched: number[] = [];
  private readonly seen: Uint8Array;
  readonly none: number;

  constructor(
    size: number,
    readonly distinct: IdLists | null,
    private readonly memberCount = 0,
  ) {
    this.none = size;
    this.distinctCount = new Int32Array(size + 1);
    this.value = new Float64Array(size + 1);
    this.partnerships = new Int32Array(size + 1);
    this.lastPartnership = new Int32Array(size + 1).fill(-1);
    this.seen = new Uint8Array(size + 1);
  }

  slot(id: number): number {
    const slot = id === NONE ? this.none : id;
    if (this.seen[slot] === 0) {
      this.seen[slot] = 1;
      this.touched.push(slot);
    }
    return slot;
  }

  /** Counts partnership p in a slot once, with its French authorities or partners for distinct measures. */
  countPartnership(slot: number, p: number): boolean {
    if (this.lastPartnership[slot] === p) return false;
    this.lastPartnership[slot] = p;
    this.partnerships[slot]! += 1;
    if (this.distinct) {
      this.members[slot] ??= new Uint8Array(this.memberCount);
      const seen = this.members[slot]!;
      for (let i = this.distinct.offsets[p]!; i < this.distinct.offsets[p + 1]!; i += 1) {
        const id = this.distinct.ids[i]!;
        if (seen[id] === 0) {
          seen[id] = 1;
          this.distinctCount[slot]! += 1;
        }
      }
    }
    return true;
  }
}
