import type { Dictionary, IdLists } from "./dictionary";
import { type QueryIndex, type ThemeEntry, NONE } from "./build-index";
import type { AggregateQuery, Breakdown, Measure } from "./params";
import { QueryError, type Selection, select } from "./select";

/** One group of a breakdown. `key` is the code (ISO alpha-2, slug, INSEE code, year), `label` its French name. */
export interface AggregateRow {
  key: string | number;
  label: string;
  value: number;
  /** Partnerships in the group (for funding breakdowns: those with a funding row in it). */
  partnerships: number;
}

export interface AggregateResult {
  rows: AggregateRow[];
  /** The measure over everything the filters keep (not the sum of rows when groups overlap). */
  total: number;
  /** Partnerships the filters keep. */
  partnerships: number;
  /** Share of those partnerships that declare any funding (within the filters). */
  coverage: { funded: number; partnerships: number; share: number };
  /** True when a partnership counts in several groups, so that rows add up to more than `total`. */
  groupsOverlap: boolean;
}

export const NONE_KEY = "none";
export const NONE_LABEL = "Non renseigné";
export const OTHERS_KEY = "others";

const ROW_DIMENSIONS = new Set<Breakdown>(["financer", "financerCategory", "year"]);
const THEME_LEVEL = { theme: "theme", subTheme: "subTheme", subSubTheme: "subSubTheme" } as const;

interface Group {
  value: number;
  partnerships: number;
  members?: Set<number>;
  lastPartnership: number;
}

/** Ids of the French authorities or foreign partners a distinct-count measure counts. */
function memberLists(index: QueryIndex, measure: Measure): IdLists | null {
  if (measure === "frenchAuthorities") return index.authority;
  if (measure === "foreignPartners") return index.foreignPartner;
  return null;
}

/** Computes one breakdown of one measure under filters. Throws QueryError for unknown values. */
export function aggregate(index: QueryIndex, query: AggregateQuery): AggregateResult {
  const { by, measure, themeRule } = query;
  const isAmount = measure === "amount" || measure === "oudinAmount";
  if (by === "activeYear" && isAmount) {
    throw new QueryError("measure", "by=activeYear counts partnerships active each year: amounts are broken down by=year");
  }
  const selection = select(index, query);
  const amounts = measure === "oudinAmount" ? index.rowOudin : index.rowAmount;
  const members = memberLists(index, measure);
  const groups = new Map<number, Group>();
  const group = (id: number) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { value: 0, partnerships: 0, lastPartnership: -1, members: members ? new Set() : undefined }));
    return g;
  };
  const addMembers = (g: Group, p: number) => {
    if (!members) return;
    for (let i = members.offsets[p]!; i < members.offsets[p + 1]!; i += 1) g.members!.add(members.ids[i]!);
  };
  const hasThemeFilter = query.theme !== undefined || query.subTheme !== undefined || query.subSubTheme !== undefined;
  let overlap = false;
  let totalAmount = 0;

  for (let p = 0; p < index.count; p += 1) {
    if (selection.matches[p] !== 1) continue;
    const entries = index.themes[p]!;
    const share = themeRule === "split" && hasThemeFilter && entries.length > 0 ? entries.filter(selection.themeEntryMatches).length / entries.length : 1;
    let amount = 0;
    for (let r = index.rowStart[p]!; r < index.rowStart[p + 1]!; r += 1) if (selection.rowSelected[r] === 1) amount += amounts[r]!;
    totalAmount += amount * share;

    if (ROW_DIMENSIONS.has(by)) {
      let groupsOfP = 0;
      for (let r = index.rowStart[p]!; r < index.rowStart[p + 1]!; r += 1) {
        if (selection.rowSelected[r] !== 1) continue;
        const g = group(by === "year" ? index.rowYear[r] || NONE : by === "financer" ? index.rowFinancer[r]! : index.rowCategory[r]!);
        if (isAmount) g.value += amounts[r]! * share;
        if (g.lastPartnership !== p) {
          g.lastPartnership = p;
          g.partnerships += 1;
          groupsOfP += 1;
          if (measure === "partnerships") g.value += 1;
          addMembers(g, p);
        }
      }
      if (!isAmount && groupsOfP > 1) overlap = true;
      continue;
    }

    // Theme breakdowns carry the multi-theme rule in their weights; other breakdowns take the theme share whole.
    const weighted = partnershipGroups(index, selection, query, p, entries);
    const byTheme = by in THEME_LEVEL;
    const attributed = weighted.reduce((sum, [, weight]) => sum + (byTheme ? weight : share), 0);
    if (weighted.length > 1 && (!isAmount || attributed > share + 1e-9)) overlap = true;
    const isSelected = selection.selected[p] === 1;
    for (const [id, weight] of weighted) {
      const g = group(id);
      if (isAmount) g.value += amount * (byTheme ? weight : share);
      if (isSelected) {
        g.partnerships += 1;
        if (measure === "partnerships") g.value += 1;
        addMembers(g, p);
      }
    }
  }

  let rows: AggregateRow[] = [...groups.entries()]
    .map(([id, g]) => ({ ...describe(index, by, id), value: members ? g.members!.size : g.value, partnerships: g.partnerships }))
    .filter((row) => row.value !== 0 || row.partnerships !== 0)
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, "fr"));
  if (query.limit !== undefined && rows.length > query.limit) {
    const rest = rows.slice(query.limit);
    rows = [
      ...rows.slice(0, query.limit),
      {
        key: OTHERS_KEY,
        label: `Autres (${rest.length})`,
        value: rest.reduce((sum, row) => sum + row.value, 0),
        partnerships: rest.reduce((sum, row) => sum + row.partnerships, 0),
      },
    ];
  }

  const funded = countFunded(index, selection);
  return {
    rows,
    total: isAmount ? totalAmount : measure === "partnerships" ? selection.selectedCount : distinctOverSelection(index, selection, members!),
    partnerships: selection.selectedCount,
    coverage: { funded, partnerships: selection.selectedCount, share: selection.selectedCount ? funded / selection.selectedCount : 0 },
    groupsOverlap: overlap,
  };
}

/** The groups of a partnership for a breakdown on its own attributes, with the share of its amount each gets. */
function partnershipGroups(index: QueryIndex, selection: Selection, query: AggregateQuery, p: number, entries: ThemeEntry[]): [number, number][] {
  const { by, themeRule } = query;
  if (by in THEME_LEVEL) {
    const level = THEME_LEVEL[by as keyof typeof THEME_LEVEL];
    if (themeRule === "main" || entries.length === 0) {
      return index.hasMainTheme[p] === 1 ? [[entries[0]![level], 1]] : [[NONE, 1]];
    }
    const matching = entries.filter(selection.themeEntryMatches);
    if (themeRule === "split") return matching.map((e) => [e[level], 1 / entries.length]);
    return [...new Set(matching.map((e) => e[level]))].map((id) => [id, 1]);
  }
  if (by === "status") return [[index.status[p]!, 1]];
  if (by === "form") return [[index.form[p]!, 1]];
  if (by === "startYear") return [[index.startYear[p] || NONE, 1]];
  if (by === "activeYear") {
    // Every year from its start to its end (ongoing: the dataset's last year), within the year filter.
    if (index.startYear[p] === 0) return [[NONE, 1]];
    const from = Math.max(index.startYear[p]!, query.yearFrom ?? -Infinity);
    const to = Math.min(index.endYear[p]!, index.lastYear, query.yearTo ?? Infinity);
    const years: [number, number][] = [];
    for (let year = from; year <= to; year += 1) years.push([year, 1]);
    return years;
  }
  const lists = index[by as "country" | "region" | "authority" | "departement" | "frenchRegion"];
  const start = lists.offsets[p]!;
  const end = lists.offsets[p + 1]!;
  if (start === end) return [[NONE, 1]];
  const ids: [number, number][] = [];
  for (let i = start; i < end; i += 1) ids.push([lists.ids[i]!, 1]);
  return ids;
}

function describe(index: QueryIndex, by: Breakdown, id: number): { key: string | number; label: string } {
  if (id === NONE) return { key: NONE_KEY, label: NONE_LABEL };
  if (by === "year" || by === "startYear" || by === "activeYear") return { key: id, label: String(id) };
  const dict: Dictionary = index.dict[by];
  return { key: dict.keys[id]!, label: dict.labels[id]! };
}

function countFunded(index: QueryIndex, selection: Selection): number {
  let funded = 0;
  for (let p = 0; p < index.count; p += 1) {
    if (selection.selected[p] !== 1) continue;
    for (let r = index.rowStart[p]!; r < index.rowStart[p + 1]!; r += 1) {
      if (selection.rowSelected[r] === 1) {
        funded += 1;
        break;
      }
    }
  }
  return funded;
}

function distinctOverSelection(index: QueryIndex, selection: Selection, lists: IdLists): number {
  const seen = new Set<number>();
  for (let p = 0; p < index.count; p += 1) {
    if (selection.selected[p] !== 1) continue;
    for (let i = lists.offsets[p]!; i < lists.offsets[p + 1]!; i += 1) seen.add(lists.ids[i]!);
  }
  return seen.size;
}
