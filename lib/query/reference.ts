/**
 * A deliberately naive implementation of the query semantics, over plain records, used only by
 * tests to check the engine's columnar one. It must stay simple enough to be obviously right.
 */
import { NONE_KEY, UNKNOWN_COUNTRY_KEY } from "../keys";
import { authorityKey, type FundingRow, type Partnership, type ThemeRef } from "../model";
import { normalizeName } from "../normalize";
import { worldRegionOf } from "../regions";
import { slugify } from "../slug";
import type { Breakdown, Filters } from "./params";

type Entry = ThemeRef;

const entriesOf = (p: Partnership): Entry[] => [...(p.theme ? [p.theme] : []), ...p.otherThemes];
const startOf = (p: Partnership) => p.startYear ?? p.firstSignatureYear;
function endOf(p: Partnership): number {
  if (p.status === "ongoing") return Infinity;
  if (p.endDate) return Number(p.endDate.slice(0, 4));
  return p.status === "completed" ? (startOf(p) ?? Infinity) : Infinity;
}

export function entryMatches(f: Filters, e: Entry): boolean {
  return (
    (!f.theme || slugify(e.theme) === f.theme) &&
    (!f.subTheme || (e.subTheme !== null && slugify(e.subTheme) === f.subTheme)) &&
    (!f.subSubTheme || (e.subSubTheme !== null && e.subTheme !== null && slugify(e.subSubTheme) === f.subSubTheme))
  );
}
const hasThemeFilter = (f: Filters) => Boolean(f.theme || f.subTheme || f.subSubTheme);

export function rowPasses(f: Filters, row: FundingRow): boolean {
  if (f.financer.length && !f.financer.includes(slugify(row.financer))) return false;
  if (f.financerCategory.length && !f.financerCategory.includes(row.category)) return false;
  if (f.yearFrom !== undefined || f.yearTo !== undefined) {
    if (row.year === null) return false;
    if (f.yearFrom !== undefined && row.year < f.yearFrom) return false;
    if (f.yearTo !== undefined && row.year > f.yearTo) return false;
  }
  return true;
}

/** Every filter but the year range. */
export function matches(f: Filters, p: Partnership): boolean {
  const countries = p.foreignPartners.map((x) => x.country ?? UNKNOWN_COUNTRY_KEY);
  if (f.country.length && !countries.some((c) => f.country.includes(c))) return false;
  if (f.region.length && !p.foreignPartners.some((x) => x.country && f.region.includes(worldRegionOf(x.country)!))) return false;
  if (f.status && p.status !== f.status) return false;
  if (f.form && (!p.form || slugify(p.form) !== f.form)) return false;
  if (f.authority.length && !p.frenchAuthorities.some((a) => f.authority.includes(authorityKey(a)))) return false;
  if (f.authorityKind.length && !p.frenchAuthorities.some((a) => a.kind && f.authorityKind.includes(a.kind))) return false;
  if (f.departement.length && !p.frenchAuthorities.some((a) => a.departement && f.departement.includes(a.departement))) return false;
  if (f.frenchRegion.length && !p.frenchAuthorities.some((a) => a.region && f.frenchRegion.includes(a.region))) return false;
  if (hasThemeFilter(f)) {
    const ok = f.themeScope === "any" ? entriesOf(p).some((e) => entryMatches(f, e)) : p.theme !== null && entryMatches(f, p.theme);
    if (!ok) return false;
  }
  if (f.q) {
    const text = ` ${normalizeName(`${p.title} ${p.description ?? ""}`)} `;
    if (!normalizeName(f.q).split(" ").every((w) => text.includes(` ${w}`))) return false;
  }
  if ((f.financer.length || f.financerCategory.length) && !p.funding.some((r) => rowPasses(f, r))) return false;
  return true;
}

export function selected(f: Filters, p: Partnership): boolean {
  if (!matches(f, p)) return false;
  if (f.yearFrom === undefined && f.yearTo === undefined) return true;
  const start = startOf(p);
  if (start === null) return false;
  const from = f.yearFrom ?? -Infinity;
  const to = f.yearTo ?? Infinity;
  return f.yearMode === "started" ? start >= from && start <= to : start <= to && endOf(p) >= from;
}

export function themeShare(f: Filters, p: Partnership): number {
  const entries = entriesOf(p);
  if (f.themeRule !== "split" || !hasThemeFilter(f) || entries.length === 0) return 1;
  return entries.filter((e) => entryMatches(f, e)).length / entries.length;
}

const levelKey = (e: Entry, level: "theme" | "subTheme" | "subSubTheme") => {
  const value = e[level];
  return value === null ? NONE_KEY : slugify(value);
};

/** Group keys of a partnership for a breakdown on its attributes, with the share of its amount each gets. */
export function groupsOf(f: Filters, p: Partnership, by: Breakdown, lastYear = 0): [string, number][] {
  switch (by) {
    case "activeYear": {
      const start = startOf(p);
      if (start === null) return [[NONE_KEY, 1]];
      const years: [string, number][] = [];
      for (let y = Math.max(start, f.yearFrom ?? -Infinity); y <= Math.min(endOf(p), lastYear, f.yearTo ?? Infinity); y += 1) years.push([String(y), 1]);
      return years;
    }
    case "theme":
    case "subTheme":
    case "subSubTheme": {
      const entries = entriesOf(p);
      if (f.themeRule === "main" || entries.length === 0) return [[p.theme ? levelKey(p.theme, by) : NONE_KEY, 1]];
      const matching = entries.filter((e) => entryMatches(f, e));
      if (f.themeRule === "split") return matching.map((e) => [levelKey(e, by), 1 / entries.length]);
      return [...new Set(matching.map((e) => levelKey(e, by)))].map((k) => [k, 1]);
    }
    case "country":
      return keysOrNone(p.foreignPartners.map((x) => x.country ?? UNKNOWN_COUNTRY_KEY));
    case "region":
      return keysOrNone(p.foreignPartners.flatMap((x) => (x.country ? [worldRegionOf(x.country)!] : [])));
    case "authority":
      return keysOrNone(p.frenchAuthorities.map(authorityKey));
    case "departement":
      return keysOrNone(p.frenchAuthorities.flatMap((a) => (a.departement ? [a.departement] : [])));
    case "frenchRegion":
      return keysOrNone(p.frenchAuthorities.flatMap((a) => (a.region ? [a.region] : [])));
    case "status":
      return [[p.status ?? NONE_KEY, 1]];
    case "form":
      return [[p.form ? slugify(p.form) : NONE_KEY, 1]];
    case "startYear":
      return [[String(startOf(p) ?? NONE_KEY), 1]];
    default:
      throw new Error(`${by} is a funding-row breakdown`);
  }
}

function keysOrNone(keys: string[]): [string, number][] {
  const unique = [...new Set(keys)];
  return unique.length ? unique.map((k) => [k, 1]) : [[NONE_KEY, 1]];
}

export function rowKey(by: Breakdown, row: FundingRow): string {
  if (by === "year") return String(row.year ?? NONE_KEY);
  if (by === "financer") return slugify(row.financer);
  return row.category;
}
