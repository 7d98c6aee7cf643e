import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEngine } from "@/lib/data/engine";
import { requestLang } from "@/lib/i18n/server";
import { labelsOf } from "@/lib/labels";
import type { RawSearchParams } from "@/lib/pages/context";
import { loadAuthorityProfile } from "@/lib/profile/authority";
import { authorityKindLabel } from "@/lib/profile/authorityFacts";
import { stampOf } from "@/lib/presentation/deck";
import { pageViewItem } from "@/lib/presentation/views";
import { profileMetadata } from "@/lib/profile/metadata";
import { CountryFocusMap } from "@/components/profile/CountryFocusMap";
import { CountryRankingTable } from "@/components/profile/CountryRankingTable";
import { ProfilePage } from "@/components/profile/ProfilePage";
import { ProfileThemePanel } from "@/components/profile/ProfileThemePanel";
import { YearFundingPanel } from "@/components/profile/islands";

// Rendered on demand: the dataset is read at run time and can be swapped without a rebuild.
export const dynamic = "force-dynamic";

interface AuthorityPageProps {
  /** An authority key: "commune-21231", "epci-200046977", "nom-…" (see authorityKey in lib/model.ts). */
  params: Promise<{ code: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params }: AuthorityPageProps): Promise<Metadata> {
  const authority = (await getEngine()).authority((await params).code);
  const lang = await requestLang();
  const text = labelsOf(lang).pages.profile.authority;
  return profileMetadata("authority", authority && { name: authority.name, description: text.description(authorityKindLabel(authority, lang), authority.name) }, lang);
}

export default async function AuthorityPage({ params, searchParams }: AuthorityPageProps) {
  const [{ code: key }, raw, engine] = await Promise.all([params, searchParams, getEngine()]);
  const authority = engine.authority(key);
  if (!authority) notFound();
  const lang = await requestLang();
  const text = labelsOf(lang).pages.profile.authority;
  const profile = loadAuthorityProfile(engine, key, authority, raw, lang);
  const { base } = profile;
  return (
    <ProfilePage lang={lang} profile={profile} kicker={profile.kind} title={authority.name} facts={profile.facts} deckView={{ ...pageViewItem("authority", key, authority.name, base.query), dataset: stampOf(engine) }}>
      <section className="panel fr-mb-3w" aria-labelledby="carte-titre">
        <h2 id="carte-titre" className="fr-h6 fr-mb-1v">{text.mapTitle}</h2>
        <p className="fr-text--sm panel-subtitle">{base.chartSubtitle}</p>
        <div className="map-layout">
          <div className="map-frame">
            <CountryFocusMap countries={profile.countries} query={base.query} listId="pays" />
          </div>
          <div className="map-list">
            <CountryRankingTable
              title={text.countriesTitle}
              subtitle={base.chartSubtitle}
              note={text.countriesNote}
              lang={lang}
              rows={profile.countryRanking}
              query={base.query}
              scroll
            />
          </div>
        </div>
      </section>
      <YearFundingPanel id="annees" columns={profile.years.columns} line={profile.years.line} subtitle={base.chartSubtitle} exportQuery={base.scope.query} />
      <ProfileThemePanel level={profile.themeLevel} rows={profile.themes.rows} subtitle={base.chartSubtitle} exportQuery={base.scope.query} lang={lang} />
    </ProfilePage>
  );
}
