/**
 * Deterministic generator of a demonstration dataset shaped like the real Atlas français de la
 * coopération décentralisée at its real scale (see data/README.md): ~12,700 partnerships between ~4,800
 * real French authorities and ~9,000 generated foreign partners in 140 countries, with the real
 * skew (Germany > 2,300; Mali, Burkina Faso, Senegal ~450), themes, years, forms, and sparse
 * self-declared funding whose yearly totals follow the declared ODA of French authorities.
 *
 * Every record is marked `source.kind = "demo"`, `real = false`: generated, never to be shown as
 * real. No person's name, e-mail or phone number is ever generated.
 */
import type { FrenchAuthority, OtherTheme, Partnership, ThemeRef, Volunteer } from "../model";
import { DEMO_COUNTRIES, type CooperationGroup, type DemoCountry } from "./countries-weights";
import { buildFrenchPool, coAuthority, indexPool, type PoolAuthority } from "./french";
import { FundingDraws } from "./funding";
import { pairAuthoritiesWithCountries } from "./pairing";
import { drawPartnerCounts, type ForeignPartner, ForeignPartners } from "./partners";
import { Rng, WeightedTable } from "./random";
import {
  capitalizeFirst,
  CHARTER_TITLES,
  CONTEXTS,
  EXCHANGE_LOCAL_OBJECTIVE,
  fill,
  FRANCE_OBJECTIVES,
  GENERIC_TITLES,
  HISTORIES,
  LOCAL_OBJECTIVE,
  nounForms,
  type NounForms,
  ofDomain,
  PARTNERSHIP_SENTENCE,
  SUB_THEME_TEXTS,
  TWINNING_LOCAL_OBJECTIVE,
  TWINNING_TITLES,
} from "./texts";
import { BORDER_WEIGHTS, CRISIS_BOOST, SUB_THEME_WEIGHTS, THEMES, type ThemeProfile } from "./themes";
import { FIRST_YEAR, yearTable, type YearCurve } from "./years";

export interface DemoOptions {
  seed: number;
  /** 1 = the real Atlas's size (12,700 partnerships); 0.1, 10… scale every count. */
  scale: number;
  /** The "current" year of the dataset: latest signature, what is ongoing or completed. */
  referenceYear: number;
}

export const DEFAULT_DEMO_OPTIONS: DemoOptions = { seed: 2026, scale: 1, referenceYear: 2026 };

/** Partnerships at scale 1 (Atlas, about 2016: 12,725). */
export const DEMO_PARTNERSHIPS_AT_SCALE_1 = 12_700;

const FORMS = ["Jumelage", "Projet de coopération décentralisée", "Accord de coopération", "Charte d'amitié", "Autre"] as const;
type Form = (typeof FORMS)[number];
const FORM_WEIGHTS: Record<CooperationGroup, readonly number[]> = {
  germany: [82, 3, 7, 5, 3],
  "west-europe": [76, 5, 9, 6, 4],
  "east-europe": [58, 15, 15, 6, 6],
  north: [38, 20, 30, 6, 6],
  development: [12, 70, 10, 3, 5],
};

const PROJECT_DURATIONS = new WeightedTable([1, 2, 3, 4, 5, 6, 8], [15, 20, 40, 10, 8, 4, 3]);

interface ThemeChoice {
  theme: number;
  sub: number;
}

function validate(options: DemoOptions): void {
  if (!Number.isFinite(options.seed)) throw new RangeError(`seed must be a finite number, not ${options.seed}`);
  if (!(options.scale > 0) || !Number.isFinite(options.scale)) throw new RangeError(`scale must be a positive number, not ${options.scale}`);
  if (!Number.isInteger(options.referenceYear) || options.referenceYear < 1990 || options.referenceYear > 2100) {
    throw new RangeError(`referenceYear must be an integer in 1990..2100, not ${options.referenceYear}`);
  }
}

/** Weighted tables of (theme, sub-theme) per profile and context, built once. */
const themeTables = new Map<string, WeightedTable<ThemeChoice>>();
function themeTable(profile: ThemeProfile, border: boolean, crisis: boolean): WeightedTable<ThemeChoice> {
  const key = `${profile}:${border}:${crisis}`;
  let table = themeTables.get(key);
  if (!table) {
    const column = profile === "twinning" ? 0 : profile === "development" ? 1 : 2;
    const items: ThemeChoice[] = [];
    const weights: number[] = [];
    THEMES.forEach((theme, t) =>
      theme.subThemes.forEach((sub, s) => {
        let weight = ((border ? BORDER_WEIGHTS[sub.label] : undefined) ?? SUB_THEME_WEIGHTS[sub.label])?.[column] ?? 1;
        if (crisis) weight *= CRISIS_BOOST[sub.label] ?? 1;
        items.push({ theme: t, sub: s });
        weights.push(weight);
      }),
    );
    table = new WeightedTable(items, weights);
    themeTables.set(key, table);
  }
  return table;
}

function themeRef(rng: Rng, choice: ThemeChoice, subSubRate: number, profile: ThemeProfile): ThemeRef {
  const theme = THEMES[choice.theme] as (typeof THEMES)[number];
  const sub = theme.subThemes[choice.sub] as (typeof theme.subThemes)[number];
  let subSubTheme: string | null = null;
  if (sub.subSubThemes.length > 0 && rng.chance(subSubRate)) {
    // The first sub-sub-themes are the most common; water dominates water-and-waste in development.
    const weights = sub.subSubThemes.map((_, i) => (profile === "development" && sub.label === "Eau et déchets" && i === 0 ? 6 : sub.subSubThemes.length - i));
    subSubTheme = sub.subSubThemes[rng.weightedIndex(weights)] ?? null;
  }
  return { theme: theme.label, subTheme: sub.label, subSubTheme };
}

function pickForm(rng: Rng, group: CooperationGroup): Form {
  return FORMS[rng.weightedIndex(FORM_WEIGHTS[group])] as Form;
}

function yearCurve(group: CooperationGroup, profile: ThemeProfile): YearCurve {
  if (profile === "development") return "development";
  if (profile === "exchange") return "exchange";
  switch (group) {
    case "germany":
      return "twinning-germany";
    case "west-europe":
      return "twinning-west";
    case "east-europe":
      return "twinning-east";
    case "north":
      return "twinning-north";
    default:
      return "twinning-development";
  }
}

/**
 * Generates the demo partnerships (ids "demo-00001"…), deterministic for given options.
 * Each record has the shape of `partnershipSchema`.
 */
export function generateDemoPartnerships(options: DemoOptions): Partnership[] {
  validate(options);
  const { seed, scale, referenceYear } = options;
  const total = Math.round(DEMO_PARTNERSHIPS_AT_SCALE_1 * scale);
  if (total === 0) return [];
  const rng = Rng.stream(seed, 0);

  const pool = buildFrenchPool(Rng.stream(seed, 1), total, scale);
  const poolIndex = indexPool(pool);
  const pairs = pairAuthoritiesWithCountries(Rng.stream(seed, 2), pool, total);
  const partnerCounts = drawPartnerCounts(rng, pairs);
  const partners = new ForeignPartners(rng, Rng.stream(seed, 3), pairs, partnerCounts);
  const twinnedPairs = new Map<number, number>(); // authority×partner → first signature year of their jumelage

  const fundingDraws = new FundingDraws(pool, referenceYear);
  const authorityForms: NounForms[] = [];
  const results: Partnership[] = [];

  pairs.forEach(({ authority, country: countryIndex }, i) => {
    const lead = pool[authority] as PoolAuthority;
    const country = DEMO_COUNTRIES[countryIndex] as DemoCountry;
    const countryName = partners.countryName(countryIndex);

    // French authorities: one mostly, sometimes two or three.
    const authorityIndexes = [authority];
    const extra = rng.weightedIndex([88, 9, 3]);
    for (let k = 0; k < extra; k++) {
      const co = coAuthority(rng, pool, poolIndex, authority, authorityIndexes);
      if (co !== null) authorityIndexes.push(co);
    }
    const frenchAuthorities: FrenchAuthority[] = authorityIndexes.map((a) => ({ ...(pool[a] as PoolAuthority).authority }));
    const frenchNames = frenchAuthorities.map((a) => a.name);

    // Foreign partners, regional ones for régions and départements.
    const regionalRate = lead.kind === "region" || lead.kind === "departement" ? 0.55 : lead.kind === "epci" ? 0.25 : 0.05;
    const partnerIndexes = [partners.choose(countryIndex, authority, rng.chance(regionalRate), null)];
    if ((partnerCounts[i] as number) > 1) partnerIndexes.push(partners.choose(countryIndex, authority, rng.chance(0.5), partnerIndexes[0] as number));
    const mainPartner = partners.all[partnerIndexes[0] as number] as ForeignPartner;
    const twinKey = authority * 4_194_304 + (partnerIndexes[0] as number);

    // Form and profile.
    let form = pickForm(rng, country.group);
    const earlierTwinning = twinnedPairs.get(twinKey);
    if ((form === "Jumelage" || form === "Charte d'amitié") && (earlierTwinning !== undefined || ((lead.kind === "region" || lead.kind === "departement") && rng.chance(0.75)))) {
      form = country.group === "development" ? "Projet de coopération décentralisée" : "Accord de coopération";
    }
    const profile: ThemeProfile =
      form === "Jumelage" || form === "Charte d'amitié" ? "twinning" : country.group === "development" ? "development" : "exchange";

    // Years.
    let firstSignatureYear = yearTable(yearCurve(country.group, profile), referenceYear).sample(rng);
    let startYear: number | null;
    if (earlierTwinning !== undefined && rng.chance(0.6)) {
      // A later project under the same convention.
      startYear = Math.max(earlierTwinning, firstSignatureYear);
      firstSignatureYear = earlierTwinning;
    } else if (profile === "twinning") {
      startYear = rng.chance(0.65) || firstSignatureYear >= referenceYear ? firstSignatureYear : Math.min(referenceYear, firstSignatureYear + rng.int(1, 15));
    } else {
      const lag = rng.weightedIndex([45, 35, 20]);
      const k = lag === 0 ? 0 : lag === 1 ? rng.int(1, 3) : rng.int(4, 12);
      startYear = Math.min(referenceYear, firstSignatureYear + k);
    }
    if (rng.chance(0.03)) startYear = Math.max(FIRST_YEAR, firstSignatureYear - rng.int(1, 3));
    if (form === "Jumelage" && !twinnedPairs.has(twinKey)) twinnedPairs.set(twinKey, firstSignatureYear);
    const effectiveStart = startYear;
    if (rng.chance(0.02)) startYear = null;

    // Status and end.
    let status: Partnership["status"];
    let endDate: string | null = null;
    let endYear: number | null = null;
    let duration = 0;
    if (profile === "twinning") {
      if (rng.chance(0.15) && effectiveStart < referenceYear) {
        status = "completed";
        endYear = rng.int(Math.max(effectiveStart, Math.min(referenceYear - 1, 1990)), referenceYear - 1);
        endDate = `${endYear}-12-31`;
      } else status = "ongoing";
    } else {
      duration = PROJECT_DURATIONS.sample(rng);
      endYear = effectiveStart + duration - 1;
      if (endYear < referenceYear) {
        if (rng.chance(0.9)) {
          status = "completed";
          endDate = `${endYear}-${rng.chance(0.2) ? "06-30" : "12-31"}`;
        } else {
          status = "ongoing";
          endYear = null;
        }
      } else {
        status = "ongoing";
        if (rng.chance(0.65)) endDate = `${endYear}-12-31`;
        else endYear = null;
      }
    }
    if (rng.chance(0.01)) status = null;
    const triennial =
      profile === "twinning" ? (rng.chance(0.55) ? false : null)
      : duration === 3 ? [true, false, null][rng.weightedIndex([60, 25, 15])] ?? null
      : rng.chance(0.6) ? false : null;

    // Themes.
    let theme: ThemeRef | null = null;
    const otherThemes: OtherTheme[] = [];
    if (!rng.chance(0.08)) {
      const border = country.border && country.borderRegions.includes(lead.authority.region ?? "");
      const table = themeTable(profile, border, country.crisis);
      const main = table.sample(rng);
      theme = themeRef(rng, main, 0.55, profile);
      if (rng.chance(0.38)) {
        const wanted = 1 + rng.weightedIndex([55, 30, 15]);
        const usedThemes = new Set([main.theme]);
        for (let attempt = 0; attempt < 20 && otherThemes.length < wanted; attempt++) {
          const other = table.sample(rng);
          if (usedThemes.has(other.theme)) continue;
          usedThemes.add(other.theme);
          otherThemes.push({ ...themeRef(rng, other, 0.3, profile), priority: otherThemes.length + 1 });
        }
      }
    }

    // Texts.
    const fr = lead.authority.name;
    const frForms = authorityForms[authority] ?? (authorityForms[authority] = nounForms(fr, lead.kind === "epci"));
    const partnerForms = mainPartner.forms;
    const domain = (theme?.subTheme && SUB_THEME_TEXTS[theme.subTheme]?.domain) || "coopération";
    const values = {
      fr,
      leFr: frForms.the,
      deFr: frForms.of,
      place: mainPartner.place,
      dePlace: nounForms(mainPartner.place).of,
      partner: mainPartner.name,
      lePartner: partnerForms.the,
      LePartner: capitalizeFirst(partnerForms.the),
      dePartner: partnerForms.of,
      aPartner: partnerForms.to,
      country: countryName,
      year: String(firstSignatureYear),
      domain,
      deDomain: ofDomain(domain),
    };
    const texts = theme?.subTheme ? SUB_THEME_TEXTS[theme.subTheme] : undefined;
    const titleTemplates =
      form === "Jumelage" ? TWINNING_TITLES
      : form === "Charte d'amitié" ? CHARTER_TITLES
      : texts && !rng.chance(0.1) ? texts.titles
      : GENERIC_TITLES;
    const title = fill(rng.pick(titleTemplates), values);
    const sentence = fill(PARTNERSHIP_SENTENCE, values);
    const description = rng.chance(0.05) ? null : texts ? `${rng.pick(texts.actions)} ${sentence}` : sentence;
    const localObjective =
      profile === "twinning" ? (rng.chance(0.6) ? fill(TWINNING_LOCAL_OBJECTIVE, values) : null)
      : profile === "development" ? (rng.chance(0.85) ? fill(LOCAL_OBJECTIVE, values) : null)
      : rng.chance(0.5) ? fill(EXCHANGE_LOCAL_OBJECTIVE, values)
      : null;
    const franceObjective = rng.chance(0.6) ? fill(rng.pick(FRANCE_OBJECTIVES), values) : null;
    const context = rng.chance(0.35) ? fill(rng.pick(CONTEXTS), values) : null;
    const history = rng.chance(0.25) ? fill(rng.pick(HISTORIES), values) : null;

    const volunteers: Volunteer[] = [];
    if (profile === "development" && effectiveStart >= 2000 && rng.chance(0.03)) {
      volunteers.push({
        lastName: null,
        firstName: null,
        mission: rng.chance(0.6) ? "Volontariat de solidarité internationale (VSI)" : "Service civique à l'international",
        fieldOfAction: theme?.subTheme ?? null,
        assignment: mainPartner.name,
      });
    }

    const funding = fundingDraws.draw(rng, { profile, theme, effectiveStart, endYear, authorityIndexes, frenchNames });

    results.push({
      id: `demo-${String(i + 1).padStart(5, "0")}`,
      title,
      firstSignatureYear: rng.chance(0.01) ? null : firstSignatureYear,
      theme,
      otherThemes,
      startYear,
      status,
      endDate,
      context,
      history,
      objectives: { local: localObjective, france: franceObjective },
      description,
      form,
      triennial,
      frenchAuthorities,
      foreignPartners: partnerIndexes.map((p) => {
        const partner = partners.all[p] as ForeignPartner;
        return { name: partner.name, country: country.code, countryName };
      }),
      foreignContacts: [],
      embassy: { post: country.embassy, contacts: [] },
      funding,
      volunteers,
      source: { kind: "demo", real: false, file: null, url: null, atlasId: null },
    });
  });

  fundingDraws.calibrate(scale, Rng.stream(seed, 4));
  return results;
}
