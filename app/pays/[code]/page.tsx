import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getEngine } from "@/lib/data/engine";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";
import { authorityHref, countryHref } from "@/lib/pages/links";
import { findCountry, loadCountryProfile } from "@/lib/profile/country";
import { rankNote, themeChartTitle } from "@/lib/profile/labels";
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

interface CountryPageProps {
  params: Promise<{ code: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params }: CountryPageProps): Promise<Metadata> {
  const country = findCountry(await getEngine(), (await params).code);
  if (!country) return { title: "Pays introuvable" };
  return {
    title: `${country.name} : coopération décentralisée`,
    description: `Pays partenaire : ${country.name}. Chiffres clés, financements par année et par thématique, collectivités françaises engagées et partenariats de coopération décentralisée.`,
  };
}

export default async function CountryPage({ params, searchParams }: CountryPageProps) {
  const [{ code }, raw, engine] = await Promise.all([params, searchParams, getEngine()]);
  const country = findCountry(engine, code);
  if (!country) notFound();
  // "/pays/ma" is a typo of the canonical "/pays/MA", not another page.
  if (code !== country.code) permanentRedirect(countryHref(country.code, toUrlParams(raw).toString()));
  const profile = loadCountryProfile(engine, country, raw);
  const { base } = profile;
  const themeChart = themeChartTitle(profile.themeLevel);
  const facts = [
    ...(profile.region ? [{ label: "Région du monde", value: profile.region }] : []),
    ...(profile.embassy ? [{ label: "Poste diplomatique", value: profile.embassy }] : []),
  ];
  return (
    <>
      <PageBreadcrumb query={base.query} items={[{ label: country.name }]} />
      <IgnoredParams issues={base.issues} />
      <ProfileHeader kicker="Pays partenaire" title={country.name} subtitle={base.subtitle} facts={facts}>
        <ProfileActions partnerships={base.summary.partnerships} scopeQuery={base.scope.query} />
      </ProfileHeader>
      {base.generated ? <DemoBanner realPartnerships={base.realPartnerships} /> : null}
      <HeadlineTiles figures={{ ...base.summary, coverageShare: base.summary.coverage.share }} />
      <section className="panel fr-mb-3w" aria-labelledby="carte-titre">
        <h2 id="carte-titre" className="fr-h6 fr-mb-1v">Partenariats par pays</h2>
        <p className="fr-text--sm panel-subtitle">
          {country.name} est cerclé ; les autres pays sont ceux des mêmes filtres, sans le filtre de pays.
        </p>
        <CountryFocusMap countries={profile.mapCountries} focus={country.code} query={base.query} />
      </section>
      <YearFundingPanel id="annees" columns={profile.years.columns} line={profile.years.line} subtitle={base.chartSubtitle} />
      <div className="chart-grid fr-mb-3w">
        <ProfileBarPanel
          id="thematiques"
          title={themeChart.title}
          subtitle={base.chartSubtitle}
          firstColumn={themeChart.column}
          rows={profile.themes.rows}
        />
        <RankingTable
          id="collectivites"
          title="Collectivités françaises engagées"
          subtitle={base.chartSubtitle}
          note={rankNote(profile.authorities.length, base.summary.frenchAuthorities, "collectivités", true)}
          firstColumn="Collectivité"
          rows={profile.authorities.map((row) => ({ ...row, href: isLinkable(row.key) ? authorityHref(row.key, base.query) : undefined }))}
          emptyMessage="Aucune collectivité française pour ces filtres."
        />
      </div>
      <PartnershipPreview list={profile.partnerships} query={base.query} scopeQuery={base.scope.query} subtitle={base.chartSubtitle} />
    </>
  );
}
