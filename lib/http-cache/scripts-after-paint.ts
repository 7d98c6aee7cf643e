/**
 * A page's scripts, fetched once its first contentful paint is on screen rather than beside its
 * stylesheets and fonts. Next.js puts each of the page's chunks in the head as
 * `<script src async>`: on a phone on a slow network, 150 KB of scripts then share the first
 * second's bandwidth with the render-blocking stylesheets, and their evaluation (hydration) can
 * run before the first paint. The page is whole without them (rendered by the server, its
 * islands drawn), so they can wait for it to be seen.
 *
 * The rewrite takes the async scripts and the script preloads out, and puts in their place one
 * inline script, with the page's nonce, that adds them back (same `src`, `async`, nonce) when the
 * browser reports the first contentful paint (a PerformanceObserver of "paint" entries, which
 * Chromium queues once the frame is presented), at once in a browser without paint timing, and
 * after `FALLBACK_MS` if none is reported. Until they run, a click on what only they make work (a
 * sleeping island, a DSFR control) is held, for them to give back (components/islands/early-clicks.ts). The order of async scripts never
 * mattered: each runs when it arrives. `noModule` scripts (legacy polyfills) are left as they are.
 * Pure: text in, text out; server/page-responses.ts applies it to every HTML page it sends.
 */

import { EARLY_CLICKS_GLOBAL, EARLY_CLICK_SELECTOR } from "../early-clicks";

/**
 * How long the scripts wait for a paint entry before loading anyway: a safety net, for a page
 * whose paint is never reported. Long, because a late report is the common case it must not
 * undercut: a tab opened in the background paints when first shown, and headless Chromium on a
 * busy machine has been seen to present the first frame only after 2.3 s.
 */
export const FALLBACK_MS = 5000;

const SCRIPT = /<script\b([^>]*)><\/script>/g;
const PRELOAD_LINK = /<link\b([^>]*)\/?>/g;

const attribute = (attributes: string, name: string): string | undefined => {
  const match = new RegExp(`(?:^|\\s)${name}(?:="([^"]*)")?(?=\\s|$|/)`, "i").exec(attributes);
  return match === null ? undefined : (match[1] ?? "");
};

/** The inline script that loads `sources` after the first contentful paint. */
export function loaderScript(sources: readonly string[], nonce: string | undefined): string {
  // JSON in a script: "</" and U+2028/2029 escaped so that no src can end the element or the line.
  const list = JSON.stringify(sources).replace(/<\//g, "<\\/").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  const hold =
    `var h=[],r=function(e){var t=e.target;if(!t||!t.closest||!t.closest(${JSON.stringify(EARLY_CLICK_SELECTOR)}))return;` +
    `e.preventDefault();e.stopImmediatePropagation();h.push(t)};addEventListener("click",r,true);` +
    `window.${EARLY_CLICKS_GLOBAL}=function(){removeEventListener("click",r,true);var x=h;h=[];return x};`;
  const body =
    `(function(s){${hold}var n=document.currentScript&&document.currentScript.nonce,d=0,` +
    `go=function(){if(d)return;d=1;s.forEach(function(u){var e=document.createElement("script");` +
    `e.src=u;e.setAttribute("async","");if(n)e.nonce=n;document.head.appendChild(e)})};` +
    `var t=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes;if(!t||t.indexOf("paint")<0)return go();` +
    `try{var o=new PerformanceObserver(function(l){if(l.getEntries().some(function(x){return x.name==="first-contentful-paint"}))` +
    `{o.disconnect();setTimeout(go,0)}});o.observe({type:"paint",buffered:true})}catch(x){go()}` +
    `setTimeout(go,${FALLBACK_MS})})(${list})`;
  return `<script${nonce === undefined ? "" : ` nonce="${nonce}"`}>${body}</script>`;
}

/**
 * The page with its async scripts loaded after the first contentful paint; the page as it was
 * when it has none (or is not a whole HTML document).
 */
export function scriptsAfterPaint(html: string): string {
  // A NUL marks the scripts' places below: a page holding one is left as it is.
  if (!/<head[\s>]/i.test(html) || html.includes("\u0000")) return html;
  const sources: string[] = [];
  let nonce: string | undefined;
  let first = -1;
  let out = html.replace(SCRIPT, (whole, attributes: string, offset: number) => {
    const src = attribute(attributes, "src");
    if (src === undefined || attribute(attributes, "async") === undefined || attribute(attributes, "nomodule") !== undefined) return whole;
    if (first < 0) first = offset;
    sources.push(src);
    nonce ??= attribute(attributes, "nonce");
    return "\u0000";
  });
  if (sources.length === 0) return html;
  out = out.replace(PRELOAD_LINK, (whole, attributes: string) =>
    attribute(attributes, "rel") === "preload" && attribute(attributes, "as") === "script" ? "" : whole,
  );
  let placed = false;
  // The loader takes the first script's place (in the head); the others leave nothing.
  out = out.replaceAll("\u0000", () => {
    if (placed) return "";
    placed = true;
    return loaderScript(sources, nonce);
  });
  return out;
}
