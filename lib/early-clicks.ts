/**
 * The contract between the page's inline script loader (lib/http-cache/scripts-after-paint.ts),
 * which holds clicks that come before any script has run, and the modules that give them back
 * (components/islands/early-clicks.ts).
 */

/** What a click is held on: what only a script makes work (a sleeping island, a control the DSFR drives). */
export const EARLY_CLICK_SELECTOR = "[data-island]:not([data-island-live]),[data-fr-opened]";
/** The global the loader defines: a function that stops the holding and returns the held targets. */
export const EARLY_CLICKS_GLOBAL = "__atlasEarlyClicks";
