"use client";
import { useEffect, useId, useRef, useState } from "react";
import { useDatasetStamp } from "@/components/presentation/DatasetStamp";
import { type DeckStatus, DeckStatusText, useAddToDeck } from "@/components/presentation/useAddToDeck";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { withLang } from "@/lib/i18n/lang";
import { type ExportPanel, MENU_FORMATS, exportHref } from "@/lib/panels/export-links";
import { panelViewHref } from "@/lib/presentation/panel-view";
import { EmbedCode } from "./EmbedCode";
import { useFullscreen } from "./useFullscreen";
import "./fullscreen.css";

export interface ExportMenuProps {
  panel: ExportPanel;
  /** The dashboard's query for the view ("country=SN&rank=amount"). */
  query: string;
  /** The panel's title, for the menu's accessible name. */
  title: string;
  /** Id of the panel's element: the copied link scrolls to it. */
  anchor: string;
}

/**
 * A panel's exports: the link of the view, the panel in full screen, its embed code, the working
 * presentation, and the panel as a table, an image or a slide. A disclosure (button and list of
 * links) rather than an ARIA menu: each item is a plain link or button, reachable with Tab, and
 * the files come from stable URLs that can be scripted or shared.
 */
export function ExportMenu({ panel, query, title, anchor }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const lang = useLang();
  const labels = useLabels().exportMenu;
  const [embedShown, setEmbedShown] = useState(false);
  // The last action's message (copied link, presentation), with a link to the presentation if it is one.
  const [message, setMessage] = useState<DeckStatus | null>(null);
  const status = message ? <DeckStatusText status={message} /> : "";
  const listId = useId();
  const embedId = useId();
  const root = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(anchor);
  const deck = useAddToDeck(useDatasetStamp());

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !root.current?.contains(event.target as Node)) {
        setOpen(false);
        if (event instanceof KeyboardEvent) root.current?.querySelector("button")?.focus();
      }
    };
    document.addEventListener("keydown", close);
    document.addEventListener("pointerdown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("pointerdown", close);
    };
  }, [open]);

  const copyLink = async () => {
    // The page's own address (its URL holds the whole view: the dashboard's state, or a profile's
    // filters), scrolled to the panel.
    const url = new URL(`${window.location.pathname}${window.location.search}#${anchor}`, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ text: labels.copied, link: false });
    } catch {
      setMessage({ text: labels.copyFailed(url), link: false });
    }
  };

  const addToDeck = async () => setMessage(await deck.add({ href: panelViewHref(panel, query), title }));

  const toggleFullscreen = () => {
    setOpen(false);
    fullscreen.toggle();
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-download-line fr-btn--icon-left"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={labels.label(title)}
        onClick={() => setOpen((shown) => !shown)}
      >
        {labels.button}
      </button>
      <ul id={listId} className="export-menu__list" hidden={!open}>
        <li>
          <button type="button" className="fr-link fr-link--sm" onClick={copyLink}>
            {labels.copyLink}
          </button>
        </li>
        {fullscreen.supported ? (
          <li>
            <button type="button" className="fr-link fr-link--sm" onClick={toggleFullscreen}>
              {fullscreen.active ? labels.exitFullscreen : labels.fullscreen}
            </button>
          </li>
        ) : null}
        <li>
          <button type="button" className="fr-link fr-link--sm" aria-expanded={embedShown} aria-controls={embedId} onClick={() => setEmbedShown((shown) => !shown)}>
            {labels.embed}
          </button>
          <div id={embedId} hidden={!embedShown}>
            {embedShown ? <EmbedCode panel={panel} query={query} title={title} /> : null}
          </div>
        </li>
        <li>
          <button type="button" className="fr-link fr-link--sm" onClick={addToDeck}>
            {labels.addToDeck}
          </button>
        </li>
        {MENU_FORMATS.map((format) => (
          <li key={format}>
            <a className="fr-link fr-link--sm" href={withLang(exportHref(panel, format, query), lang)} download>
              {labels.formats[format]}
            </a>
          </li>
        ))}
      </ul>
      {/* A live region without the status role: a panel's role="status" is its empty or loading state. */}
      <p className={status ? "export-menu__status fr-text--xs fr-mb-0" : "fr-sr-only"} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
