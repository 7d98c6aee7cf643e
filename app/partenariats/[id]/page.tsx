import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEngine } from "@/lib/data/engine";
import { hasFilters } from "@/lib/dashboard/state";
import { requestLang } from "@/lib/i18n/server";
import { labelsOf } from "@/lib/labels";
import { type RawSearchParams, pageContext } from "@/lib/pages/context";
import { listHref } from "@/lib/pages/links";
import { partnershipDescription, shortTitle, titleLines } from "@/lib/partnership/fiche-text";
import { relatedPartnerships } from "@/lib/partnership/related";
import { stampOf } from "@/lib/presentation/deck";
import { pageViewItem } from "@/lib/presentation/views";
import { PageBreadcrumb } from "@/components/pages/PageBreadcrumb";
import { AddToDeckButton } from "@/components/partnership/islands";
import { PartnershipFiche } from "@/components/partnership/PartnershipFiche";
import { RelatedPartnerships } from "@/components/partnership/RelatedPartnerships";

// Rendered on demand: the dataset is read at run time and can be swapped without a rebuild.
export const dynamic = "force-dynamic";

interface PartnershipPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params }: PartnershipPageProps): Promise<Metadata> {
  const partnership = (await getEngine()).get((await params).id);
  const lang = await requestLang();
  if (!partnership) return { title: labelsOf(lang).pages.fiche.notFound.title };
  return { title: titleLines(partnership.title).main, description: partnershipDescription(partnership, lang) };
}

export default async function PartnershipPage({ params, searchParams }: PartnershipPageProps) {
  const [{ id }, raw, engine] = await Promise.all([params, searchParams, getEngine()]);
  const partnership = engine.get(id);
  if (!partnership) notFound();
  const { state, filters, query } = pageContext(raw);
  const lang = await requestLang();
  return (
    <>
      <PageBreadcrumb query={query} items={[{ label: labelsOf(lang).pages.list.title, href: listHref(query) }, { label: shortTitle(partnership.title) }]} lang={lang} />
      <PartnershipFiche
        partnership={partnership}
        query={query}
        lang={lang}
        datasetDate={engine.datasetMeta.updatedAt}
        actions={
          <div className="fr-mt-2w fr-mb-3w">
            <AddToDeckButton {...pageViewItem("partnership", partnership.id, titleLines(partnership.title).main, query)} dataset={stampOf(engine)} />
          </div>
        }
      />
      <RelatedPartnerships lists={relatedPartnerships(engine, partnership, filters, 5, lang)} query={query} filtered={hasFilters(state)} lang={lang} />
    </>
  );
}
