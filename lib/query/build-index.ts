import { frenchAreaNames } from "../authorities";
import { countryNameFr } from "../countries";
import { AUTHORITY_KINDS, FINANCER_CATEGORIES, STATUSES, authorityKey, type Dataset, type FrenchAuthority } from "../model";
import { embassiesByCountry } from "../profile/embassy";
import { worldRegionOf } from "../regions";
import { slugify } from "../slug";
import { UNKNOWN_COUNTRY_KEY } from "../keys";
import { labelsOf } from "../labels";
import { WORLD_REGION_KEYS } from "../world-regions";
import { Dictionary, IdLists } from "./dictionary";
import { type ListOrders, buildListOrders } from "./list-orders";
import { type WordIndex, buildWordIndex } from "./word-index";

/** Stands for "no value" in per-partnership id columns. */
export const NONE = -1;
/** End year of a partnership still ongoing. */
export const ONGOING = 9999;

/**
 * The dataset in columns: dictionaries of every dimension and typed arrays indexed by partnership
 * (p), theme entry (e) or funding row (r). Built once from the records, it holds no record: only
 * arrays, so that it can be saved beside the dataset and read back without parsing the records
 * (lib/data/snapshot.ts). Every query scans these arrays.
 */
export interface QueryIndex {
  /** Record id of each partnership. */
  ids: string[];
  byId: Map<string, number>;
  count: number;
  /** The dataset's provenance. */
  meta: Dataset["meta"];
  /** Partnerships read from the real Atlas (the other figures of the whole dataset are queries). */
  realPartnerships: number;
  dict: {
    country: Dictionary;
    region: Dictionary;
    theme: Dictionary;
    subTheme: Dictionary;
    subSubTheme: Dictionary;
    financer: Dictionary;
    financerCategory: Dictionary;
    authority: Dictionary;
    authorityKind: Dictionary;
    departement: Dictionary;
    frenchRegion: Dictionary;
    foreignPartner: Dictionary;
    status: Dictionary;
    form: Dictionary;
  };
  /** Parent theme of each sub-theme id, parent sub-theme of each sub-sub-theme id. */
  subThemeParent: number[];
  subSubThemeParent: number[];
  status: Int32Array;
  form: Int32Array;
  /** Start year (else first signature year), 0 when unknown. */
  startYear: Int16Array;
  /** Last active year: end date's year, ONGOING when ongoing, the start year when completed without date. */
  endYear: Int16Array;
  /**
   * Theme entries of p (main theme first, then secondary ones) are entries themeStart[p] …
   * themeStart[p + 1] - 1; entry e is (entryTheme[e], entrySubTheme[e], entrySubSubTheme[e]).
   */
  themeStart: Int32Array;
  entryTheme: Int32Array;
  entrySubTheme: Int32Array;
  entrySubSubTheme: Int32Array;
  /** Whether the first entry of p is its main theme (false when the fiche has none). */
  hasMainTheme: Uint8Array;
  country: IdLists;
  region: IdLists;
  authority: IdLists;
  authorityKind: IdLists;
  departement: IdLists;
  frenchRegion: IdLists;
  foreignPartner: IdLists;
  /** Funding rows of p are rows rowStart[p] … rowStart[p + 1] - 1. */
  rowStart: Int32Array;
  rowFinancer: Int32Array;
  rowCategory: Int32Array;
  rowAmount: Float64Array;
  /** 1 % Oudin amount, 0 when the column is empty. */
  rowOudin: Float64Array;
  /** Funding year, 0 when unknown. */
  rowYear: Int16Array;
  /** The latest year the dataset mentions: ongoing partnerships count as active up to it. */
  lastYear: number;
  /** Words of titles and descriptions, for `q`. */
  words: WordIndex;
  /** Partnerships in the static orders of lists (title, partner country, start year). */
  orders: ListOrders;
  /** Each French authority (by id of dict.authority) as its first record names it. */
  authorityRecords: FrenchAuthority[];
  /** The French diplomatic post most often named for each partner country (ISO alpha-2). */
  embassies: Record<string, string>;
}

const unique = (ids: number[]) => [...new Set(ids)];

/** Builds the columns of a dataset. */
export function buildQueryIndex(dataset: Dataset): QueryIndex {
  const { partnerships } = dataset;
  const count = partnerships.length;
  const areas = frenchAreaNames();
  const dict = {
    country: new Dictionary(),
    region: new Dictionary(),
    theme: new Dictionary(),
    subTheme: new Dictionary(),
    subSubTheme: new Dictionary(),
    financer: new Dictionary(),
    financerCategory: new Dictionary(),
    authority: new Dictionary(),
    authorityKind: new Dictionary(),
    departement: new Dictionary(),
    frenchRegion: new Dictionary(),
    foreignPartner: new Dictionary(),
    status: new Dictionary(),
    form: new Dictionary(),
  };
  // Fixed vocabularies are named in French here only to order ties of a breakdown alphabetically
  // (Dictionary.labelRanks); what is shown comes from lib/labels.
  const fr = labelsOf("fr");
  for (const key of WORLD_REGION_KEYS) dict.region.intern(key, fr.worldRegions[key]);
  for (const category of FINANCER_CATEGORIES) dict.financerCategory.intern(category, fr.financerCategoriesShort[category]);
  for (const status of STATUSES) dict.status.intern(status, fr.statuses[status]);
  for (const kind of AUTHORITY_KINDS) dict.authorityKind.intern(kind, fr.authorityKinds[kind]);

  // A few thousand distinct labels recur across 100,000+ records: slug each once.
  const slugs = new Map<string, string>();
  const slug = (label: string) => {
    let value = slugs.get(label);
    if (value === undefined) {
      value = slugify(label);
      slugs.set(label, value);
    }
    return value;
  };
  const subThemeParent: number[] = [];
  const subSubThemeParent: number[] = [];
  const addTheme = (ref: { theme: string; subTheme: string | null; subSubTheme: string | null }) => {
    const theme = dict.theme.intern(slug(ref.theme), ref.theme);
    const subTheme = ref.subTheme ? dict.subTheme.intern(slug(ref.subTheme), ref.subTheme) : NONE;
    if (subTheme !== NONE) subThemeParent[subTheme] ??= theme;
    const subSubTheme = ref.subSubTheme && subTheme !== NONE ? dict.subSubTheme.intern(slug(ref.subSubTheme), ref.subSubTheme) : NONE;
    if (subSubTheme !== NONE) subSubThemeParent[subSubTheme] ??= subTheme;
    entries[0]!.push(theme);
    entries[1]!.push(subTheme);
    entries[2]!.push(subSubTheme);
  };

  const status = new Int32Array(count);
  const form = new Int32Array(count);
  const startYear = new Int16Array(count);
  const endYear = new Int16Array(count);
  const hasMainTheme = new Uint8Array(count);
  const themeStart = new Int32Array(count + 1);
  const entries: number[][] = [[], [], []];
  const authorityRecords: FrenchAuthority[] = [];
  const lists = { country: [] as number[][], region: [] as number[][], authority: [] as number[][], authorityKind: [] as number[][], departement: [] as number[][], frenchRegion: [] as number[][], foreignPartner: [] as number[][] };
  const totalRows = partnerships.reduce((sum, p) => sum + p.funding.length, 0);
  const rowStart = new Int32Array(count + 1);
  const rowFinancer = new Int32Array(totalRows);
  const rowCategory = new Int32Array(totalRows);
  const rowAmount = new Float64Array(totalRows);
  const rowOudin = new Float64Array(totalRows);
  const rowYear = new Int16Array(totalRows);
  const byId = new Map<string, number>();

  let r = 0;
  partnerships.forEach((p, index) => {
    byId.set(p.id, index);
    status[index] = p.status ? dict.status.idOf(p.status)! : NONE;
    form[index] = p.form ? dict.form.intern(slug(p.form), p.form) : NONE;
    const start = p.startYear ?? p.firstSignatureYear ?? 0;
    startYear[index] = start;
    const endDateYear = p.endDate ? Number(p.endDate.slice(0, 4)) : null;
    endYear[index] = p.status === "ongoing" ? ONGOING : (endDateYear ?? (p.status === "completed" ? start : ONGOING));
    themeStart[index] = entries[0]!.length;
    if (p.theme) addTheme(p.theme);
    p.otherThemes.forEach(addTheme);
    hasMainTheme[index] = p.theme ? 1 : 0;

    const countries = p.foreignPartners.map((f) =>
      f.country ? dict.country.intern(f.country, countryNameFr(f.country)) : dict.country.intern(UNKNOWN_COUNTRY_KEY, fr.unknownCountry),
    );
    lists.country.push(unique(countries));
    lists.region.push(
      unique(p.foreignPartners.flatMap((f) => {
        const region = f.country ? worldRegionOf(f.country) : null;
        return region ? [dict.region.idOf(region)!] : [];
      })),
    );
    lists.foreignPartner.push(unique(p.foreignPartners.map((f) => dict.foreignPartner.intern(`${f.country ?? f.countryName}|${f.name}`, f.name))));
    lists.authority.push(
      unique(p.frenchAuthorities.map((a) => {
        const id = dict.authority.intern(authorityKey(a), a.name);
        authorityRecords[id] ??= a;
        return id;
      })),
    );
    lists.authorityKind.push(unique(p.frenchAuthorities.flatMap((a) => (a.kind ? [dict.authorityKind.idOf(a.kind)!] : []))));
    lists.departement.push(
      unique(p.frenchAuthorities.flatMap((a) => (a.departement ? [dict.departement.intern(a.departement, areas.departements.get(a.departement) ?? a.departement)] : []))),
    );
    lists.frenchRegion.push(
      unique(p.frenchAuthorities.flatMap((a) => (a.region ? [dict.frenchRegion.intern(a.region, areas.regions.get(a.region) ?? a.region)] : []))),
    );

    rowStart[index] = r;
    for (const row of p.funding) {
      rowFinancer[r] = dict.financer.intern(slug(row.financer), row.financer);
      rowCategory[r] = dict.financerCategory.idOf(row.category)!;
      rowAmount[r] = row.amount;
      rowOudin[r] = row.oudinAmount ?? 0;
      rowYear[r] = row.year ?? 0;
      r += 1;
    }
  });
  rowStart[count] = r;
  themeStart[count] = entries[0]!.length;
  let lastYear = 0;
  for (const year of startYear) if (year > lastYear) lastYear = year;
  for (const year of rowYear) if (year > lastYear) lastYear = year;
  for (const year of endYear) if (year !== ONGOING && year > lastYear) lastYear = year;

  return {
    ids: partnerships.map((p) => p.id), byId, count, meta: dataset.meta,
    realPartnerships: partnerships.reduce((count, p) => count + (p.source.real ? 1 : 0), 0),
    dict, subThemeParent, subSubThemeParent, status, form, startYear, endYear, hasMainTheme, themeStart,
    entryTheme: Int32Array.from(entries[0]!),
    entrySubTheme: Int32Array.from(entries[1]!),
    entrySubSubTheme: Int32Array.from(entries[2]!),
    country: IdLists.fromLists(lists.country),
    region: IdLists.fromLists(lists.region),
    authority: IdLists.fromLists(lists.authority),
    authorityKind: IdLists.fromLists(lists.authorityKind),
    departement: IdLists.fromLists(lists.departement),
    frenchRegion: IdLists.fromLists(lists.frenchRegion),
    foreignPartner: IdLists.fromLists(lists.foreignPartner),
    rowStart, rowFinancer, rowCategory, rowAmount, rowOudin, rowYear, lastYear,
    words: buildWordIndex(partnerships.map((p) => `${p.title} ${p.description ?? ""}`)),
    orders: buildListOrders(partnerships, startYear),
    authorityRecords,
    embassies: embassiesByCountry(partnerships),
  };
}
