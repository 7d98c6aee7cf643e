"use client";

import { startTransition, useEffect, useRef, useState } from "react";

/** Narrowest layout, in px: below it the SVG is scaled down rather than laid out any tighter. */
const MIN_WIDTH = 280;

/**
 * Progressive enhancement of the fixed-viewBox charts: the server (and the first client render)
 * lays the chart out at `fallbackWidth` and the SVG is scaled to 100% of its container; once
 * mounted, a ResizeObserver reports the container's real width and the chart is laid out again at
 * that width, so that 1 SVG unit = 1 CSS px and labels keep their real size on a 375 px phone
 * instead of shrinking to half. Returns the ref to put on the wrapper and the width to lay out at.
 * The new layout is a transition: React draws it in slices between other work, where an observer's
 * update would otherwise lay out every chart of the page in one task (over a second on a phone,
 * right after the page's hydration).
 */
export function useChartWidth<T extends HTMLElement>(fallbackWidth: number, enabled = true) {
  const ref = useRef<T>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useEffect(() => {
    const node = ref.current;
    if (!enabled || !node || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width > 0) startTransition(() => setMeasured((previous) => (previous === width ? previous : width)));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [enabled]);
  return [ref, enabled && measured !== null ? Math.max(MIN_WIDTH, measured) : fallbackWidth] as const;
}
