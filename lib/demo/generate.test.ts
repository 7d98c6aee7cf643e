import { beforeAll, describe, expect, it } from "vitest";
import { officialGeography } from "../authorities";
import { countryNameFr } from "../countries";
import { categorizeFinancer } from "../financers";
import { authorityKey, partnershipSchema, type Partnership } from "../model";
import { DEMO_COUNTRIES } from "./countries-weights";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "./generate";
import { THEMES } from "./themes";
import { SUB_THEME_TEXTS } from "./texts";

const REFERENCE_YEAR = DEFAULT_DEMO_OPTIONS.referenceYear;
let all: Partnership[];

function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

beforeAll(() => {
  all = generateDemoPartnerships(DEFAULT_DEMO_OPTIONS);
});

describe("generateDemoPartnerships at scale 1", () => {
  it("makes the Atlas's number of partnerships with unique demo ids", () => {
    expect(all).toHaveLength(12_700);
    expect(all[0]?.id).toBe("demo-00001");
    expect(all[12_699]?.id).toBe("demo-12700");
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    for (const p of all) expect(p.source).toEqual({ kind: "demo", real: false, file: null, url: null, atlasId: null });
  });

  it("gives valid records (schema checked on every tenth)", () => {
    for (let i = 0; i < all.length; i += 10) partnershipSchema.parse(all[i]);
  });

  it("has the real skew by country", () => {
    const byCountry = countBy(all, (p) => p.foreignPartners[0]?.country ?? "");
    expect(byCountry.get("DE")).toBeGreaterThan(2_300);
    for (const code of ["ML", "BF", "SN"]) {
      expect(byCountry.get(code)).toBeGreaterThanOrEqual(380);
      expect(byCountry.get(code)).toBeLessThanOrEqual(480);
    }
    expect(byCountry.size).toBeGreaterThanOrEqual(130);
    const continent = new Map(DEMO_COUNTRIES.map((c) => [c.code, c.continent]));
    const europeAfrica = all.filter((p) => ["Europe", "Afrique"].includes(continent.get(p.foreignPartners[0]?.country ?? "") ?? "")).length;
    expect(europeAfrica / all.length).toBeGreaterThan(0.7);
    const top = [...byCountry].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(top[0]).toBe("DE");
  });

  it("uses real ISO codes, French country names and the right embassy", () => {
    for (const c of DEMO_COUNTRIES) expect(countryNameFr(c.code)).not.toBe(c.code);
    expect(new Set(DEMO_COUNTRIES.map((c) => c.code)).size).toBe(DEMO_COUNTRIES.length);
    for (const p of all) {
      const countries = new Set(p.foreignPartners.map((f) => f.country));
      expect(countries.size).toBe(1);
      for (const f of p.foreignPartners) expect(f.countryName).toBe(countryNameFr(f.country as string));
    }
    const post = (code: string) => all.find((p) => p.foreignPartners[0]?.country === code)?.embassy?.post;
    expect(post("ML")).toBe("Ambassade de France au Mali");
    expect(post("DE")).toBe("Ambassade de France en Allemagne");
    expect(post("US")).toBe("Ambassade de France aux États-Unis");
    expect(post("MG")).toBe("Ambassade de France à Madagascar");
  });

  it("draws about 4,800 real French authorities of the four kinds, Paris first", () => {
    const appearances = countBy(all.flatMap((p) => p.frenchAuthorities), authorityKey);
    expect(appearances.size).toBeGreaterThanOrEqual(4_320);
    expect(appearances.size).toBeLessThanOrEqual(5_280);
    const kinds = countBy(appearances.keys(), (key) => key.split("-")[0] as string);
    expect(kinds.get("region")).toBe(18);
    expect(kinds.get("departement")).toBeGreaterThan(80);
    expect(kinds.get("departement")).toBeLessThanOrEqual(101);
    expect(kinds.get("epci")).toBeGreaterThanOrEqual(200);
    expect(kinds.get("epci")).toBeLessThanOrEqual(300);
    expect(kinds.get("commune")).toBeGreaterThan(4_000);
    const [topKey, topCount] = [...appearances].sort((a, b) => b[1] - a[1])[0] as [string, number];
    expect(topKey).toBe("commune-75056");
    expect(topCount).toBeGreaterThan(350);
    expect(topCount).toBeLessThan(550);
    // Most communes have one or two partnerships.
    const communeCounts = [...appearances].filter(([key]) => key.startsWith("commune-")).map(([, n]) => n);
    expect(communeCounts.filter((n) => n <= 2).length / communeCounts.length).toBeGreaterThan(0.7);
  });

  it("names French authorities from the official geography", () => {
    const geo = officialGeography();
    const communes = new Map(geo.communes.map((c) => [c.code, c]));
    const epci = new Map(geo.epci.map((e) => [e.code, e]));
    for (const p of all.slice(0, 2_000)) {
      expect(p.frenchAuthorities.length).toBeGreaterThanOrEqual(1);
      expect(p.frenchAuthorities.length).toBeLessThanOrEqual(3);
      expect(new Set(p.frenchAuthorities.map(authorityKey)).size).toBe(p.frenchAuthorities.length);
      for (const a of p.frenchAuthorities) {
        if (a.kind === "commune") expect(a.name).toBe(communes.get(a.code as string)?.name);
        if (a.kind === "epci") expect(a.name).toBe(epci.get(a.code as string)?.name);
        if (a.kind === "departement") expect(a.name).toMatch(/^Département (de la |de l'|du |des |de )/);
        if (a.kind === "region") expect(a.name).toMatch(/^(Région |Collectivité |Département de Mayotte)/);
        if (a.kind !== "region") expect(a.departement).not.toBeNull();
        expect(a.region).not.toBeNull();
      }
    }
    const multiple = all.filter((p) => p.frenchAuthorities.length > 1).length / all.length;
    expect(multiple).toBeGreaterThan(0.05);
    expect(multiple).toBeLessThan(0.2);
  });

  it("has about 9,000 foreign partners, one per partnership mostly", () => {
    const partners = new Set(all.flatMap((p) => p.foreignPartners.map((f) => `${f.country}|${f.name}`)));
    expect(partners.size).toBeGreaterThanOrEqual(8_100);
    expect(partners.size).toBeLessThanOrEqual(9_900);
    const two = all.filter((p) => p.foreignPartners.length === 2).length / all.length;
    expect(all.every((p) => p.foreignPartners.length >= 1 && p.foreignPartners.length <= 2)).toBe(true);
    expect(two).toBeGreaterThan(0.02);
    expect(two).toBeLessThan(0.15);
  });

  it("never generates people: no contacts, no named volunteers", () => {
    for (const p of all) {
      expect(p.foreignContacts).toEqual([]);
      expect(p.embassy?.contacts).toEqual([]);
      for (const v of p.volunteers) {
        expect(v.lastName).toBeNull();
        expect(v.firstName).toBeNull();
      }
    }
  });

  it("spans 1950 to the reference year, older twinnings and recent projects", () => {
    const years = all.map((p) => p.firstSignatureYear).filter((y): y is number => y !== null);
    expect(Math.min(...years)).toBe(1950);
    expect(Math.max(...years)).toBe(REFERENCE_YEAR);
    const withBoth = all.filter((p) => p.startYear !== null && p.firstSignatureYear !== null);
    expect(withBoth.filter((p) => (p.startYear as number) >= (p.firstSignatureYear as number)).length / withBoth.length).toBeGreaterThan(0.9);
    for (const p of all) if (p.startYear !== null) expect(p.startYear).toBeLessThanOrEqual(REFERENCE_YEAR);

    const german = all.filter((p) => p.foreignPartners[0]?.country === "DE");
    expect(german.filter((p) => p.form === "Jumelage").length / german.length).toBeGreaterThan(0.6);
    expect(median(german.map((p) => p.firstSignatureYear).filter((y): y is number => y !== null))).toBeLessThan(1985);
    const projects = all.filter((p) => p.form === "Projet de coopération décentralisée");
    expect(median(projects.map((p) => p.firstSignatureYear).filter((y): y is number => y !== null))).toBeGreaterThan(1995);
    const malian = all.filter((p) => p.foreignPartners[0]?.country === "ML");
    expect(malian.filter((p) => p.form === "Projet de coopération décentralisée").length / malian.length).toBeGreaterThan(0.5);
    const forms = countBy(all, (p) => p.form ?? "");
    for (const form of ["Jumelage", "Projet de coopération décentralisée", "Accord de coopération", "Charte d'amitié", "Autre"]) {
      expect(forms.get(form)).toBeGreaterThan(0);
    }
  });

  it("ends older projects and keeps most twinnings ongoing", () => {
    for (const p of all) {
      if (p.status === "completed") {
        expect(p.endDate).not.toBeNull();
        expect(Number(p.endDate?.slice(0, 4))).toBeLessThanOrEqual(REFERENCE_YEAR);
      }
    }
    const twinnings = all.filter((p) => p.form === "Jumelage");
    expect(twinnings.filter((p) => p.status === "ongoing").length / twinnings.length).toBeGreaterThan(0.7);
    const oldProjects = all.filter((p) => p.form === "Projet de coopération décentralisée" && (p.startYear ?? REFERENCE_YEAR) < 2010);
    expect(oldProjects.filter((p) => p.status === "completed").length / oldProjects.length).toBeGreaterThan(0.8);
    const recent = all.filter((p) => (p.startYear ?? 0) >= REFERENCE_YEAR - 1);
    expect(recent.filter((p) => p.status === "ongoing").length / recent.length).toBeGreaterThan(0.7);
  });

  it("uses the theme taxonomy, some without theme, a third with other themes", () => {
    const labels = new Map(THEMES.map((t) => [t.label, t]));
    expect(THEMES.map((t) => t.label)).toEqual([
      "Economie durable",
      "Education, Social et Recherche",
      "Environnement, Climat et Energie",
      "Politique, humanitaire et coopération transfrontalière",
      "Culture, patrimoine, sport et jeunesse",
    ]);
    for (const t of THEMES) for (const s of t.subThemes) expect(SUB_THEME_TEXTS[s.label]).toBeDefined();
    const check = (theme: string, subTheme: string | null, subSubTheme: string | null) => {
      const sub = labels.get(theme)?.subThemes.find((s) => s.label === subTheme);
      expect(sub).toBeDefined();
      if (subSubTheme !== null) expect(sub?.subSubThemes).toContain(subSubTheme);
    };
    let noTheme = 0;
    let withOthers = 0;
    let noSubSub = 0;
    for (const p of all) {
      if (!p.theme) {
        noTheme++;
        continue;
      }
      check(p.theme.theme, p.theme.subTheme, p.theme.subSubTheme);
      if (p.theme.subSubTheme === null) noSubSub++;
      if (p.otherThemes.length > 0) withOthers++;
      expect(p.otherThemes.length).toBeLessThanOrEqual(3);
      const tops = new Set([p.theme.theme]);
      p.otherThemes.forEach((o, i) => {
        expect(o.priority).toBe(i + 1);
        check(o.theme, o.subTheme, o.subSubTheme);
        expect(tops.has(o.theme)).toBe(false);
        tops.add(o.theme);
      });
    }
    expect(noTheme / all.length).toBeGreaterThan(0.05);
    expect(noTheme / all.length).toBeLessThan(0.11);
    expect(withOthers / all.length).toBeGreaterThan(0.3);
    expect(withOthers / all.length).toBeLessThan(0.4);
    expect(noSubSub / all.length).toBeGreaterThan(0.25);

    const share = (items: Partnership[], theme: string) => items.filter((p) => p.theme?.theme === theme).length / items.length;
    const twinnings = all.filter((p) => p.form === "Jumelage");
    expect(share(twinnings, "Culture, patrimoine, sport et jeunesse")).toBeGreaterThan(0.5);
    const african = all.filter((p) => ["ML", "BF", "SN", "NE", "BJ"].includes(p.foreignPartners[0]?.country ?? "") && p.form === "Projet de coopération décentralisée");
    expect(share(african, "Culture, patrimoine, sport et jeunesse")).toBeLessThan(0.15);
    expect(african.filter((p) => p.theme?.subTheme === "Eau et déchets").length / african.length).toBeGreaterThan(0.1);
  });

  it("declares funding on about 35–40 % of partnerships, few twinnings", () => {
    const funded = all.filter((p) => p.funding.length > 0);
    expect(funded.length / all.length).toBeGreaterThan(0.3);
    expect(funded.length / all.length).toBeLessThan(0.45);
    const twinnings = all.filter((p) => p.form === "Jumelage");
    expect(twinnings.filter((p) => p.funding.length > 0).length / twinnings.length).toBeLessThan(0.15);
    const financers = countBy(funded.flatMap((p) => p.funding), (r) => r.category);
    for (const category of ["meae", "french-authority", "foreign-partners", "other"]) expect(financers.get(category)).toBeGreaterThan(0);
    for (const p of funded) {
      const names = p.frenchAuthorities.map((a) => a.name);
      for (const row of p.funding) {
        expect(row.category).toBe(categorizeFinancer(row.financer, names));
        expect(row.amount).toBeGreaterThan(0);
        expect(row.amount).toBeLessThanOrEqual(1_500_000);
        expect(row.year).not.toBeNull();
        expect(row.year as number).toBeLessThanOrEqual(REFERENCE_YEAR);
        if (row.oudinAmount !== null) {
          expect(p.theme?.subTheme).toBe("Eau et déchets");
          expect(row.oudinAmount).toBeLessThanOrEqual(row.amount);
        }
      }
    }
    expect(funded.some((p) => p.funding.some((r) => r.financer === p.frenchAuthorities[0]?.name))).toBe(true);
    const amounts = funded.flatMap((p) => p.funding.map((r) => r.amount)).sort((a, b) => a - b);
    expect(median(amounts)).toBeGreaterThan(5_000);
    expect(median(amounts)).toBeLessThan(100_000);
  });

  it("totals yearly amounts in the order of the declared ODA (20–120 M€ a year, 2005–2024)", () => {
    const byYear = new Map<number, number>();
    for (const p of all) for (const r of p.funding) byYear.set(r.year as number, (byYear.get(r.year as number) ?? 0) + r.amount);
    for (let year = 2005; year <= 2024; year++) {
      expect(byYear.get(year) ?? 0, `year ${year}`).toBeGreaterThan(20e6);
      expect(byYear.get(year) ?? 0, `year ${year}`).toBeLessThan(120e6);
    }
    expect(byYear.get(1995) ?? 0).toBeLessThan(byYear.get(2010) ?? 0);
  });

  it("keeps each record small", () => {
    const bytes = JSON.stringify(all).length;
    expect(bytes / all.length).toBeLessThan(2_500);
  });
});

describe("funding years", () => {
  it("declares funding for the years of the Atlas's fiches only: 2000 onwards, up to the reference year", () => {
    const years = all.flatMap((p) => p.funding.map((row) => row.year ?? 0));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2000);
    expect(Math.max(...years)).toBeLessThanOrEqual(2026);
  });
});

describe("generateDemoPartnerships options", () => {
  const small = { ...DEFAULT_DEMO_OPTIONS, scale: 0.1 };

  it("is deterministic and depends on the seed", () => {
    const a = generateDemoPartnerships(small);
    const b = generateDemoPartnerships(small);
    expect(b).toEqual(a);
    const c = generateDemoPartnerships({ ...small, seed: small.seed + 1 });
    expect(c).not.toEqual(a);
    expect(c.map((p) => p.title)).not.toEqual(a.map((p) => p.title));
  });

  it("gives the same records at scale 1 as the first run", () => {
    expect(generateDemoPartnerships(DEFAULT_DEMO_OPTIONS)).toEqual(all);
  });

  it("scales: 0.1 gives ~1,270 valid records", () => {
    const records = generateDemoPartnerships(small);
    expect(records).toHaveLength(1_270);
    for (const p of records) partnershipSchema.parse(p);
    const byCountry = countBy(records, (p) => p.foreignPartners[0]?.country ?? "");
    expect(byCountry.get("DE")).toBeGreaterThan(200);
    const kinds = new Set(records.flatMap((p) => p.frenchAuthorities.map((a) => a.kind)));
    expect(kinds).toEqual(new Set(["commune", "departement", "region", "epci"]));
    const byYear = new Map<number, number>();
    for (const p of records) for (const r of p.funding) byYear.set(r.year as number, (byYear.get(r.year as number) ?? 0) + r.amount);
    expect(byYear.get(2015) ?? 0).toBeGreaterThan(2e6);
    expect(byYear.get(2015) ?? 0).toBeLessThan(12e6);
  });

  it("follows the reference year", () => {
    const records = generateDemoPartnerships({ ...small, referenceYear: 2030 });
    const years = records.map((p) => p.firstSignatureYear).filter((y): y is number => y !== null);
    expect(Math.max(...years)).toBeLessThanOrEqual(2030);
    expect(Math.max(...years)).toBeGreaterThan(2026);
    const early = generateDemoPartnerships({ ...small, referenceYear: 2000 });
    for (const p of early) {
      expect(p.firstSignatureYear ?? 2000).toBeLessThanOrEqual(2000);
      expect(p.startYear ?? 2000).toBeLessThanOrEqual(2000);
      for (const r of p.funding) expect(r.year as number).toBeLessThanOrEqual(2000);
    }
  });

  it("rejects bad options", () => {
    expect(() => generateDemoPartnerships({ ...small, scale: 0 })).toThrow(RangeError);
    expect(() => generateDemoPartnerships({ ...small, scale: Number.NaN })).toThrow(RangeError);
    expect(() => generateDemoPartnerships({ ...small, referenceYear: 1800 })).toThrow(RangeError);
    expect(generateDemoPartnerships({ ...small, scale: 0.00001 })).toEqual([]);
  });
});
