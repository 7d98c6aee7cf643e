import type { Metadata } from "next";
import { cache } from "react";
import { EmptyList } from "@/components/list/EmptyList";
import { ListDownloads } from "@/components/list/ListDownloads";
import { ListFooter } from "@/components/list/ListFooter";
import { ListHeading } from "@/components/list/ListHeading";
import { ListIssues } from "@/components/list/ListIssues";
import { ListSearch } from "@/components/list/ListSearch";
import { PageOutOfRange } from "@/components/list/PageOutOfRange";
import { PartnershipTable } from "@/components/list/PartnershipTable";
import { PageBreadcrumb } from "@/components/pages/PageBreadcrumb";
import { getEngine } from "@/lib/data/engine";
import { type Lang, langOf } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { countLabel, headingParts, listTitle } from "@/lib/list/heading";
import { loadListPage } from "@/lib/list/load";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";

// The dataset is read at run time (it can be swapped with ATLAS_DATA_DIR without a rebuild).
export const dynamic = "force-dynamic";

type SearchParams = Promise<RawSearchParams>;

// Keyed by the query string, so that the metadata and the page of one request share one reading.
const readList = cache(async (search: string) => {
  const params = new URLSearchParams(search);
  const lang = langOf(params);
  return { lang, ...loadListPage(await getEngine(), params, lang) };
});
const readListOf = async (searchParams: SearchParams) => readList(toUrlParams(await searchParams).toString());

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { lang, applied, filters, result } = await readListOf(searchParams);
  const parts = headingParts(applied, filters, lang);
  return {
    title: listTitle(parts, lang),
    description: labelsOf(lang).pages.list.description(countLabel(result.total, lang), parts.join(", ")),
  };
}

export default async function PartnershipsPage({ searchParams }: { searchParams: SearchParams }) {
  const { lang, state, filters, query, options, issues, applied, result } = await readListOf(searchParams);
  const beyondLastPage = result.total > 0 && options.page > result.pageCount;
  const navigation = { pageCount: result.pageCount, query, options, lang: lang satisfies Lang };
  return (
    <>
      <PageBreadcrumb query={query} items={[{ label: labelsOf(lang).pages.list.title }]} lang={lang} />
      <ListIssues issues={issues} lang={lang} />
      <ListHeading parts={headingParts(applied, filters, lang)} total={result.total} query={query} lang={lang} />
      <ListSearch q={filters.q} query={query} options={options} lang={lang} />
      {result.total === 0 ? (
        <EmptyList state={state} options={options} lang={lang} />
      ) : beyondLastPage ? (
        <PageOutOfRange {...navigation} />
      ) : (
        <PartnershipTable result={result} query={query} options={options} lang={lang} />
      )}
      {result.total > 0 ? <ListFooter {...navigation} /> : null}
      {result.total > 0 ? <ListDownloads query={query} options={options} total={result.total} lang={lang} /> : null}
    </>
  );
}
