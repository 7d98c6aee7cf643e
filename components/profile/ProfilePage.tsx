import type { ReactNode } from "react";
import type { AddToDeckButtonProps } from "@/components/presentation/AddToDeckButton";
import { DatasetStampProvider } from "@/components/presentation/DatasetStamp";
import type { Lang } from "@/lib/i18n/lang";
import type { ProfileBase } from "@/lib/profile/load";
import type { ListResult } from "@/lib/query/list";
import { PageBreadcrumb } from "@/components/pages/PageBreadcrumb";
import { DemoBanner } from "@/components/summary/DemoBanner";
import { TileList } from "@/components/summary/HeadlineTiles";
import { profileTiles } from "@/lib/profile/tiles";
import { IgnoredParams } from "./IgnoredParams";
import { PartnershipPreview } from "./PartnershipPreview";
import { ProfileActions } from "./ProfileActions";
import { ProfileHeader } from "./ProfileHeader";

export interface ProfilePageProps {
  /** What every profile loader gives: the common part, and the most recent partnerships. */
  profile: { base: ProfileBase; partnerships: ListResult };
  /** What the page is about, above its title: "Pays partenaire", "Commune"… */
  kicker: string;
  /** The entity's name: the page's title and the breadcrumb's last level. */
  title: string;
  /** The entity's identity card, if it has one. */
  facts?: { label: string; value: string }[];
  /** The page's own panels, between the headline figures and the partnerships. */
  children: ReactNode;
  /** The page as a view of a presentation (pageViewItem and the dataset's stamp). */
  deckView: AddToDeckButtonProps;
  lang?: Lang;
}

/**
 * The frame of a country, authority or theme page: breadcrumb, ignored parameters, title block with
 * its actions, demonstration banner, headline figures (those of its kind of page); then the page's panels; last, its partnerships.
 */
export function ProfilePage({ profile: { base, partnerships }, kicker, title, facts, children, deckView, lang = "fr" }: ProfilePageProps) {
  return (
    <>
      <PageBreadcrumb query={base.query} items={[{ label: title }]} lang={lang} />
      <IgnoredParams issues={base.issues} lang={lang} />
      <ProfileHeader kicker={kicker} title={title} subtitle={base.subtitle} facts={facts}>
        <ProfileActions partnerships={base.summary.partnerships} scopeQuery={base.scope.query} deckView={deckView} lang={lang} />
      </ProfileHeader>
      {base.generated ? <DemoBanner realPartnerships={base.realPartnerships} lang={lang} /> : null}
      <TileList tiles={profileTiles(base.figures, lang)} lang={lang} />
      {/* The panels' export menus add views to a presentation stamped with the page's dataset. */}
      <DatasetStampProvider stamp={deckView.dataset}>{children}</DatasetStampProvider>
      <PartnershipPreview list={partnerships} query={base.query} scopeQuery={base.scope.query} subtitle={base.chartSubtitle} lang={lang} />
    </>
  );
}
