import { countryNameFr } from "../countries";
import type { Partnership } from "../model";
import type { QueryIndex } from "./build-index";
import { firstLine } from "./list-orders";
import type { RecordSource } from "./records";
import type { Filters, ListQuery, Sort } from "./params";
import { type Selection, withSelection } from "./select";

/** What a list shows of a partnership: never the whole record. */
export interface PartnershipSummary {
  id: string;
  /** First line of the title. */
  title: string;
  startYear: number | null;
  status: Partnership["status"];
  theme: string | null;
  frenchAuthorities: string[];
  countries: { code: string | null; name: string }[];
  /** Declared funding within the filters (financers, years), in euros; 0 when none. */
  amount: number;
  /** False for generated (demonstration) records. */
  real: boolean;
}

export interface ListResult {
  items: PartnershipSummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** One page of the partnerships the filters keep, in the requested order. */
export function listPartnerships(index: QueryIndex, records: RecordSource, query: ListQuery): ListResult {
  return withSelection(index, query, (selection) => listSelection(index, records, query, selection));
}

function listSelection(index: QueryIndex, records: RecordSource, query: ListQuery, selection: Selection): ListResult {
  const { positions, amountOf } = ordered(index, query.sort, selection);
  const start = (query.page - 1) * query.pageSize;
  const items = positions.slice(start, start + query.pageSize).map((p) => summarize(records.get(p), amountOf(p)));
  return {
    items,
    total: positions.length,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.ceil(positions.length / query.pageSize),
  };
}

/** Every partnership a list keeps, in its order, and the amount it shows for each: a whole list's export. */
export interface ListOrder {
  positions: Int32Array;
  /** Declared funding within the filters, by the same index as `positions`. */
  amounts: Float64Array;
}

export function listOrder(index: QueryIndex, query: Filters & { sort: Sort }): ListOrder {
  return withSelection(index, query, (selection) => {
    // Copied out: the selection's buffers go back to the pool when this returns.
    const { positions, amountOf } = ordered(index, query.sort, selection);
    return { positions: Int32Array.from(positions), amounts: Float64Array.from(positions, amountOf) };
  });
}

function ordered(index: QueryIndex, sort: Sort, selection: Selection): { positions: number[]; amountOf: (p: number) => number } {
  const amountOf = (p: number) => {
    let amount = 0;
    for (let r = index.rowStart[p]!; r < index.rowStart[p + 1]!; r += 1) if (selection.rowSelected[r] === 1) amount += index.rowAmount[r]!;
    return amount;
  };
  const descending = sort.startsWith("-");
  const key = sort.replace(/^-/, "") as Sort extends `-${infer K}` ? K : never;
  const positions: number[] = [];
  if (key === "amount") {
    const amounts = new Map<number, number>();
    for (let p = 0; p < index.count; p += 1) {
      if (selection.selected[p] !== 1) continue;
      positions.push(p);
      amounts.set(p, amountOf(p));
    }
    positions.sort((a, b) => amounts.get(a)! - amounts.get(b)! || a - b);
  } else {
    for (const p of index.orders[key as "title" | "startYear" | "country"]) if (selection.selected[p] === 1) positions.push(p);
  }
  if (descending) positions.reverse();
  return { positions, amountOf };
}

function summarize(p: Partnership, amount: number): PartnershipSummary {
  return {
    id: p.id,
    title: firstLine(p.title),
    startYear: p.startYear ?? p.firstSignatureYear,
    status: p.status,
    theme: p.theme?.theme ?? null,
    frenchAuthorities: p.frenchAuthorities.map((a) => a.name),
    countries: partnerCountries(p),
    amount,
    real: p.source.real,
  };
}

/** A partnership's partner countries, each once, in the order of its partners; unrecognised ones by their name, with no code. */
export function partnerCountries(p: Partnership): { code: string | null; name: string }[] {
  return [...new Map(p.foreignPartners.map((f) => [f.country ?? f.countryName, { code: f.country, name: f.country ? countryNameFr(f.country) : f.countryName }])).values()];
}
