import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { EARLY_CLICKS_GLOBAL, EARLY_CLICK_SELECTOR } from "../early-clicks";
import { FALLBACK_MS, loaderScript, scriptsAfterPaint } from "./scripts-after-paint";

// The head and tail of a page as Next.js 16 renders it (nonce included), trimmed.
const PAGE = [
  "<!DOCTYPE html><html lang=\"fr\"><head><meta charSet=\"utf-8\"/>",
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="N0nce==" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" nonce="N0nce==" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/react.js" async="" nonce="N0nce=="></script>',
  '<script src="/_next/static/chunks/turbopack.js" async="" nonce="N0nce=="></script>',
  '<link rel="preload" href="/_next/static/media/Marianne.woff2" as="font" crossorigin="anonymous"/>',
  '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="N0nce=="></script>',
  "</head><body><h1>Atlas</h1>",
  '<script src="/_next/static/chunks/main.js" nonce="N0nce==" async=""></script>',
  '<script nonce="N0nce==">self.__next_f.push([1,"x"])</script>',
  "</body></html>",
].join("");

/** Runs a loader script in a fake browser: which scripts it appends, and when. */
function runLoader(html: string, browser: { paintTypes?: string[]; noObserver?: boolean }) {
  const script = /<script nonce="[^"]*">(\(function\(s\)[\s\S]*?)<\/script>/.exec(html)?.[1];
  if (script === undefined) throw new Error("no loader in the page");
  const appended: { src: string; async: string | null; nonce: string }[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  let observer: ((list: { getEntries: () => { name: string }[] }) => void) | undefined;
  let disconnected = false;
  const element = () => {
    const attributes = new Map<string, string>();
    return { src: "", nonce: "", setAttribute: (k: string, v: string) => attributes.set(k, v), attributes };
  };
  class FakeObserver {
    static supportedEntryTypes = browser.paintTypes ?? ["paint", "largest-contentful-paint"];
    constructor(callback: typeof observer) {
      observer = callback;
    }
    observe() {}
    disconnect() {
      disconnected = true;
    }
  }
  const listeners = new Map<string, (event: unknown) => void>();
  const context = {
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    removeEventListener: (type: string, listener: (event: unknown) => void) => listeners.get(type) === listener && listeners.delete(type),
    window: {} as Record<string, unknown>,
    PerformanceObserver: browser.noObserver ? undefined : FakeObserver,
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
    document: {
      currentScript: { nonce: "N0nce==" },
      createElement: () => element(),
      head: {
        appendChild: (e: ReturnType<typeof element>) => appended.push({ src: e.src, async: e.attributes.get("async") ?? null, nonce: e.nonce }),
      },
    },
  };
  context.window.PerformanceObserver = context.PerformanceObserver;
  runInNewContext(script, context);
  const paint = (name: string) => observer?.({ getEntries: () => [{ name }] });
  const runTimers = (upTo: number) => {
    for (const timer of timers.splice(0).filter((t) => t.ms <= upTo)) timer.fn();
  };
  /** A click on an element that `matches` the loader's selector or not: whether the page kept it from the page's own handlers. */
  const click = (matches: boolean) => {
    const target = { closest: (selector: string) => (matches && selector === EARLY_CLICK_SELECTOR ? target : null) };
    let stopped = false;
    listeners.get("click")?.({ target, preventDefault: () => (stopped = true), stopImmediatePropagation: () => {} });
    return { target, held: stopped };
  };
  const takeHeld = () => (context.window[EARLY_CLICKS_GLOBAL] as () => unknown[])();
  return { appended, paint, runTimers, disconnected: () => disconnected, timers, click, takeHeld, listening: () => listeners.has("click") };
}

describe("scriptsAfterPaint", () => {
  it("takes the async scripts and the script preloads out of the page, and leaves everything else", () => {
    const out = scriptsAfterPaint(PAGE);
    expect(out).not.toMatch(/<script src="[^"]*" async=""/);
    expect(out).not.toMatch(/<script src="[^"]*" nonce="N0nce==" async=""/);
    expect(out).not.toContain('rel="preload" as="script"');
    // Stylesheets, font preloads, the legacy polyfill and the inline payload stay as they were.
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="N0nce==" data-precedence="next"/>',
      '<link rel="preload" href="/_next/static/media/Marianne.woff2" as="font" crossorigin="anonymous"/>',
      '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="N0nce=="></script>',
      '<script nonce="N0nce==">self.__next_f.push([1,"x"])</script>',
      "<body><h1>Atlas</h1>",
    ]) {
      expect(out).toContain(kept);
    }
    // One loader, in the head, with the page's nonce.
    expect(out.match(/\(function\(s\)/g)).toHaveLength(1);
    expect(out.indexOf("(function(s)")).toBeLessThan(out.indexOf("</head>"));
    expect(out).toMatch(/<script nonce="N0nce==">\(function\(s\)/);
  });

  it("adds the scripts back, in page order and async with the nonce, once the first contentful paint is reported", () => {
    const browser = runLoader(scriptsAfterPaint(PAGE), {});
    browser.runTimers(0);
    expect(browser.appended).toEqual([]);
    browser.paint("first-paint");
    browser.runTimers(0);
    expect(browser.appended).toEqual([]);
    browser.paint("first-contentful-paint");
    expect(browser.disconnected()).toBe(true);
    browser.runTimers(0);
    expect(browser.appended.map((s) => s.src)).toEqual(["/_next/static/chunks/react.js", "/_next/static/chunks/turbopack.js", "/_next/static/chunks/main.js"]);
    expect(browser.appended.every((s) => s.async === "" && s.nonce === "N0nce==")).toBe(true);
  });

  it("loads them after FALLBACK_MS when no paint is reported, and only once", () => {
    const browser = runLoader(scriptsAfterPaint(PAGE), {});
    browser.runTimers(FALLBACK_MS);
    expect(browser.appended).toHaveLength(3);
    browser.paint("first-contentful-paint");
    browser.runTimers(FALLBACK_MS);
    expect(browser.appended).toHaveLength(3);
  });

  it("holds a click on what only a script makes work until a script takes it, and lets any other click through", () => {
    const browser = runLoader(scriptsAfterPaint(PAGE), {});
    const onIsland = browser.click(true);
    const onLink = browser.click(false);
    expect(onIsland.held).toBe(true);
    expect(onLink.held).toBe(false);
    expect(browser.takeHeld()).toEqual([onIsland.target]);
    // Taken: the loader no longer holds anything, the page's own listeners do.
    expect(browser.listening()).toBe(false);
    expect(browser.takeHeld()).toEqual([]);
  });

  it("loads them at once in a browser without paint timing", () => {
    expect(runLoader(scriptsAfterPaint(PAGE), { paintTypes: ["resource"] }).appended).toHaveLength(3);
    expect(runLoader(scriptsAfterPaint(PAGE), { noObserver: true }).appended).toHaveLength(3);
  });

  it("leaves a page without async scripts, a fragment without a head, and a page holding a NUL as they are", () => {
    const plain = "<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>";
    expect(scriptsAfterPaint(plain)).toBe(plain);
    const fragment = '<script src="/a.js" async=""></script>';
    expect(scriptsAfterPaint(fragment)).toBe(fragment);
    const withNul = PAGE.replace("<h1>Atlas</h1>", "<h1>At\u0000las</h1>");
    expect(scriptsAfterPaint(withNul)).toBe(withNul);
  });

  it("writes each src so that no text in it can end the script", () => {
    const loader = loaderScript(["/a.js</script><script>alert(1)</script>", "/b\u2028.js"], "n");
    expect(loader.match(/<\/script>/g)).toHaveLength(1);
    expect(loader).not.toContain("\u2028");
    expect(loaderScript(["/a.js"], undefined)).toMatch(/^<script>/);
  });
});
