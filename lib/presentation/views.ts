import { type DashboardState, dashboardQuery } from "../dashboard/state";
import { dashboardSchema } from "../dashboard/state-parse";
import { labelsOf } from "../labels";
import { authorityHref, countryHref, partnershipHref, themeHref } from "../pages/links";
import type { ComparePanel } from "../compare/panels";
import { type CompareState, compareQuery } from "../compare/state";
import { parseCompareState } from "../compare/state-parse";
import type { DashboardPanel } from "../panels/dashboard-panels";
import { parseParams } from "../query/params";
import { panelViewHref } from "./panel-view";

export { panelViewHref };

/**
 * A view of a presentation is a URL of the site, so that a deck is nothing but a list of links
 * anyone can open: a dashboard panel (`/?<dashboard query>&panel=themes`) or a page (`/pays/SN?…`,
 * `/collectivites/commune-21231`, `/thematiques/<slug>`, `/partenariats/15909`). parseView is the
 * one reader of them, for the presentation page and the deck's PowerPoint alike.
 */

export const PAGE_KINDS = ["country", "authority", "theme", "partnership"] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

interface ViewBase {
  /** The dashboard state of the URL (the page's filters), parsed strictly. */
  state: DashboardState;
  /** Its canonical dashboard query, without `panel` ("country=SN&yearFrom=2015"). */
  query: string;
  /** The view's canonical URL, path and query: equal views, equal hrefs. */
  href: string;
}

export type PanelView = ViewBase & { kind: "panel"; panel: DashboardPanel };
/** `key`: the country code, authority key, theme slug or partnership id of the path. */
export type PageView = ViewBase & { kind: PageKind; key: string };
/** A comparison panel (`/comparer?a.…&b.…&panel=compare-themes`): its two selections, no dashboard state. */
export interface CompareView {
  kind: "compare";
  panel: ComparePanel;
  compare: CompareState;
  /** The comparison's canonical query, without `panel`. */
  query: string;
  href: string;
}
export type View = PanelView | PageView | CompareView;

export type ParsedView = { ok: true; view: View } | { ok: false; message: string };

/** Longer than any view the site links to; a deck's URL holds up to 30 of them. */
export const MAX_VIEW_LENGTH = 2000;

/** Resolves relative URLs when no origin is given; no real URL has it, so no absolute URL matches it. */
const NO_ORIGIN = "http://vue.invalid";

interface PagePath {
  kind: PageKind;
  pattern: RegExp;
  canonical: (key: string) => string;
  href: (key: string, query: string) => string;
}

// A Map: a plain object would find "constructor" or "__proto__" among its keys.
const PAGES = new Map<string, PagePath>(Object.entries({
  pays: { kind: "country", pattern: /^[A-Za-z]{2}$/, canonical: (code) => code.toUpperCase(), href: countryHref },
  // authorityKey: "commune-21231", "epci-200046977", "departement-2A", "nom-saint-etienne".
  collectivites: { kind: "authority", pattern: /^[a-z]+-[A-Za-z0-9-]{1,150}$/, canonical: (key) => key, href: authorityHref },
  thematiques: { kind: "theme", pattern: /^[a-z0-9][a-z0-9-]{0,150}$/, canonical: (slug) => slug, href: themeHref },
  // The model's id rule (lib/model.ts).
  partenariats: { kind: "partnership", pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,150}$/, canonical: (id) => id, href: partnershipHref },
} satisfies Record<string, PagePath>));

const issues = () => labelsOf().presentation.issues;
const fail = (message: string): ParsedView => ({ ok: false, message });


/** A comparison panel's view: both selections parsed strictly, and the panel it points at. */
function parseCompareView(params: URLSearchParams): ParsedView {
  const { state, issues: problems } = parseCompareState(params);
  if (problems.length > 0) return fail(issues().badParams(problems.map((issue) => `${issue.param} (${issue.message})`).join(", ")));
  const { panel, ...compare } = state;
  if (!panel) return fail(labelsOf().compare.noPanel);
  const query = compareQuery(compare);
  return { ok: true, view: { kind: "compare", panel, compare, query, href: panelViewHref(panel, query) } };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Reads a view from a URL: a path ("/pays/SN?yearFrom=2015"), or an absolute URL of `origin` (the
 * site's, when known). Anything else (another site, another page of this one, a malformed or
 * unknown parameter, a dashboard URL without its panel) is refused with a message in French. What
 * only the dataset can tell (an unknown country or theme) is left to the server.
 */
export function parseView(input: string, origin?: string): ParsedView {
  const text = input.trim();
  if (text === "") return fail(issues().empty);
  if (text.length > MAX_VIEW_LENGTH) return fail(issues().tooLong(MAX_VIEW_LENGTH));
  let url: URL;
  try {
    url = new URL(text, origin ?? NO_ORIGIN);
  } catch {
    return fail(issues().otherSite(text));
  }
  if (url.origin !== new URL(origin ?? NO_ORIGIN).origin) return fail(issues().otherSite(text));

  if ((url.pathname.replace(/\/+$/, "") || "/") === "/comparer") return parseCompareView(url.searchParams);
  const parsed = parseParams(dashboardSchema, url.searchParams);
  if (!parsed.ok) return fail(issues().badParams(parsed.issues.map((issue) => `${issue.param} (${issue.message})`).join(", ")));
  const { panel, ...state } = parsed.value;
  const query = dashboardQuery(state);

  const path = url.pathname.replace(/\/+$/, "") || "/";
  if (path === "/") {
    if (!panel) return fail(issues().noPanel);
    return { ok: true, view: { kind: "panel", panel, state, query, href: panelViewHref(panel, query) } };
  }
  const segments = path.split("/").slice(1);
  const page = segments.length === 2 ? PAGES.get(segments[0]!) : undefined;
  if (!page) return fail(issues().unknownPath(url.pathname));
  const segment = decodeSegment(segments[1]!);
  if (segment === null || !page.pattern.test(segment)) return fail(issues().badSegment(labelsOf().presentation.kinds[page.kind], segments[1]!));
  const key = page.canonical(segment);
  return { ok: true, view: { kind: page.kind, key, state, query, href: page.href(key, query) } };
}

const PAGE_PATHS = new Map([...PAGES.values()].map((page) => [page.kind, page]));

/**
 * A page's view as the working deck keeps it: its canonical href and the title its slide will have
 * ("Pays partenaire : Sénégal"; a partnership's own title).
 */
export function pageViewItem(kind: PageKind, key: string, name: string, query: string): { href: string; title: string } {
  const title = kind === "partnership" ? name : `${labelsOf().presentation.kinds[kind]} : ${name}`;
  return { href: PAGE_PATHS.get(kind)!.href(key, query), title };
}
