"use client";
import { DetailButton } from "@/components/detail/DetailButton";
import { useOpenDetail } from "@/components/detail/DetailContext";
import { PANEL_ANCHORS } from "@/lib/panels/dashboard-panels";
import type { Measure } from "@/lib/query/params";
import { useLabels } from "@/lib/i18n/LangContext";

export interface TileDetailProps {
  /** The tile's measure, or "countries": distinct countries, which no partnership list adds up to. */
  measure: Measure | "countries";
  /** The value and label as the tile prints them. */
  value: string;
  label: string;
}

/**
 * A tile's "Détail": the panel listing the partnerships behind the figure (`summary:<measure>`),
 * or for the countries a link to the map's list, where each country has its own "Détail".
 * Nothing outside the dashboard (profile pages), as the charts' buttons.
 */
export function TileDetail({ measure, value, label }: TileDetailProps) {
  const open = useOpenDetail();
  const tilesFr = useLabels().tiles;
  if (!open) return null;
  if (measure === "countries") {
    return (
      <a className="fr-link fr-link--sm fr-icon-arrow-right-line fr-link--icon-right tile-action" href={`#${PANEL_ANCHORS.map}`} aria-label={tilesFr.countriesLinkName(value)}>
        {tilesFr.countriesLink}
      </a>
    );
  }
  return (
    <span className="tile-action">
      <DetailButton detail={{ source: "summary", key: measure }} label={label} value={value} name={tilesFr.detail(value, label)} />
    </span>
  );
}
