"use client";
import { useEffect, useId, useRef } from "react";
import { useDatasetDate } from "@/components/presentation/DatasetStamp";
import type { ExplainBody } from "@/lib/api/responses";
import { firstPartialYear, isPartialYear } from "@/lib/charts/partial-year";
import type { DashboardState } from "@/lib/dashboard/state";
import { explainCsvOf, explainKeyOf } from "@/lib/detail/queries";
import type { Detail } from "@/lib/detail/state";
import { useApi } from "@/lib/hooks/useApi";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { DetailContent, detailLabel, formatClicked } from "./DetailContent";
import "./detail.css";

export interface DetailDialogProps {
  state: DashboardState;
  detail: Detail;
  onPage: (page: number) => void;
  onClose: () => void;
}

/**
 * The "Détail" panel: a modal dialog (the browser's <dialog>: focus kept inside, the page behind
 * inert) titled with the number it explains. Escape and "Fermer" close it through the URL; the
 * dashboard gives the focus back to the button that opened it (lib/hooks/useDetail.ts).
 */
export function DetailDialog({ state, detail, onPage, onClose }: DetailDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const lang = useLang();
  const detailFr = useLabels().detail;
  const { data, error, stale } = useApi<ExplainBody>(explainKeyOf(state, detail, lang));
  const csvHref = explainCsvOf(state, detail);
  const loaded = data !== undefined;
  const firstPartial = firstPartialYear(useDatasetDate());

  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
  }, []);
  // The title names the number: it takes the focus once known, so that it is read first.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const title = data ? titleOf(data, lang, firstPartial) : detailFr.loadingTitle;
  return (
    <dialog
      ref={dialog}
      className="detail-dialog"
      aria-labelledby={titleId}
      aria-busy={stale || !loaded || undefined}
      onCancel={(event) => {
        // Escape: closed through the URL, like the button, not by the browser alone.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="detail-dialog__header">
        <h1 id={titleId} ref={heading} tabIndex={-1} className="fr-h5 fr-mb-0 detail-dialog__title">
          {title}
        </h1>
        <button type="button" className="fr-btn--close fr-btn" title={detailFr.close} onClick={onClose}>
          {detailFr.close}
        </button>
      </div>
      <div className="detail-dialog__body">
        {error ? (
          <div className="fr-alert fr-alert--error fr-alert--sm" role="alert">
            <p>{detailFr.error(error.message)}</p>
          </div>
        ) : data ? (
          <DetailContent body={data} csvHref={csvHref && withLang(csvHref, lang)} onPage={onPage} />
        ) : (
          <p role="status">{detailFr.loading}</p>
        )}
      </div>
    </dialog>
  );
}

/**
 * The number's name as its button says it: a tile's "12 708 partenariats", a row's "Maroc — 1 234",
 * a partial year's "2026 · MEAE (année en cours, données partielles) — 1,2 M€" (lib/charts/partial-year.ts).
 */
function titleOf(data: ExplainBody, lang: Lang, firstPartial: number | undefined): string {
  const { detail, tiles, partialYear } = labelsOf(lang);
  const byYear = data.by === "year" || data.by === "activeYear";
  const partial = byYear && typeof data.key === "number" && isPartialYear(data.key, firstPartial);
  const mark = partial ? ` (${partialYear.mark})` : "";
  if (data.by !== null) return detail.title(`${detailLabel(data, lang)}${mark}`, formatClicked(data, lang));
  return tiles.detail(formatClicked(data, lang), tiles.labels[data.measure](data.value));
}
