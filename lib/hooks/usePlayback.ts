"use client";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { type YearBounds, nextYear, playDelay, playStart } from "../dashboard/time";

const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

function subscribeReducedMotion(onChange: () => void): () => void {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the system asks for reduced motion (false on the server: the first paint does not play). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribeReducedMotion, () => window.matchMedia(REDUCED_MOTION).matches, () => false);
}

export interface PlaybackOptions {
  /** The year on screen (the URL's), undefined for all years. */
  year: number | undefined;
  bounds: YearBounds | null;
  /**
   * Whether the current year's answer is on screen. The next year waits for it, so that a slow
   * answer holds the playback instead of piling up one request per tick.
   */
  ready: boolean;
  /** Whether the current year's request failed: playing stops rather than skip past the error. */
  failed: boolean;
  /** Shows a year (writes it to the URL). */
  show: (year: number) => void;
}

/** Play and pause over the years: one year per tick, stopping at the last year. */
export function usePlayback({ year, bounds, ready, failed, show }: PlaybackOptions) {
  const [playing, setPlaying] = useState(false);
  const reducedMotion = useReducedMotion();
  // The timer must call the latest `show` (it closes over the URL state) without restarting on each render.
  const showRef = useRef(show);
  showRef.current = show;

  // Primitives, not the bounds object: a new object on each render must not restart the timer.
  const min = bounds?.min;
  const max = bounds?.max;
  useEffect(() => {
    if (!playing || min === undefined || max === undefined) return;
    if (failed) {
      setPlaying(false);
      return;
    }
    if (!ready || year === undefined) return;
    const next = nextYear(year, { min, max });
    if (next === null) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => showRef.current(next), playDelay(reducedMotion));
    return () => clearTimeout(timer);
  }, [playing, min, max, failed, ready, year, reducedMotion]);

  const play = useCallback(() => {
    if (!bounds) return;
    const start = playStart(year, bounds);
    if (start !== year) showRef.current(start);
    setPlaying(true);
  }, [bounds, year]);
  const pause = useCallback(() => setPlaying(false), []);
  return { playing, play, pause, reducedMotion, delay: playDelay(reducedMotion) };
}
