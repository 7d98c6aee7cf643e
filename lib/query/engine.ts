import { isGroupKey } from "../keys";
import { groupLabel, nameResult, nameStacked } from "../labels/groups";
import { type Lang, labelsOf } from "../labels";
import { AUTHORITY_KINDS, type Dataset, FINANCER_CATEGORIES, STATUSES, type FrenchAuthority, type Partnership } from "../model";
import { worldRegionOf } from "../regions";
import { WORLD_REGION_KEYS } from "../world-regions";
import { type AggregateResult, aggregateEach } from "./aggregate";
import { type QueryIndex, buildQueryIndex } from "./build-index";
import { type ExplainQuery, withExplanation } from "./explain";
import { type ExplainResult, explainResult } from "./explain-rows";
import { type ListOrder, type ListResult, listOrder, listPartnerships } from "./list";
import { MemoryRecords, type RecordSource } from "./records";
import { type AppliedFilter, describeFilters } from "./describe";
import type { AggregateQuery, Filters, FrenchAreaLevel, ListQuery, Sort } from "./params";
import { aggregateStacked } from "./stack";
import { type SuggestField, type Suggestion, suggest } from "./suggest";
import { type FilteredSummary, type Summary, datasetSummary, summarizeFilters } from "./summary";

/** What the France map needs per French région or département, in one call. */
export interface AreaFigures {
  code: string;
  name: string;
  partnerships: number;
  amount: number;
  frenchAuthorities: number;
}

/** What the map needs per partner country, in one call. */
export interface CountryFigures {
  code: string;
  name: string;
  region: string | null;
  partnerships: number;
  amount: number;
  frenchAuthorities: number;
}

export interface DatasetMetaResponse {
  version: string;
  provenance: Dataset["meta"] & { generated: boolean };
  counts: Summary;
  themes: { key: string; label: string; subThemes: { key: string; label: string; subSubThemes: { key: string; label: string }[] }[] }[];
  countries: { code: string; name: string; region: string | null }[];
  regions: { key: string; label: string }[];
  financers: { key: string; label: string }[];
  financerCategories: { key: string; label: string }[];
  forms: { key: string; label: string }[];
  statuses: { key: string; label: string }[];
  authorityKinds: { key: string; label: string }[];
  departements: { key: string; label: string }[];
  frenchRegions: { key: string; label: string }[];
  years: { start: { min: number; max: number } | null; funding: { min: number; max: number } | null };
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "fr");

/**
 * The one query engine: every number of every view comes from here. Pure: holds a dataset and its
 * columns, answers queries; `version` identifies the dataset (for ETags and cache keys).
 */
export class QueryEngine {
  private metaCache: DatasetMetaResponse | undefined;

  constructor(
    readonly index: QueryIndex,
    private readonly records: RecordSource,
    readonly version: string,
  ) {}

  /** An engine over a dataset held in memory (its index built now). */
  static fromDataset(dataset: Dataset, version: string): QueryEngine {
    return new QueryEngine(buildQueryIndex(dataset), new MemoryRecords(dataset.partnerships), version);
  }

  /** The dataset's provenance (generated or imported, source, date). */
  get datasetMeta(): Dataset["meta"] {
    return this.index.meta;
  }

  /** Whether the dataset is generated (demonstration data). */
  get generated(): boolean {
    return this.index.meta.demo !== null;
  }

  /** The French diplomatic post its partnerships most often name for a partner country; null if none. */
  embassy(country: string): string | null {
    return this.index.embassies[country] ?? null;
  }

  /**
   * One breakdown, its rows named in `lang` (lib/labels/groups.ts); with `query.stack`, each row
   * also carries its named segments.
   */
  aggregate(query: AggregateQuery, lang: Lang = "fr"): AggregateResult {
    if (query.stack) return nameStacked(this.index, query.by, query.stack, aggregateStacked(this.index, query), lang);
    return nameResult(this.index, query.by, aggregateEach(this.index, [query])[0]!, lang);
  }

  /**
   * One page of the partnerships that make up a row of a breakdown, each with its contribution
   * (lib/query/explain.ts); their sum over all pages is the row's value. Throws QueryError (400)
   * or NotFoundError (404: a key that is no row).
   */
  explain(query: ExplainQuery, lang: Lang = "fr"): ExplainResult {
    return withExplanation(this.index, query, (context) => {
      const start = (query.page - 1) * query.pageSize;
      return explainResult(context, this.records, context.ranked(start, start + query.pageSize), query, query.segment ?? null, lang);
    });
  }

  /** Every partnership of an explanation, in its order (one page holding them all): its CSV. */
  explainAll(query: Omit<ExplainQuery, "page" | "pageSize">, lang: Lang = "fr"): ExplainResult {
    return withExplanation(this.index, { ...query, page: 1, pageSize: 1 }, (context) => {
      const total = context.positions.length;
      return explainResult(context, this.records, context.ranked(0, total), { page: 1, pageSize: Math.max(total, 1) }, query.segment ?? null, lang);
    });
  }

  /** Headline figures under filters. */
  summary(filters: Filters): FilteredSummary {
    return summarizeFilters(this.index, filters);
  }

  /** Labels of the active filters in `lang` (for chips and headings). */
  describe(filters: Filters, lang: Lang = "fr"): AppliedFilter[] {
    return describeFilters(this.index, filters, lang);
  }

  suggest(field: SuggestField, q: string, limit = 10): Suggestion[] {
    return suggest(this.index, field, q, limit);
  }

  list(query: ListQuery): ListResult {
    return listPartnerships(this.index, this.records, query);
  }

  /** Every partnership the filters keep, in the list's order (for exporting a whole list). */
  listOrder(query: Filters & { sort: Sort }): ListOrder {
    return listOrder(this.index, query);
  }

  /** The record at a position of the index (0 … index.count - 1, the dataset file's order). */
  recordAt(position: number): Partnership {
    return this.records.get(position);
  }

  /** The records at positions `from … to - 1`, in order, read at once. */
  recordsAt(from: number, to: number): Partnership[] {
    return this.records.range(from, to);
  }

  /** The same records as the dataset file holds them: their JSON joined by ",". */
  recordsJsonAt(from: number, to: number): Uint8Array {
    return this.records.jsonRange(from, to);
  }

  get(id: string): Partnership | null {
    const position = this.index.byId.get(id);
    return position === undefined ? null : this.records.get(position);
  }

  /** A French authority of the dataset by its key ("commune-21231"), as its records name it; null if none. */
  authority(key: string): FrenchAuthority | null {
    const id = this.index.dict.authority.idOf(key);
    return id === undefined ? null : (this.index.authorityRecords[id] ?? null);
  }

  /** Partnerships, amount and French authorities per partner country, sorted by partnerships. */
  countries(filters: Filters, lang: Lang = "fr"): CountryFigures[] {
    return this.figuresBy(filters, "country").map((row) => ({
      code: row.code,
      name: groupLabel(this.index, "country", row.code, lang),
      region: worldRegionOf(row.code),
      ...row.figures,
    }));
  }

  /**
   * The same per French région or département (INSEE codes; a collectivité d'outre-mer is its own
   * région and département): what the France map needs. Partnerships with no French authority
   * placed there (a région has no département) are in no area.
   */
  frenchAreas(filters: Filters, level: FrenchAreaLevel, lang: Lang = "fr"): AreaFigures[] {
    const by = level === "region" ? "frenchRegion" : "departement";
    return this.figuresBy(filters, by).map((row) => ({ code: row.code, name: groupLabel(this.index, by, row.code, lang), ...row.figures }));
  }

  private figuresBy(filters: Filters, by: "country" | "frenchRegion" | "departement") {
    const base = { ...filters, by };
    const [partnerships, amountRows, authorityRows] = aggregateEach(this.index, [
      { ...base, measure: "partnerships" },
      { ...base, measure: "amount" },
      { ...base, measure: "frenchAuthorities" },
    ]);
    const amounts = new Map(amountRows!.rows.map((r) => [r.key, r.value]));
    const authorities = new Map(authorityRows!.rows.map((r) => [r.key, r.value]));
    return partnerships!.rows
      .filter((row) => isGroupKey(row.key))
      .map((row) => ({
        code: String(row.key),
        figures: { partnerships: row.value, amount: amounts.get(row.key) ?? 0, frenchAuthorities: authorities.get(row.key) ?? 0 },
      }));
  }

  /** Provenance, counts and the lists the filter controls need. */
  meta(): DatasetMetaResponse {
    this.metaCache ??= this.buildMeta("fr");
    return this.metaCache;
  }

  private buildMeta(lang: Lang): DatasetMetaResponse {
    const labels = labelsOf(lang);
    const { dict } = this.index;
    const entries = (d: typeof dict.theme) => d.keys.map((key, id) => ({ key, label: d.labels[id]!, id }));
    const themes = entries(dict.theme).map(({ key, label, id }) => ({
      key,
      label,
      subThemes: entries(dict.subTheme)
        .filter((sub) => this.index.subThemeParent[sub.id] === id)
        .map((sub) => ({
          key: sub.key,
          label: sub.label,
          subSubThemes: entries(dict.subSubTheme)
            .filter((subSub) => this.index.subSubThemeParent[subSub.id] === sub.id)
            .map(({ key: k, label: l }) => ({ key: k, label: l }))
            .sort(byLabel),
        }))
        .sort(byLabel),
    }));
    const plain = (d: typeof dict.theme) => entries(d).map(({ key, label }) => ({ key, label }));
    return {
      version: this.version,
      provenance: { ...this.index.meta, generated: this.generated },
      counts: datasetSummary(this.index),
      themes: themes.sort(byLabel),
      countries: plain(dict.country)
        .filter((c) => isGroupKey(c.key))
        .map((c) => ({ code: c.key, name: c.label, region: worldRegionOf(c.key) }))
        .sort((a, b) => a.name.localeCompare(b.name, "fr")),
      regions: WORLD_REGION_KEYS.map((key) => ({ key, label: labels.worldRegions[key] })),
      financers: plain(dict.financer).sort(byLabel),
      financerCategories: FINANCER_CATEGORIES.map((key) => ({ key, label: labels.financerCategories[key] })),
      forms: plain(dict.form).sort(byLabel),
      statuses: STATUSES.map((key) => ({ key, label: labels.statuses[key] })),
      authorityKinds: AUTHORITY_KINDS.map((key) => ({ key, label: labels.authorityKinds[key] })),
      departements: plain(dict.departement).sort((a, b) => a.key.localeCompare(b.key)),
      frenchRegions: plain(dict.frenchRegion).sort(byLabel),
      years: { start: range(this.index.startYear), funding: range(this.index.rowYear) },
    };
  }
}

function range(years: Int16Array): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const year of years) {
    if (year === 0) continue;
    if (year < min) min = year;
    if (year > max) max = year;
  }
  return min === Infinity ? null : { min, max };
}
