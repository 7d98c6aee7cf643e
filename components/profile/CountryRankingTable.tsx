import type { Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { countryHref } from "@/lib/pages/links";
import { type RankingRow, isLinkable } from "@/lib/profile/ranking";
import { RankingTable } from "./RankingTable";

export interface CountryRankingTableProps {
  title: string;
  subtitle: string;
  note: string;
  rows: RankingRow[];
  /** The dashboard query the user came from, carried by each country's link. */
  query: string;
  scroll?: boolean;
  lang?: Lang;
}

/** Partner countries ranked by partnerships (table "pays"), each leading to its country page with the user's filters. */
export function CountryRankingTable({ title, subtitle, note, rows, query, scroll, lang = "fr" }: CountryRankingTableProps) {
  const text = labelsOf(lang).pages.profile;
  return (
    <RankingTable
      id="pays"
      title={title}
      subtitle={subtitle}
      note={note}
      firstColumn={text.countryColumn}
      rows={rows.map((row) => ({ ...row, href: isLinkable(row.key) ? countryHref(row.key, query) : undefined }))}
      emptyMessage={text.noCountry}
      scroll={scroll}
      lang={lang}
    />
  );
}
