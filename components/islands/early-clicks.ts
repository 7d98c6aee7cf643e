/**
 * Clicks that came before any of the page's scripts ran. The page's scripts load after its first
 * paint (lib/http-cache/scripts-after-paint.ts); until then, its inline loader holds the clicks
 * on what only a script can make work (lib/early-clicks.ts) and keeps their targets. The first module to ask takes them all and stops that holding (its own
 * listeners take over); each asker then picks the clicks that are its own.
 */

import { EARLY_CLICKS_GLOBAL } from "@/lib/early-clicks";

let pending: Element[] | undefined;

/** Takes the held clicks whose target is under `selector` (once each), stopping the loader's holding. */
export function takeEarlyClicks(selector: string): Element[] {
  if (pending === undefined) {
    const take = (window as unknown as Record<string, unknown>)[EARLY_CLICKS_GLOBAL];
    pending = typeof take === "function" ? (take() as Element[]) : [];
  }
  const mine = pending.filter((target) => target.isConnected && target.closest(selector) !== null);
  pending = pending.filter((target) => !mine.includes(target));
  return mine;
}
