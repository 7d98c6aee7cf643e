"use client";
import { useCallback, useEffect, useState } from "react";

/**
 * The Fullscreen API for one element, by id: whether the browser offers it (false until mounted,
 * so the server's HTML and the first render agree), whether the element is full screen now, and a
 * toggle. Escape leaves full screen natively; `active` follows through `fullscreenchange`.
 */
export function useFullscreen(id: string) {
  const [supported, setSupported] = useState(false);
  const [active, setActive] = useState(false);
  useEffect(() => {
    setSupported(document.fullscreenEnabled === true);
    const sync = () => setActive(document.fullscreenElement?.id === id);
    document.addEventListener("fullscreenchange", sync);
    return () => document.removeEventListener("fullscreenchange", sync);
  }, [id]);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
      return;
    }
    // Refused (an iframe without allowfullscreen, a browser setting): the panel simply stays in place.
    void document.getElementById(id)?.requestFullscreen().catch(() => undefined);
  }, [id]);
  return { supported, active, toggle };
}
