import { countryNumericCode } from "../countries";
import { FINANCER_CATEGORY_LABELS } from "../financers";
import { type Dataset, FINANCER_CATEGORIES, type FrenchAuthority, type Partnership } from "../model";
import { worldRegionOf } from "../regions";
import type { Summary } from "../summary";
import { WORLD_REGIONS } from "../world-regions";
import { type AggregateResult, NONE_KEY, aggregateEach } from "./aggregate";
import { type QueryIndex, UNKNOWN_COUNTRY, buildQueryIndex } from "./build-index";
import { type ListResult, listPartnerships } from "./list";
import { MemoryRecords, type RecordSource } from "./records";
import { type AppliedFilter, describeFilters } from "./describe";
import type { AggregateQuery, Filters, ListQuery } from "./params";
import { aggregateStacked } from "./stack";
import { type SuggestField, type Suggestion, suggest } from "./suggest";
import { type FilteredSummary, summarizeFilters } from "./summary";

/** What the map needs per partner country, in one call. */
export interface CountryFigures {
  code: string;
  /** ISO numeric code, zero-padded, as used by the Natural Earth / world-atlas shapes. */
  numericCode: string | null;
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

  /** One breakdown; with `query.stack`, each row also carries its segments. */
  aggregate(query: AggregateQuery): AggregateResult {
    return query.stack ? aggregateStacked(this.index, query) : aggregateEach(this.index, [query])[0]!;
  }

  /** Several breakdowns or measures under the same filters (those of the first query), filtered once. */
  aggregateEach(queries: readonly AggregateQuery[]): AggregateResult[] {
    return aggregateEach(this.index, queries);
  }

  /** Headline figures under filters. */
  summary(filters: Filters): FilteredSummary {
    return summarizeFilters(this.index, filters);
  }

  /** French labels of the active filters (for chips and headings). */
  describe(filters: Filters): AppliedFilter[] {
    return describeFilters(this.index, filters);
  }

  suggest(field: SuggestField, q: string, limit = 10): Suggestion[] {
    return suggest(this.index, field, q, limit);
  }

  list(query: ListQuery): ListResult {
    return listPartnerships(this.index, this.records, query);
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
  countries(filters: Filters): CountryFigures[] {
    const base = { ...filters, by: "country" as const };
    const [partnerships, amountRows, authorityRows] = aggregateEach(this.index, [
      { ...base, measure: "partnerships" },
      { ...base, measure: "amount" },
      { ...base, measure: "frenchAuthorities" },
    ]);
    const amounts = new Map(amountRows!.rows.map((r) => [r.key, r.value]));
    const authorities = new Map(authorityRows!.rows.map((r) => [r.key, r.value]));
    return partnerships!.rows
      .filter((row) => row.key !== NONE_KEY && row.key !== UNKNOWN_COUNTRY)
      .map((row) => {
        const code = String(row.key);
        return {
          code,
          numericCode: countryNumericCode(code),
          name: row.label,
          region: worldRegionOf(code),
          partnerships: row.value,
          amount: amounts.get(code) ?? 0,
          frenchAuthorities: authorities.get(code) ?? 0,
        };
      });
  }

  /** Provenance, counts and the lists the filter controls need. */
  meta(): DatasetMetaResponse {
    this.metaCache ??= this.buildMeta();
    return this.metaCache;
  }

  private buildMeta(): DatasetMetaResponse {
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
      counts: this.index.summary,
      themes: themes.sort(byLabel),
      countries: plain(dict.country)
        .filter((c) => c.key !== UNKNOWN_COUNTRY)
        .map((c) => ({ code: c.key, name: c.label, region: worldRegionOf(c.key) }))
        .sort((a, b) => a.name.localeCompare(b.name, "fr")),
      regions: Object.entries(WORLD_REGIONS).map(([key, label]) => ({ key, label })),
      financers: plain(dict.financer).sort(byLabel),
      financerCategories: FINANCER_CATEGORIES.map((key) => ({ key, label: FINANCER_CATEGORY_LABELS[key] })),
      forms: plain(dict.form).sort(byLabel),
      statuses: plain(dict.status),
      authorityKinds: plain(dict.authorityKind),
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
