import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEngine } from "@/lib/data/engine";
import { requestLang } from "@/lib/i18n/server";
import { themeName } from "@/lib/i18n/theme-names";
import { labelsOf } from "@/lib/labels";
import { dashboardQuery } from "@/lib/dashboard/state";
import type { RawSearchParams } from "@/lib/pages/context";
import { dashboardHref } from "@/lib/pages/links";
import { rankNote } from "@/lib/profile/labels";
import { stampOf } from "@/lib/presentation/deck";
import { pageViewItem } from "@/lib/presentation/views";
import { profileMetadata } from "@/lib/profile/metadata";
import { isLinkable } from "@/lib/profile/ranking";
import { findTheme, loadThemeProfile } from "@/lib/profile/theme";
import { CountryRankingTable } from "@/components/profile/CountryRankingTable";
import { ProfileBarPanel, YearFundingPanel } from "@/components/profile/islands";
import { ProfilePage } from "@/components/profile/ProfilePage";
import { RankingTable } from "@/components/profile/RankingTable";

// Rendered on demand: the dataset is read at run time and can be swapped without a rebuild.
export const dynamic = "force-dynamic";

interface ThemePageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params }: ThemePageProps): Promise<Metadata> {
  const theme = findTheme(await getEngine(), (await params).slug);
  const lang = await requestLang();
  const name = theme && themeName(theme.label, lang);
  return profileMetadata("theme", theme && name ? { name, description: labelsOf(lang).pages.profile.theme.description(name) } : null, lang);
}

export default async function ThemePage({ params, searchParams }: ThemePageProps) {
  const [{ slug }, raw, engine] = await Promise.all([params, searchParams, getEngine()]);
  const theme = findTheme(engine, slug);
  if (!theme) notFound();
  const lang = await requestLang();
  const text = labelsOf(lang).pages.profile.theme;
  const profile = loadThemeProfile(engine, theme, raw, lang);
  const { base } = profile;
  // A sub-theme leads to the dashboard filtered on it: there is no sub-theme page.
  const subThemeHref = (key: string) => dashboardHref(dashboardQuery({ ...base.scope.state, subTheme: key }));
  return (
    <ProfilePage lang={lang} profile={profile} kicker={text.kicker} title={themeName(theme.label, lang)} deckView={{ ...pageViewItem("theme", theme.key, theme.label, base.query), dataset: stampOf(engine) }}>
      <div className="chart-grid fr-mb-3w">
        <ProfileBarPanel
          id="sous-thematiques-graphique"
          title={text.subThemeChart}
          subtitle={base.chartSubtitle}
          firstColumn={text.subThemeColumn}
          rows={profile.subThemeAmounts.rows}
          exports={{ panel: "themes", query: base.scope.query }}
        />
        <RankingTable
          id="sous-thematiques"
          title={text.subThemesTitle}
          subtitle={base.chartSubtitle}
          note={text.subThemesNote}
          firstColumn={text.subThemeColumn}
          rows={profile.subThemes.map((row) => ({ ...row, href: isLinkable(row.key) ? subThemeHref(row.key) : undefined }))}
          emptyMessage={text.noPartnership}
          lang={lang}
        />
      </div>
      <YearFundingPanel id="annees" columns={profile.years.columns} line={profile.years.line} subtitle={base.chartSubtitle} exportQuery={base.scope.query} />
      <CountryRankingTable
        title={text.countriesTitle}
        subtitle={base.chartSubtitle}
        note={rankNote(profile.countries.length, base.summary.countries, text.countriesNoun, false, lang)}
        lang={lang}
        rows={profile.countries}
        query={base.query}
      />
    </ProfilePage>
  );
}
