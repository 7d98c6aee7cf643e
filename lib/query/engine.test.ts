import { describe, expect, it } from "vitest";
import { authorityKey, type Dataset, type FrenchAuthority, type Partnership } from "../model";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import { makeFunding, makePartnership } from "../test-support/factories";
import { QueryEngine } from "./engine";
import { type AggregateQuery, BREAKDOWNS, type Filters, MEASURES, THEME_RULES, aggregateQuerySchema, filtersSchema, listQuerySchema } from "./params";
import { groupsOf, matches, rowKey, rowPasses, selected, themeShare } from "./reference";
import { QueryError } from "./select";

// A small hand-made dataset: every combination the engine must handle appears in it (several
// countries and authorities on one partnership, secondary themes, missing years, ongoing, no funding…).
const AUTHORITIES: FrenchAuthority[] = [
  { name: "Dijon", code: "21231", kind: "commune", departement: "21", region: "27" },
  { name: "Région Bretagne", code: "53", kind: "region", departement: null, region: "53" },
  { name: "Département du Nord", code: "59", kind: "departement", departement: "59", region: "32" },
  { name: "Métropole de Lyon", code: "200046977", kind: "epci", departement: "69", region: "84" },
  { name: "Collectif inconnu", code: null, kind: null, departement: null, region: null },
];
const PARTNERS = [
  { name: "Chefchaouen", country: "MA", countryName: "Maroc" },
  { name: "Ziguinchor", country: "SN", countryName: "Sénégal" },
  { name: "Ludwigsburg", country: "DE", countryName: "Allemagne" },
  { name: "Kayes", country: "ML", countryName: "Mali" },
  { name: "Atlantis", country: null, countryName: "Atlantide" },
];
const THEMES = [
  { theme: "Environnement, Climat et Energie", subTheme: "Eau et déchets", subSubTheme: "Eau et assainissement" },
  { theme: "Environnement, Climat et Energie", subTheme: "Eau et déchets", subSubTheme: null },
  { theme: "Environnement, Climat et Energie", subTheme: "Protection / Gestion de l'environnement / Biodiversité", subSubTheme: null },
  { theme: "Economie durable", subTheme: "Agriculture et développement rural", subSubTheme: "Agriculture et agroalimentaire" },
  { theme: "Culture, patrimoine, sport et jeunesse", subTheme: null, subSubTheme: null },
];
const FINANCERS = ["Ministère de l'Europe et des Affaires étrangères", "Dijon", "Collectivités et partenaires étrangers", "Agence française de développement"];
const CATEGORY = { 0: "meae", 1: "french-authority", 2: "foreign-partners", 3: "other" } as const;

function makeDataset(seed: number, count: number): Dataset {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const some = <T,>(list: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(list)))];
  const partnerships: Partnership[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = next() < 0.1 ? null : 2010 + Math.floor(next() * 12);
    const status = pick(["ongoing", "completed", "completed", null] as const);
    const theme = next() < 0.15 ? null : pick(THEMES);
    const others = next() < 0.5 ? some(THEMES, 3).filter((t) => t !== theme).map((t, k) => ({ ...t, priority: k + 1 })) : [];
    const funding = next() < 0.35 ? [] : Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
      const f = Math.floor(next() * FINANCERS.length) as 0 | 1 | 2 | 3;
      return makeFunding({
        financer: FINANCERS[f]!, category: CATEGORY[f], amount: Math.round(next() * 50_000) + 0.25,
        oudinAmount: next() < 0.2 ? Math.round(next() * 5000) : null, year: next() < 0.1 ? null : 2012 + Math.floor(next() * 10),
      });
    });
    partnerships.push(
      makePartnership({
        id: `t${i}`,
        title: `${pick(["Coopération", "Échange", "Appui"])} ${pick(["eau potable", "jeunesse", "écoles", "déchets"])} n° ${i}`,
        description: next() < 0.5 ? null : pick(["Forages et réseau d'eau", "Échanges scolaires", "Gestion des déchets"]),
        startYear: start,
        firstSignatureYear: start === null && next() < 0.5 ? 2005 : start,
        status,
        endDate: status === "completed" && next() < 0.7 && start ? `${start + Math.floor(next() * 4)}-12-31` : null,
        theme,
        otherThemes: others,
        form: pick(["Jumelage", "Projet de coopération décentralisée", null]),
        frenchAuthorities: some(AUTHORITIES, 2),
        foreignPartners: some(PARTNERS, 2),
        funding,
      }),
    );
  }
  return { format: "atlas-cooperation/dataset@1", meta: { demo: null, description: "test", updatedAt: "2026-01-01" }, partnerships };
}

const DATASET = makeDataset(7, 160);
const LAST_YEAR = Math.max(
  ...DATASET.partnerships.flatMap((p) => [
    p.startYear ?? p.firstSignatureYear ?? 0,
    p.status !== "ongoing" && p.endDate ? Number(p.endDate.slice(0, 4)) : 0,
    ...p.funding.map((r) => r.year ?? 0),
  ]),
);
const engine = QueryEngine.fromDataset(DATASET, "test");
const filters = (raw: Partial<Record<string, unknown>> = {}): Filters =>
  filtersSchema.parse({ country: [], region: [], financer: [], financerCategory: [], authority: [], authorityKind: [], departement: [], frenchRegion: [], ...raw });

/** The breakdown computed plainly, record by record, from the reference semantics. */
function bruteForce(q: AggregateQuery, dataset: Dataset = DATASET, lastYear = LAST_YEAR) {
  const rows = new Map<string, { value: number; partnerships: number; members: Set<string> }>();
  const row = (key: string) => rows.get(key) ?? rows.set(key, { value: 0, partnerships: 0, members: new Set() }).get(key)!;
  const membersOf = (p: Partnership) =>
    q.measure === "frenchAuthorities" ? p.frenchAuthorities.map(authorityKey) : p.foreignPartners.map((f) => `${f.country ?? f.countryName}|${f.name}`);
  const amountOf = (r: Partnership["funding"][number]) => (q.measure === "oudinAmount" ? (r.oudinAmount ?? 0) : r.amount);
  const isAmount = q.measure === "amount" || q.measure === "oudinAmount";
  let total = 0;
  const totalMembers = new Set<string>();
  let funded = 0;
  for (const p of dataset.partnerships) {
    if (!matches(q, p)) continue;
    const share = themeShare(q, p);
    const rowsOfP = p.funding.filter((r) => rowPasses(q, r));
    const amount = rowsOfP.reduce((s, r) => s + amountOf(r), 0);
    total += isAmount ? amount * share : 0;
    if (selected(q, p)) {
      if (q.measure === "partnerships") total += 1;
      for (const m of membersOf(p)) totalMembers.add(m);
      if (rowsOfP.length > 0) funded += 1;
    }
    if (q.by === "year" || q.by === "financer" || q.by === "financerCategory") {
      for (const key of new Set(rowsOfP.map((r) => rowKey(q.by, r)))) {
        const g = row(key);
        g.partnerships += 1;
        if (q.measure === "partnerships") g.value += 1;
        for (const m of membersOf(p)) g.members.add(m);
      }
      if (isAmount) for (const r of rowsOfP) row(rowKey(q.by, r)).value += amountOf(r) * share;
      continue;
    }
    const byTheme = q.by === "theme" || q.by === "subTheme" || q.by === "subSubTheme";
    const counted = new Set<string>();
    for (const [key, weight] of groupsOf(q, p, q.by, lastYear)) {
      const g = row(key);
      if (isAmount) g.value += amount * (byTheme ? weight : share);
      // A partnership counts once in a group, even split over two of its themes that fall in it.
      if (selected(q, p) && !counted.has(key)) {
        counted.add(key);
        g.partnerships += 1;
        if (q.measure === "partnerships") g.value += 1;
        for (const m of membersOf(p)) g.members.add(m);
      }
    }
  }
  const distinct = q.measure === "frenchAuthorities" || q.measure === "foreignPartners";
  const result = new Map<string, { value: number; partnerships: number }>();
  for (const [key, g] of rows) {
    const value = distinct ? g.members.size : g.value;
    if (value !== 0 || g.partnerships !== 0) result.set(key, { value, partnerships: g.partnerships });
  }
  return { rows: result, total: distinct ? totalMembers.size : total, funded };
}

const FILTER_SETS: Record<string, unknown>[] = [
  {},
  { country: ["MA", "SN"] },
  { region: ["afrique-subsaharienne"] },
  { theme: "environnement-climat-et-energie" },
  { theme: "environnement-climat-et-energie", subTheme: "eau-et-dechets", themeScope: "any" },
  { subSubTheme: "eau-et-assainissement" },
  { financerCategory: ["meae"], yearFrom: 2015, yearTo: 2018 },
  { financer: ["agence-francaise-de-developpement"], status: "ongoing" },
  { yearFrom: 2016, yearTo: 2016 },
  { yearFrom: 2014, yearTo: 2017, yearMode: "started", authorityKind: ["commune", "epci"] },
  { departement: ["21", "69"], form: "jumelage" },
  { frenchRegion: ["53"], q: "eau" },
  { authority: ["commune-21231"], country: ["DE"], theme: "economie-durable", themeScope: "any", yearFrom: 2012 },
  { q: "echanges scol", status: "completed" },
];

describe("aggregate matches a brute-force computation on random queries over demo records", () => {
  // Real authority codes, 100+ countries, hundreds of financers: combinations of filters, breakdowns
  // and rules the fixed sets below do not reach, asked one after the other (the engine reuses its
  // buffers from query to query).
  const demo: Dataset = {
    format: "atlas-cooperation/dataset@1",
    meta: { demo: null, description: "test", updatedAt: "2026-01-01" },
    partnerships: generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.03 }),
  };
  const demoEngine = QueryEngine.fromDataset(demo, "demo");
  const { dict, lastYear } = demoEngine.index;
  let seed = 20261128;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const some = (values: readonly string[]) => [...new Set([pick(values), pick(values)])];
  const randomFilters = (): Record<string, unknown> => {
    const raw: Record<string, unknown> = {};
    const maybe = (chance: number, set: () => void) => random() < chance && set();
    maybe(0.25, () => (raw.country = some(dict.country.keys.filter((k) => k !== "unknown"))));
    maybe(0.15, () => (raw.region = [pick(dict.region.keys)]));
    maybe(0.2, () => (raw.theme = pick(dict.theme.keys)));
    maybe(0.15, () => (raw.subTheme = pick(dict.subTheme.keys)));
    maybe(0.3, () => (raw.themeScope = "any"));
    maybe(0.15, () => (raw.financer = some(dict.financer.keys)));
    maybe(0.2, () => (raw.financerCategory = [pick(dict.financerCategory.keys)]));
    maybe(0.2, () => (raw.status = pick(["ongoing", "completed"])));
    maybe(0.1, () => (raw.form = pick(dict.form.keys)));
    maybe(0.1, () => (raw.authority = [pick(dict.authority.keys)]));
    maybe(0.15, () => (raw.authorityKind = [pick(dict.authorityKind.keys)]));
    maybe(0.1, () => (raw.departement = some(dict.departement.keys)));
    maybe(0.1, () => (raw.frenchRegion = [pick(dict.frenchRegion.keys)]));
    maybe(0.3, () => (raw.yearFrom = 2000 + Math.floor(random() * 20)));
    maybe(0.3, () => (raw.yearTo = 2010 + Math.floor(random() * 16)));
    maybe(0.2, () => (raw.yearMode = "started"));
    maybe(0.1, () => (raw.q = pick(["eau", "ecole", "sante", "jeun", "cooperation agricole"])));
    if (typeof raw.yearFrom === "number" && typeof raw.yearTo === "number" && raw.yearTo < raw.yearFrom) [raw.yearFrom, raw.yearTo] = [raw.yearTo, raw.yearFrom];
    return raw;
  };

  it("answers 300 random queries as the reference does", () => {
    let answered = 0;
    for (let i = 0; i < 300; i += 1) {
      const raw = randomFilters();
      const by = pick(BREAKDOWNS);
      const measure = pick(by === "activeYear" ? (["partnerships", "frenchAuthorities", "foreignPartners"] as const) : MEASURES);
      const q = aggregateQuerySchema.parse({ ...filters(raw), by, measure, themeRule: pick(THEME_RULES) });
      const result = demoEngine.aggregate(q);
      const expected = bruteForce(q, demo, lastYear);
      const context = JSON.stringify({ ...raw, by, measure, themeRule: q.themeRule });
      expect(new Map(result.rows.map((r) => [String(r.key), r.partnerships])), context).toEqual(new Map([...expected.rows].map(([k, e]) => [k, e.partnerships])));
      for (const r of result.rows) expect(r.value, `${context} ${r.key}`).toBeCloseTo(expected.rows.get(String(r.key))!.value, 4);
      expect(result.total, context).toBeCloseTo(expected.total, 4);
      expect(result.coverage.funded, context).toBe(expected.funded);
      if (result.rows.length > 0) answered += 1;
    }
    // Most random filter sets still keep partnerships: the comparison is not between empty answers.
    expect(answered).toBeGreaterThan(150);
  });
});

describe("aggregate matches a brute-force computation", () => {
  for (const raw of FILTER_SETS) {
    it(`filters ${JSON.stringify(raw)}`, () => {
      for (const by of BREAKDOWNS) {
        for (const measure of MEASURES) {
          for (const themeRule of THEME_RULES) {
            const q = aggregateQuerySchema.parse({ ...filters(raw), by, measure, themeRule });
            if (by === "activeYear" && (measure === "amount" || measure === "oudinAmount")) {
              expect(() => engine.aggregate(q)).toThrow(QueryError);
              continue;
            }
            const result = engine.aggregate(q);
            const expected = bruteForce(q);
            const context = `${by} ${measure} ${themeRule}`;
            expect(new Set(result.rows.map((r) => String(r.key))), context).toEqual(new Set(expected.rows.keys()));
            for (const r of result.rows) {
              const e = expected.rows.get(String(r.key))!;
              expect(r.value, `${context} ${r.key}`).toBeCloseTo(e.value, 6);
              expect(r.partnerships, `${context} ${r.key} partnerships`).toBe(e.partnerships);
            }
            expect(result.total, context).toBeCloseTo(expected.total, 6);
            expect(result.coverage.funded, context).toBe(expected.funded);
            expect(result.partnerships).toBe(DATASET.partnerships.filter((p) => selected(q, p)).length);
          }
        }
      }
    });
  }
});

describe("multi-theme rules", () => {
  const byTheme = (themeRule: string, extra: Record<string, unknown> = {}) =>
    engine.aggregate(aggregateQuerySchema.parse({ ...filters(extra), by: "theme", measure: "amount", themeRule }));
  const sum = (rows: { value: number }[]) => rows.reduce((s, r) => s + r.value, 0);

  it("main and split attribute every euro exactly once: the rows add up to the total", () => {
    for (const rule of ["main", "split"]) {
      const result = byTheme(rule);
      expect(sum(result.rows)).toBeCloseTo(result.total, 6);
      expect(result.groupsOverlap).toBe(false);
    }
    expect(byTheme("split").total).toBeCloseTo(byTheme("main").total, 6);
  });

  it("full puts the whole amount under each theme, exceeds the total and says so", () => {
    const result = byTheme("full");
    expect(sum(result.rows)).toBeGreaterThan(result.total);
    expect(result.groupsOverlap).toBe(true);
  });

  it("says when a breakdown by country counts a partnership with partners in two countries twice", () => {
    for (const measure of ["amount", "partnerships"]) {
      const result = engine.aggregate(aggregateQuerySchema.parse({ ...filters(), by: "country", measure }));
      const twoCountries = DATASET.partnerships.some((p) => new Set(p.foreignPartners.map((f) => f.country)).size > 1 && (measure !== "amount" || p.funding.length > 0));
      expect(twoCountries).toBe(true);
      expect(result.groupsOverlap).toBe(true);
      expect(sum(result.rows)).toBeGreaterThan(result.total);
    }
    const single = engine.aggregate(aggregateQuerySchema.parse({ ...filters(), by: "status", measure: "amount" }));
    expect(single.groupsOverlap).toBe(false);
    expect(sum(single.rows)).toBeCloseTo(single.total, 6);
  });

  it("split under a theme filter keeps that theme's share, and its sub-themes add up to it", () => {
    const theme = { theme: "environnement-climat-et-energie", themeScope: "any" };
    const atThemeLevel = byTheme("split").rows.find((r) => r.key === "environnement-climat-et-energie")!;
    const subThemes = engine.aggregate(aggregateQuerySchema.parse({ ...filters(theme), by: "subTheme", measure: "amount", themeRule: "split" }));
    expect(subThemes.total).toBeCloseTo(atThemeLevel.value, 6);
    expect(sum(subThemes.rows)).toBeCloseTo(atThemeLevel.value, 6);
  });
});

describe("year semantics at the boundaries", () => {
  const p = (id: string, overrides: Partial<Partnership>) => makePartnership({ id, funding: [], ...overrides });
  const small = QueryEngine.fromDataset(
    {
      format: "atlas-cooperation/dataset@1",
      meta: { demo: null, description: "years", updatedAt: "2026-01-01" },
      partnerships: [
        p("completed-2018-2020", { startYear: 2018, status: "completed", endDate: "2020-06-30", funding: [makeFunding({ year: 2018, amount: 10 }), makeFunding({ year: 2021, amount: 5 })] }),
        p("ongoing-since-2015", { startYear: 2015, status: "ongoing" }),
        p("completed-2019-no-date", { startYear: 2019, status: "completed", endDate: null }),
        p("unknown-start", { startYear: null, firstSignatureYear: null, funding: [makeFunding({ year: 2020, amount: 7 })] }),
        p("signed-2021", { startYear: null, firstSignatureYear: 2021, status: "ongoing" }),
      ],
    },
    "years",
  );
  const ids = (raw: Record<string, unknown>) => small.list(listQuerySchema.parse({ ...filters(raw), pageSize: 50 })).items.map((i) => i.id).sort();
  const amount = (raw: Record<string, unknown>) => small.aggregate(aggregateQuerySchema.parse({ ...filters(raw), by: "year", measure: "amount" })).total;

  it("active in the range: start ≤ yearTo and (end ≥ yearFrom or ongoing)", () => {
    expect(ids({ yearFrom: 2020, yearTo: 2020 })).toEqual(["completed-2018-2020", "ongoing-since-2015"]);
    expect(ids({ yearFrom: 2021 })).toEqual(["ongoing-since-2015", "signed-2021"]);
    expect(ids({ yearTo: 2017 })).toEqual(["ongoing-since-2015"]);
    expect(ids({ yearFrom: 2019, yearTo: 2019 })).toEqual(["completed-2018-2020", "completed-2019-no-date", "ongoing-since-2015"]);
    expect(ids({ yearFrom: 2030 })).toEqual(["ongoing-since-2015", "signed-2021"]);
  });

  it("started in the range: yearFrom ≤ start ≤ yearTo, with the signature year when the start is missing", () => {
    expect(ids({ yearFrom: 2018, yearTo: 2019, yearMode: "started" })).toEqual(["completed-2018-2020", "completed-2019-no-date"]);
    expect(ids({ yearFrom: 2021, yearTo: 2021, yearMode: "started" })).toEqual(["signed-2021"]);
  });

  it("funding is filtered by each row's own year, whatever the partnership's years", () => {
    expect(amount({ yearFrom: 2018, yearTo: 2018 })).toBe(10);
    expect(amount({ yearFrom: 2020, yearTo: 2021 })).toBe(12);
    expect(amount({})).toBe(22);
  });
});

describe("errors and limits", () => {
  it("rejects a value the dataset does not know, naming the parameter", () => {
    expect(() => engine.aggregate(aggregateQuerySchema.parse({ ...filters({ theme: "astrologie" }), by: "country" }))).toThrow(QueryError);
    expect(() => engine.aggregate(aggregateQuerySchema.parse({ ...filters({ financer: ["inconnu"] }), by: "country" }))).toThrow(/financer/);
  });

  it("sums the groups past the limit into one 'others' row", () => {
    const all = engine.aggregate(aggregateQuerySchema.parse({ ...filters(), by: "financer", measure: "amount" }));
    const top = engine.aggregate(aggregateQuerySchema.parse({ ...filters(), by: "financer", measure: "amount", limit: 2 }));
    expect(top.rows).toHaveLength(3);
    expect(top.rows[2]).toMatchObject({ key: "others", label: "Autres (2)" });
    expect(top.rows[2]!.value).toBeCloseTo(all.rows[2]!.value + all.rows[3]!.value, 6);
  });

  it("lists pages in order with the total count, and finds a record by id", () => {
    const page = engine.list(listQuerySchema.parse({ ...filters({ country: ["MA"] }), sort: "-amount", page: 2, pageSize: 5 }));
    const all = DATASET.partnerships.filter((p) => p.foreignPartners.some((f) => f.country === "MA"));
    expect(page.total).toBe(all.length);
    expect(page.items).toHaveLength(5);
    const amounts = page.items.map((i) => i.amount);
    expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
    expect(engine.get("t3")?.id).toBe("t3");
    expect(engine.get("nope")).toBeNull();
  });
});

describe("stacked breakdowns, summaries, labels and suggestions", () => {
  it("splits each year's funding by financer category, the segments adding up to the year", () => {
    const result = engine.aggregate(aggregateQuerySchema.parse({ ...filters({ country: ["MA", "ML"] }), by: "year", stack: "financerCategory" }));
    expect(result.rows.length).toBeGreaterThan(3);
    for (const row of result.rows as (typeof result.rows[number] & { segments: { value: number }[] })[]) {
      expect(row.segments.reduce((s, seg) => s + seg.value, 0)).toBeCloseTo(row.value, 6);
    }
  });

  it("counts the headline figures of the filtered partnerships", () => {
    for (const raw of FILTER_SETS) {
      const f = filters(raw);
      const kept = DATASET.partnerships.filter((p) => selected(f, p));
      const summary = engine.summary(f);
      expect(summary.partnerships).toBe(kept.length);
      expect(summary.frenchAuthorities).toBe(new Set(kept.flatMap((p) => p.frenchAuthorities.map(authorityKey))).size);
      expect(summary.countries).toBe(new Set(kept.flatMap((p) => p.foreignPartners.flatMap((x) => (x.country ? [x.country] : [])))).size);
      expect(summary.coverage.funded).toBe(kept.filter((p) => p.funding.some((r) => rowPasses(f, r))).length);
      for (const themeRule of THEME_RULES) {
        const ruled = filters({ ...raw, themeRule });
        const amounts = engine.aggregate({ ...ruled, by: "status", measure: "amount" });
        expect(engine.summary(ruled).amount).toBeCloseTo(amounts.total, 6);
        expect(engine.summary(ruled).coverage).toEqual(amounts.coverage);
        expect(engine.summary(ruled).oudinAmount).toBeCloseTo(engine.aggregate({ ...ruled, by: "status", measure: "oudinAmount" }).total, 6);
      }
    }
  });

  it("gives the whole dataset's counts as the query with no filter, counted from the records", () => {
    const all = DATASET.partnerships;
    const partners = new Set(all.flatMap((p) => p.foreignPartners.map((x) => `${x.country ?? x.countryName}|${x.name}`)));
    const funded = all.filter((p) => p.funding.length > 0).length;
    const counts = engine.meta().counts;
    expect(counts).toMatchObject({
      partnerships: all.length,
      frenchAuthorities: new Set(all.flatMap((p) => p.frenchAuthorities.map(authorityKey))).size,
      foreignPartners: partners.size,
      countries: new Set(all.flatMap((p) => p.foreignPartners.flatMap((x) => (x.country ? [x.country] : [])))).size,
      fundedPartnerships: funded,
      coverage: funded / all.length,
      realPartnerships: all.filter((p) => p.source.real).length,
    });
    expect(counts.totalAmount).toBeCloseTo(all.reduce((sum, p) => sum + p.funding.reduce((s, r) => s + r.amount, 0), 0), 6);
  });

  it("names rows in French: fixed vocabularies, special keys, the dataset's own names", () => {
    const byStatus = engine.aggregate(aggregateQuerySchema.parse({ ...filters({}), by: "status", measure: "partnerships" }));
    expect(byStatus.rows.map((r) => r.label).sort()).toEqual(expect.arrayContaining(["En cours", "Terminé"]));
    const byCategory = engine.aggregate(aggregateQuerySchema.parse({ ...filters({}), by: "financerCategory" }));
    expect(byCategory.rows.find((r) => r.key === "meae")?.label).toBe("MEAE");
    const byCountry = engine.aggregate(aggregateQuerySchema.parse({ ...filters({}), by: "country", measure: "partnerships", limit: 2 }));
    expect(byCountry.rows[0]?.label).toBe(byCountry.rows[0]?.key === "unknown" ? "Pays non reconnu" : engine.meta().countries.find((c) => c.code === byCountry.rows[0]?.key)?.name);
    const others = byCountry.rows.find((r) => r.key === "others");
    expect(others).toMatchObject({ label: `Autres (${others?.groups})` });
    expect(others?.groups).toBeGreaterThan(0);
    const byTheme = engine.aggregate(aggregateQuerySchema.parse({ ...filters({}), by: "theme" }));
    expect(byTheme.rows.map((r) => r.label)).toContain("Environnement, Climat et Energie");
    const stacked = engine.aggregate(aggregateQuerySchema.parse({ ...filters({}), by: "year", stack: "financerCategory" }));
    const segments = stacked.rows.flatMap((r) => (r as typeof r & { segments: { key: string; label: string }[] }).segments);
    expect(new Set(segments.filter((x) => x.key === "french-authority").map((x) => x.label))).toEqual(new Set(["Collectivité française"]));
  });

  it("labels the active filters in French", () => {
    const applied = engine.describe(filters({ country: ["MA"], theme: "economie-durable", yearFrom: 2020, financerCategory: ["meae"] }));
    expect(applied.map((a) => a.label)).toEqual(["Maroc", "Economie durable", "Ministère de l'Europe et des Affaires étrangères", "à partir de 2020"]);
  });

  it("suggests authorities and financers by the start of their words, accents ignored", () => {
    expect(engine.suggest("authority", "dij")[0]).toMatchObject({ key: "commune-21231", label: "Dijon" });
    expect(engine.suggest("authority", "metropole lyon")[0]?.label).toBe("Métropole de Lyon");
    expect(engine.suggest("authority", "yon")).toEqual([]);
    expect(engine.suggest("financer", "agence fr")[0]?.key).toBe("agence-francaise-de-developpement");
  });
});

describe("partners without a recognised country", () => {
  it("keeps 'no partner' and 'unknown country' apart, and off the map", () => {
    const small = QueryEngine.fromDataset(
      {
        format: "atlas-cooperation/dataset@1",
        meta: { demo: null, description: "countries", updatedAt: "2026-01-01" },
        partnerships: [
          makePartnership({ id: "a", foreignPartners: [] }),
          makePartnership({ id: "b", foreignPartners: [{ name: "X", country: null, countryName: "Atlantide" }] }),
          makePartnership({ id: "c" }),
        ],
      },
      "countries",
    );
    const rows = small.aggregate(aggregateQuerySchema.parse({ ...filters(), by: "country", measure: "partnerships" })).rows;
    expect(rows.map((r) => [r.key, r.value]).sort()).toEqual([["MA", 1], ["none", 1], ["unknown", 1]]);
    expect(small.countries(filters()).map((c) => c.code)).toEqual(["MA"]);
    expect(small.summary(filters()).countries).toBe(1);
  });
});
