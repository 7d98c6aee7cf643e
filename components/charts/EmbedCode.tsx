"use client";
import { useId, useState } from "react";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { type Lang, withLang } from "@/lib/i18n/lang";
import type { ExportPanel } from "@/lib/panels/export-links";

/** An HTML attribute's value: the panel's title is fixed text, but the code must stay valid whatever it says. */
const attribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The iframe that shows a panel on another site: /embed/<panel> takes the dashboard's query. */
export function embedCode(origin: string, panel: ExportPanel, query: string, title: string, lang: Lang = "fr"): string {
  const src = `${origin}${withLang(`/embed/${panel}${query ? `?${query}` : ""}`, lang)}`;
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
}

export interface EmbedCodeProps {
  panel: ExportPanel;
  query: string;
  title: string;
}

/** The panel's embed code in a read-only text area, selected on focus, with a copy button. */
export function EmbedCode({ panel, query, title }: EmbedCodeProps) {
  const id = useId();
  const [status, setStatus] = useState("");
  const lang = useLang();
  const labels = useLabels().exportMenu;
  const code = embedCode(window.location.origin, panel, query, title, lang);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(labels.embedCopied);
    } catch {
      setStatus(labels.embedCopyFailed);
    }
  };
  return (
    <div className="embed-code fr-input-group fr-mb-0">
      <label className="fr-label fr-text--sm" htmlFor={id}>
        {labels.embedLabel}
      </label>
      <textarea id={id} className="fr-input fr-text--xs embed-code__text" readOnly rows={4} value={code} onFocus={(event) => event.currentTarget.select()} />
      <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm fr-mt-1w" onClick={copy}>
        {labels.copyEmbed}
      </button>
      {/* Not role="status": inside a panel, that role is the panel's empty or loading state. */}
      <p className={status ? "fr-text--xs fr-mt-1v fr-mb-0" : "fr-sr-only"} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
