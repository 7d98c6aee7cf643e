import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEngine } from "@/lib/data/engine";
import { hasFilters } from "@/lib/dashboard/state";
import { type RawSearchParams, pageContext } from "@/lib/pages/context";
import { listHref } from "@/lib/pages/links";
import { partnershipDescription, shortTitle, titleLines } from "@/lib/partnership/fiche-text";
import { relatedPartnerships } from "@/lib/partnership/related";
import { stampOf } from "@/lib/presentation/deck";
import { pageViewItem } from "@/lib/presentation/views";
import { PageBreadcrumb } from "@/components/pages/PageBreadcrumb";
import { AddToDeckButton } from "@/components/presentation/AddToDeckButton";
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
  if (!partnership) return { title: "Partenariat introuvable" };
  return { title: titleLines(partnership.title).main, description: partnershipDescription(partnership) };
}

export default async function PartnershipPage({ params, searchParams }: PartnershipPageProps) {
  const [{ id }, raw, engine] = await Promise.all([params, searchParams, getEngine()]);
  const partnership = engine.get(id);
  if (!partnership) notFound();
  const { state, filters, query } = pageContext(raw);
  return (
    <>
      <PageBreadcrumb query={query} items={[{ label: "Partenariats", href: listHref(query) }, { label: shortTitle(partnership.title) }]} />
      <PartnershipFiche
        partnership={partnership}
        query={query}
        actions={
          <div className="fr-mt-2w fr-mb-3w">
            <AddToDeckButton {...pageViewItem("partnership", partnership.id, titleLines(partnership.title).main, query)} dataset={stampOf(engine)} />
          </div>
        }
      />
      <RelatedPartnerships lists={relatedPartnerships(engine, partnership, filters)} query={query} filtered={hasFilters(state)} />
    </>
  );
}
