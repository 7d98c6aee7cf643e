import { countryName } from "../countries";
import { themeName } from "../i18n/theme-names";
import { type Lang, labelsOf } from "../labels";
import { authorityKey, type Partnership } from "../model";
import type { QueryEngine } from "../query/engine";
import type { ListResult, PartnershipSummary } from "../query/list";
import { type Filters, listQuerySchema, toSearchParams } from "../query/params";
import { slugify } from "../slug";

/** One list of partnerships sharing something with the current one. */
export interface RelatedList {
  kind: "authority" | "country" | "theme";
  /** e.g. "Même collectivité : Dijon". */
  heading: string;
  /** At most `limit` partnerships, the current one left out. */
  items: PartnershipSummary[];
  /** Partnerships with that filter (the current one included), as the list page will count them. */
  total: number;
  /** The list page's query for that filter (on top of the dashboard's filters). */
  query: string;
}

/**
 * Partnerships of the same (first) French authority, the same (first) partner country and the same
 * main theme, within the dashboard's filters so that the lists agree with the view the user came
 * from. A list whose filter the engine or the parameters reject (unknown code) is left out.
 */
export function relatedPartnerships(engine: QueryEngine, partnership: Partnership, filters: Filters, limit = 5, lang: Lang = "fr"): RelatedList[] {
  const text = labelsOf(lang).pages.fiche.related;
  const lists: RelatedList[] = [];
  const run = (kind: RelatedList["kind"], heading: string, filter: Partial<Filters>) => {
    const values = { ...filters, ...filter };
    const parsed = listQuerySchema.safeParse({ ...values, pageSize: limit + 1 });
    if (!parsed.success) return;
    let result: ListResult;
    try {
      result = engine.list(parsed.data);
    } catch {
      return; // A QueryError: the dataset does not know this value under these filters.
    }
    const items = result.items.filter((item) => item.id !== partnership.id).slice(0, limit);
    lists.push({ kind, heading, items, total: result.total, query: toSearchParams(values).toString() });
  };

  const authority = partnership.frenchAuthorities[0];
  if (authority) run("authority", text.authority(authority.name), { authority: [authorityKey(authority)] });
  const country = partnership.foreignPartners.find((partner) => partner.country !== null)?.country;
  if (country) run("country", text.country(countryName(country, lang)), { country: [country] });
  // A sub-theme filter of the dashboard could contradict this theme, and "any" scope would match
  // secondary themes: the theme list drops the former and asks for the main theme only.
  if (partnership.theme) {
    run("theme", text.theme(themeName(partnership.theme.theme, lang)), {
      theme: slugify(partnership.theme.theme),
      themeScope: "main",
      subTheme: undefined,
      subSubTheme: undefined,
    });
  }
  return lists;
}
