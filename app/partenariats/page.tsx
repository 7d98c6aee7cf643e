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
import { countLabel, headingParts, listTitle } from "@/lib/list/heading";
import { loadListPage } from "@/lib/list/load";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";

// The dataset is read at run time (it can be swapped with ATLAS_DATA_DIR without a rebuild).
export const dynamic = "force-dynamic";

type SearchParams = Promise<RawSearchParams>;

// Keyed by the query string, so that the metadata and the page of one request share one reading.
const readList = cache(async (search: string) => loadListPage(await getEngine(), new URLSearchParams(search)));
const readListOf = async (searchParams: SearchParams) => readList(toUrlParams(await searchParams).toString());

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { applied, filters, result } = await readListOf(searchParams);
  const parts = headingParts(applied, filters);
  return {
    title: listTitle(parts),
    description: `${countLabel(result.total)} de coopération décentralisée${parts.length > 0 ? ` (${parts.join(", ")})` : ""} : collectivités françaises, pays partenaires, thématique, statut et montants déclarés.`,
  };
}

export default async function PartnershipsPage({ searchParams }: { searchParams: SearchParams }) {
  const { state, filters, query, options, issues, applied, result } = await readListOf(searchParams);
  const beyondLastPage = result.total > 0 && options.page > result.pageCount;
  const navigation = { pageCount: result.pageCount, query, options };
  return (
    <>
      <PageBreadcrumb query={query} items={[{ label: "Partenariats" }]} />
      <ListIssues issues={issues} />
      <ListHeading parts={headingParts(applied, filters)} total={result.total} query={query} />
      <ListSearch q={filters.q} query={query} options={options} />
      {result.total === 0 ? (
        <EmptyList state={state} options={options} />
      ) : beyondLastPage ? (
        <PageOutOfRange {...navigation} />
      ) : (
        <PartnershipTable result={result} query={query} options={options} />
      )}
      {result.total > 0 ? <ListFooter {...navigation} /> : null}
      {result.total > 0 ? <ListDownloads query={query} options={options} total={result.total} /> : null}
    </>
  );
}
