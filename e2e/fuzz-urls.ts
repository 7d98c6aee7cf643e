/**
 * The URLs of the fuzz test (e2e/fuzz.spec.ts): every API route and page type, with hostile paths
 * and queries. Seeded: the same seed gives the same list, so a failure seen once is seen again.
 */

/** The markup the HTML answers must never echo as it was sent (React escapes it; a raw echo is an XSS). */
export const REFLECTION_MARKERS = ["<script>alert(1)</script>", "<img src=x onerror"];

/** Real keys of the demonstration dataset's pages, so that the hostile queries reach the page's code. */
export interface FuzzKeys {
  partnership: string;
  country: string;
  authority: string;
  theme: string;
}

const INJECTIONS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  "../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "{{7*7}}",
  // A template-injection probe, meant literally.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is the payload
  "${7*7}",
  "javascript:alert(1)",
  "%3Cscript%3Ealert(1)%3C/script%3E",
  "\r\nSet-Cookie: x=1",
  "__proto__",
  "constructor",
  "toString",
  "-1",
  "1e309",
  "NaN",
  "0x10",
  "99999999999999999999",
  "",
  " ",
];

const UNICODE = [
  "\u202Eevil\u202C",
  "🇫🇷🤝🇸🇳",
  "\u0000",
  "a\u0000b",
  "e\u0301\u0301\u0301",
  "ＳＮ",
  "\uFEFFSN",
  "ß",
  "İ",
  "\u2028\u2029",
  "ﷺ",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
];

/** Escapes that decodeURIComponent refuses, and some it accepts that decode to odd code points. */
const BAD_ENCODINGS = ["%", "%zz", "%E0%A4%A", "%C0%AF", "%ED%A0%80", "%FF", "%%", "%u0041", "%2", "%C3", "%F4%90%80%80", "%0"];
const ODD_ENCODINGS = ["%00", "%2F", "%5C", "%2e%2e", "%0A", "%EF%BF%BF", "%E2%80%AE"];

const API_PARAMS = [
  "country", "region", "theme", "subTheme", "subSubTheme", "themeScope", "financer", "financerCategory", "status", "form",
  "authority", "authorityKind", "departement", "frenchRegion", "yearFrom", "yearTo", "yearMode", "q", "themeRule",
  "by", "measure", "stack", "limit", "sort", "page", "pageSize", "key", "segment", "field", "map", "mapMode", "mapView", "rank",
  "panel", "v", "d", "a.country", "b.theme", "year", "detail",
];

/** A small seeded generator (mulberry32): deterministic, good enough to pick cases. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The path templates of every route: `*` marks the segment that the fuzz replaces. */
export function routes(keys: FuzzKeys): { path: string; fuzzable: boolean }[] {
  const panels = ["map", "france", "themes", "financer-categories", "financers", "years", "countries", "authorities", "compare-years"];
  const light = (path: string) => ({ path, fuzzable: true });
  return [
    ...["aggregate", "countries", "dashboard", "explain", "french-areas", "health", "meta", "partnerships", "suggest", "summary"].map((r) => light(`/api/${r}`)),
    light(`/api/partnerships/${keys.partnership}`),
    light("/"),
    light("/partenariats"),
    light(`/partenariats/${keys.partnership}`),
    light(`/pays/${keys.country}`),
    light(`/collectivites/${keys.authority}`),
    light(`/thematiques/${keys.theme}`),
    light("/comparer"),
    light("/presentation"),
    light("/donnees"),
    ...panels.map((p) => light(`/embed/${p}`)),
    // Exports: every format of one panel, the CSV of the others (the PNG and PPTX renderings are slow).
    ...["csv", "xlsx", "svg", "png", "pptx"].map((f) => light(`/export/themes.${f}`)),
    ...panels.map((p) => light(`/export/${p}.csv`)),
    light("/export/detail.csv"),
    light("/export/deck.pptx"),
    light("/export/liste/partenariats.csv"),
    // The whole dataset's files: only their paths and parameters are fuzzed (a valid request streams everything).
    { path: "/export/donnees/LISEZMOI.md", fuzzable: false },
    { path: "/export/donnees/atlas.json", fuzzable: false },
  ];
}

/**
 * About `count` URLs (paths and queries, relative to the site): each route's path with a hostile
 * segment, then hostile queries on the routes. Values are percent-encoded as a browser would send
 * them, except the bad encodings, sent as they are.
 */
export function fuzzUrls(keys: FuzzKeys, count: number, seed = 13): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const all = routes(keys);
  const hostile = () => {
    const kind = random();
    if (kind < 0.35) return encodeURIComponent(pick(INJECTIONS));
    if (kind < 0.55) return encodeURIComponent(pick(UNICODE));
    if (kind < 0.8) return `${pick(["SN", "a", ""])}${pick(BAD_ENCODINGS)}${pick(["", "x", "%41"])}`;
    return pick(ODD_ENCODINGS);
  };
  const urls: string[] = [];
  // Hostile path segments: appended, or in place of the last one.
  for (const { path } of all) {
    for (const bad of [...BAD_ENCODINGS, ...ODD_ENCODINGS]) {
      urls.push(path === "/" ? `/${bad}` : path.replace(/[^/]*$/, (last) => `${last}${bad}`));
      urls.push(`${path.replace(/\/[^/]*$/, "")}/${bad}`);
    }
  }
  const queryFor = (): string => {
    const kind = random();
    if (kind < 0.03) {
      // 500 times the same parameter.
      const name = pick(API_PARAMS);
      return Array.from({ length: 500 }, () => `${name}=${hostile()}`).join("&");
    }
    if (kind < 0.05) {
      // A long value (10 to 100 KB): past Node's header limit the server answers 431 before any route.
      const size = 10_000 + Math.floor(random() * 90_000);
      return `${pick(API_PARAMS)}=${"A".repeat(size)}`;
    }
    const parts: string[] = [];
    const n = 1 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) {
      const name = random() < 0.85 ? pick(API_PARAMS) : hostile();
      parts.push(`${name}=${hostile()}`);
    }
    return parts.join("&");
  };
  const fuzzable = all.filter((r) => r.fuzzable);
  while (urls.length < count) {
    const route = urls.length % 7 === 0 ? pick(all) : pick(fuzzable);
    urls.push(`${route.path}?${queryFor()}`);
  }
  return urls;
}
