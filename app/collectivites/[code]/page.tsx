import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEngine } from "@/lib/data/engine";
import type { RawSearchParams } from "@/lib/pages/context";
import { countryHref } from "@/lib/pages/links";
import { loadAuthorityProfile } from "@/lib/profile/authority";
import { authorityKindLabel } from "@/lib/profile/authorityFacts";
import { themeChartTitle } from "@/lib/profile/labels";
import { isLinkable } from "@/lib/profile/ranking";
import { PageBreadcrumb } from "@/components/pages/PageBreadcrumb";
import { CountryFocusMap } from "@/components/profile/CountryFocusMap";
import { IgnoredParams } from "@/components/profile/IgnoredParams";
import { PartnershipPreview } from "@/components/profile/PartnershipPreview";
import { ProfileActions } from "@/components/profile/ProfileActions";
import { ProfileBarPanel } from "@/components/profile/ProfileBarPanel";
import { ProfileHeader } from "@/components/profile/ProfileHeader";
import { YearFundingPanel } from "@/components/charts/YearFundingPanel";
import { RankingTable } from "@/components/profile/RankingTable";
import { DemoBanner } from "@/components/summary/DemoBanner";
import { HeadlineTiles } from "@/components/summary/HeadlineTiles";

// Rendered on demand: the dataset is read at run time and can be swapped without a rebuild.
export const dynamic = "force-dynamic";

interface AuthorityPageProps {
  /** An authority key: "commune-21231", "epci-200046977", "nom-…" (see authorityKey in lib/model.ts). */
  params: Promise<{ code: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params }: AuthorityPageProps): Promise<Metadata> {
  const authority = (await getEngine()).authority((await params).code);
  if (!authority) return { title: "Collectivité introuvable" };
  return {
    title: `${authority.name} : coopération décentralisée`,
    description: `${authorityKindLabel(authority)} ${authority.name} : ses pays partenaires, ses financements par année et par thématique et ses partenariats de coopération décentralisée.`,
  };
}

export default async function AuthorityPage({ params, searchParams }: AuthorityPageProps) {
  const [{ code: key }, raw, engine] = await Promise.all([params, searchParams, getEngine()]);
  const authority = engine.authority(key);
  if (!authority) notFound();
  const profile = loadAuthorityProfile(engine, key, authority, raw);
  const { base } = profile;
  const themeChart = themeChartTitle(profile.themeLevel);
  return (
    <>
      <PageBreadcrumb query={base.query} items={[{ label: authority.name }]} />
      <IgnoredParams issues={base.issues} />
      <ProfileHeader kicker={profile.kind} title={authority.name} subtitle={base.subtitle} facts={profile.facts}>
        <ProfileActions partnerships={base.summary.partnerships} scopeQuery={base.scope.query} />
      </ProfileHeader>
      {base.generated ? <DemoBanner realPartnerships={base.realPartnerships} /> : null}
      <HeadlineTiles figures={{ ...base.summary, coverageShare: base.summary.coverage.share }} />
      <section className="panel fr-mb-3w" aria-labelledby="carte-titre">
        <h2 id="carte-titre" className="fr-h6 fr-mb-1v">Pays partenaires</h2>
        <p className="fr-text--sm panel-subtitle">{base.chartSubtitle}</p>
        <div className="map-layout">
          <div className="map-frame">
            <CountryFocusMap countries={profile.countries} query={base.query} listId="pays" />
          </div>
          <div className="map-list">
            <RankingTable
              id="pays"
              title="Ses pays partenaires"
              subtitle={base.chartSubtitle}
              note="Chaque pays mène à sa page."
              firstColumn="Pays"
              rows={profile.countryRanking.map((row) => ({ ...row, href: isLinkable(row.key) ? countryHref(row.key, base.query) : undefined }))}
              emptyMessage="Aucun pays partenaire pour ces filtres."
              scroll
            />
          </div>
        </div>
      </section>
      <YearFundingPanel id="annees" columns={profile.years.columns} line={profile.years.line} subtitle={base.chartSubtitle} />
      <ProfileBarPanel
        id="thematiques"
        title={themeChart.title}
        subtitle={base.chartSubtitle}
        firstColumn={themeChart.column}
        rows={profile.themes.rows}
      />
      <PartnershipPreview list={profile.partnerships} query={base.query} scopeQuery={base.scope.query} subtitle={base.chartSubtitle} />
    </>
  );
}
