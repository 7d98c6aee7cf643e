"use client";

import { type PointerEvent, type ReactNode, useLayoutEffect, useRef } from "react";
import type { Lang } from "@/lib/i18n/lang";
import type { CountryFigures } from "@/lib/query/engine";
import { tooltipElement } from "./countryTooltip";
import { PREVIEW_DATA } from "./preview-data";
import { frameServerMap } from "./previewFrame";

export interface MapPreviewProps {
  /** The server's drawing (MapPreviewSvg), on the server only: in the browser it is already in the page. */
  drawing: ReactNode;
  countries: CountryFigures[];
  selected: string[];
  lang: Lang;
  /** True when the drawing no longer shows the current figures (they changed before Leaflet came). */
  stale: boolean;
  onSelectCountry: (code: string) => void;
  /** The first pointer, touch or focus on the map: the cue to bring Leaflet in. */
  onInteract: () => void;
}

const KEEP_SERVER_MARKUP = { __html: "" } as const;

const shapeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGElement>(`[${PREVIEW_DATA.code}]`) : null);

/**
 * The map until Leaflet takes over: the server's SVG drawing, kept as the server sent it (React
 * hydrates an element with dangerouslySetInnerHTML without touching its content, and never
 * rewrites an unchanged one), framed to its box, with the Leaflet map's tooltip and click (which
 * filters on the country). After a navigation in the browser there is no drawing: the box pulses
 * as a placeholder until Leaflet comes.
 */
export function MapPreview({ drawing, countries, selected, lang, stale, onSelectCountry, onInteract }: MapPreviewProps) {
  const box = useRef<HTMLDivElement>(null);
  const tip = useRef<HTMLDivElement>(null);
  const live = useRef({ countries, selected, lang, onSelectCountry });
  useLayoutEffect(() => {
    live.current = { countries, selected, lang, onSelectCountry };
  });
  useLayoutEffect(() => {
    const element = box.current;
    const svg = element?.querySelector("svg");
    if (!element || !svg) {
      element?.classList.add("country-map-placeholder");
      return;
    }
    const frame = () => frameServerMap(svg, element.clientWidth, element.clientHeight);
    frame();
    const observer = new ResizeObserver(frame);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const hide = () => tip.current?.setAttribute("hidden", "");
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const shape = shapeOf(event.target);
    const element = box.current;
    if (!shape || !element || !tip.current || event.pointerType === "touch") return hide();
    const code = shape.getAttribute(PREVIEW_DATA.code) ?? "";
    const { countries: current, selected: chosen, lang: language } = live.current;
    const figures = current.find((country) => country.code === code);
    tip.current.replaceChildren(tooltipElement(figures?.name ?? shape.getAttribute(PREVIEW_DATA.name) ?? code, figures, chosen.includes(code), language));
    const rect = element.getBoundingClientRect();
    tip.current.style.left = `${event.clientX - rect.left}px`;
    tip.current.style.top = `${event.clientY - rect.top}px`;
    tip.current.removeAttribute("hidden");
  };
  const onClick = (event: { target: EventTarget | null }) => {
    const code = shapeOf(event.target)?.getAttribute(PREVIEW_DATA.code);
    if (!code) return;
    const { countries: current, selected: chosen, onSelectCountry: select } = live.current;
    // As on the Leaflet map: a click filters on a country with data, or removes a selected one.
    if (!current.some((country) => country.code === code) && !chosen.includes(code)) return;
    hide();
    select(code);
  };

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the countries are reached by keyboard through the list beside the map, and on the Leaflet map that replaces this drawing
    // biome-ignore lint/a11y/noStaticElementInteractions: see above; the drawing itself is hidden from assistive technologies
    <div
      ref={box}
      className={stale ? "country-map-canvas map-preview map-preview--stale" : "country-map-canvas map-preview"}
      onPointerEnter={onInteract}
      onTouchStart={onInteract}
      onPointerMove={onPointerMove}
      onPointerLeave={hide}
      onClick={onClick}
    >
      {drawing ? (
        <div className="map-preview-drawing">{drawing}</div>
      ) : (
        // An empty string, never data: it only tells React to leave the server's markup in place.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the constant "" keeps the server's drawing; nothing is inserted
        <div className="map-preview-drawing" suppressHydrationWarning dangerouslySetInnerHTML={KEEP_SERVER_MARKUP} />
      )}
      <div ref={tip} className="map-preview-tip country-map-tooltip" hidden />
    </div>
  );
}
