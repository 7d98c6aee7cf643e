import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { countryName } from "@/lib/countries";
import { getEngine } from "@/lib/data/engine";
import { requestLang } from "@/lib/i18n/server";
import { labelsOf } from "@/lib/labels";
import { type RawSearchParams, toUrlParams } from "@/lib/pages/context";
import { authorityHref, countryHref } from "@/lib/pages/links";
import { findCountry, loadCountryProfile } from "@/lib/profile/country";
import { rankNote } from "@/lib/profile/labels";
import { stampOf } from "@/lib/presentation/deck";
import { pageViewItem } from "@/lib/presentation/views";
import { profileMetadata } from "@/lib/profile/metadata";
import { isLinkable } from "@/lib/profile/ranking";
import { CountryFocusMap } from "@/components/profile/CountryFocusMap";
import { ExportMenu, YearFundingPanel } from "@/components/profile/islands";
import { ProfilePage } from "@/components/profile/ProfilePage";
import { ProfileThemePanel } from "@/components/profile/ProfileThemePanel";
import { RankingTable } from "@/components/profile/RankingTable";

// Rendered on demand: the dataset is read at run time and can be swapped without a rebuild.
export const dynamic = "force-dynamic";

interface CountryPageProps {
  params: Promise<{ code: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params }: CountryPageProps): Promise<Metadata> {
  const country = findCountry(await getEngine(), (await params).code);
  const lang = await requestLang();
  const name = country && countryName(country.code, lang, country.name);
  return profileMetadata("country", country && name ? { name, description: labelsOf(lang).pages.profile.country.description(name) } : null, lang);
}

export default async function CountryPage({ params, searchParams }: CountryPageProps) {
  const [{ code }, raw, engine] = await Promise.all([params, searchParams, getEngine()]);
  const country = findCountry(engine, code);
  if (!country) notFound();
  // "/pays/ma" is a typo of the canonical "/pays/MA", not another page (the query, lang included, is kept).
  if (code !== country.code) permanentRedirect(countryHref(country.code, toUrlParams(raw).toString()));
  const lang = await requestLang();
  const text = labelsOf(lang).pages.profile;
  const name = countryName(country.code, lang, country.name);
  const profile = loadCountryProfile(engine, country, raw, lang);
  const { base } = profile;
  const facts = [
    ...(profile.region ? [{ label: text.country.region, value: profile.region }] : []),
    ...(profile.embassy ? [{ label: text.country.embassy, value: profile.embassy }] : []),
  ];
  return (
    <ProfilePage profile={profile} kicker={text.country.kicker} title={name} facts={facts} lang={lang} deckView={{ ...pageViewItem("country", country.code, country.name, base.query), dataset: stampOf(engine) }}>
      <section id="carte" className="panel fr-mb-3w" aria-labelledby="carte-titre">
        <div className="panel-head fr-mb-0">
          <h2 id="carte-titre" className="fr-h6 fr-mb-1v">{text.country.mapTitle}</h2>
          {/* The page's map is the dashboard's for the page's scope: every country, this one outlined. */}
          <ExportMenu panel="map" query={base.scope.query} title={text.country.mapTitle} anchor="carte" />
        </div>
        <p className="fr-text--sm panel-subtitle">
          {text.country.mapSubtitle(name)}
        </p>
        <CountryFocusMap countries={profile.mapCountries} focus={country.code} query={base.query} />
      </section>
      <YearFundingPanel id="annees" columns={profile.years.columns} line={profile.years.line} subtitle={base.chartSubtitle} exportQuery={base.scope.query} />
      <div className="chart-grid fr-mb-3w">
        <ProfileThemePanel level={profile.themeLevel} rows={profile.themes.rows} subtitle={base.chartSubtitle} exportQuery={base.scope.query} lang={lang} />
        <RankingTable
          id="collectivites"
          title={text.country.authoritiesTitle}
          subtitle={base.chartSubtitle}
          note={rankNote(profile.authorities.length, base.summary.frenchAuthorities, text.country.authoritiesNoun, true, lang)}
          firstColumn={text.country.authorityColumn}
          rows={profile.authorities.map((row) => ({ ...row, href: isLinkable(row.key) ? authorityHref(row.key, base.query) : undefined }))}
          emptyMessage={text.country.noAuthority}
          lang={lang}
        />
      </div>
    </ProfilePage>
  );
}
