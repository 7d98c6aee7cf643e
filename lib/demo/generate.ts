/**
 * Deterministic generator of a demonstration dataset shaped like the real Atlas français de la
 * coopération décentralisée at its real scale (see data/README.md): ~12,700 partnerships between
 * ~4,800 real French authorities and ~9,000 generated foreign partners in 140 countries, with the
 * real skew (Germany > 2,300; Mali, Burkina Faso, Senegal ~450), themes, years, forms, and sparse
 * self-declared funding whose yearly totals follow the declared ODA of French authorities.
 *
 * Every record is marked `source.kind = "demo"`, `real = false`: generated, never to be shown as
 * real. No person's name, e-mail or phone number is ever generated.
 *
 * Each step has its file: pairing.ts (French authorities with countries), partners.ts (foreign
 * partners), form.ts, timeline.ts (years and status), theme-choice.ts, record-texts.ts and
 * funding.ts. The per-record steps draw from one random stream in a fixed order: a draw added,
 * removed or moved changes every record after it (generate-hash.test.ts pins the output).
 */
import type { FrenchAuthority, Partnership, Volunteer } from "../model";
import { DEMO_COUNTRIES, type DemoCountry } from "./countries-weights";
import { chooseForm } from "./form";
import { buildFrenchPool, coAuthority, indexPool, type PoolAuthority, type PoolIndex } from "./french";
import { FundingDraws } from "./funding";
import { pairAuthoritiesWithCountries } from "./pairing";
import { drawPartnerCounts, type ForeignPartner, ForeignPartners } from "./partners";
import { Rng } from "./random";
import { writeTexts } from "./record-texts";
import { nounForms, type NounForms } from "./texts";
import { drawThemes } from "./theme-choice";
import type { ThemeProfile } from "./themes";
import { drawTimeline } from "./timeline";

export interface DemoOptions {
  seed: number;
  /** 1 = the real Atlas's size (12,700 partnerships); 0.1, 10… scale every count. */
  scale: number;
  /** The "current" year of the dataset: latest signature, what is ongoing or completed. */
  referenceYear: number;
}

export const DEFAULT_DEMO_OPTIONS: DemoOptions = { seed: 2026, scale: 1, referenceYear: 2026 };

/**
 * The demonstration dataset's date: 30 November of its reference year, whatever day it is
 * generated, so that two generations are the same file (and the same ETags, screenshots and
 * figures) and its last year is partial, as in an extract of the real Atlas taken during a year.
 */
export function demoDate(options: Pick<DemoOptions, "referenceYear">): string {
  return `${options.referenceYear}-11-30`;
}

/** Partnerships at scale 1 (Atlas, about 2016: 12,725). */
export const DEMO_PARTNERSHIPS_AT_SCALE_1 = 12_700;

function validate(options: DemoOptions): void {
  if (!Number.isFinite(options.seed)) throw new RangeError(`seed must be a finite number, not ${options.seed}`);
  if (!(options.scale > 0) || !Number.isFinite(options.scale)) throw new RangeError(`scale must be a positive number, not ${options.scale}`);
  if (!Number.isInteger(options.referenceYear) || options.referenceYear < 1990 || options.referenceYear > 2100) {
    throw new RangeError(`referenceYear must be an integer in 1990..2100, not ${options.referenceYear}`);
  }
}

/** The lead authority and, sometimes, one or two co-authorities from the pool (indexes, lead first). */
function drawAuthorities(rng: Rng, pool: readonly PoolAuthority[], poolIndex: PoolIndex, lead: number): number[] {
  const authorityIndexes = [lead];
  const extra = rng.weightedIndex([88, 9, 3]);
  for (let k = 0; k < extra; k++) {
    const co = coAuthority(rng, pool, poolIndex, lead, authorityIndexes);
    if (co !== null) authorityIndexes.push(co);
  }
  return authorityIndexes;
}

/** A volunteer now and then on recent development projects, by mission only: never a person's name. */
function drawVolunteers(rng: Rng, profile: ThemeProfile, effectiveStart: number, fieldOfAction: string | null, partner: ForeignPartner): Volunteer[] {
  const volunteers: Volunteer[] = [];
  if (profile === "development" && effectiveStart >= 2000 && rng.chance(0.03)) {
    volunteers.push({
      lastName: null,
      firstName: null,
      mission: rng.chance(0.6) ? "Volontariat de solidarité internationale (VSI)" : "Service civique à l'international",
      fieldOfAction,
      assignment: partner.name,
    });
  }
  return volunteers;
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
  // The pool, the pairing, place names and the calibration draw from streams of their own, so a
  // change in one of them leaves the draws of the others as they were.
  const rng = Rng.stream(seed, 0);
  const pool = buildFrenchPool(Rng.stream(seed, 1), total, scale);
  const poolIndex = indexPool(pool);
  const pairs = pairAuthoritiesWithCountries(Rng.stream(seed, 2), pool, total);
  const partnerCounts = drawPartnerCounts(rng, pairs);
  const partners = new ForeignPartners(rng, Rng.stream(seed, 3), pairs, partnerCounts);
  const fundingDraws = new FundingDraws(pool, referenceYear);
  const twinnedPairs = new Map<number, number>(); // authority×partner → first signature year of their jumelage
  const authorityForms: NounForms[] = [];
  const results: Partnership[] = [];

  pairs.forEach(({ authority, country: countryIndex }, i) => {
    const lead = pool[authority] as PoolAuthority;
    const country = DEMO_COUNTRIES[countryIndex] as DemoCountry;
    const countryName = partners.countryName(countryIndex);

    const authorityIndexes = drawAuthorities(rng, pool, poolIndex, authority);
    const frenchAuthorities: FrenchAuthority[] = authorityIndexes.map((a) => ({ ...(pool[a] as PoolAuthority).authority }));
    const frenchNames = frenchAuthorities.map((a) => a.name);

    // Régions and départements often cooperate with a foreign region rather than a town.
    const regionalRate = lead.kind === "region" || lead.kind === "departement" ? 0.55 : lead.kind === "epci" ? 0.25 : 0.05;
    const partnerIndexes = [partners.choose(countryIndex, authority, rng.chance(regionalRate), null)];
    if ((partnerCounts[i] as number) > 1) partnerIndexes.push(partners.choose(countryIndex, authority, rng.chance(0.5), partnerIndexes[0] as number));
    const mainPartner = partners.all[partnerIndexes[0] as number] as ForeignPartner;

    const twinKey = authority * 4_194_304 + (partnerIndexes[0] as number);
    const earlierTwinning = twinnedPairs.get(twinKey);
    const { form, profile } = chooseForm(rng, country.group, lead, earlierTwinning);
    const timeline = drawTimeline(rng, country.group, profile, earlierTwinning, referenceYear);
    if (form === "Jumelage" && !twinnedPairs.has(twinKey)) twinnedPairs.set(twinKey, timeline.firstSignatureYear);
    const { theme, otherThemes } = drawThemes(rng, profile, country, lead.authority.region);

    authorityForms[authority] ??= nounForms(lead.authority.name, lead.kind === "epci");
    const frenchForms = authorityForms[authority];
    const texts = writeTexts(rng, {
      form,
      profile,
      theme,
      french: lead.authority.name,
      frenchForms,
      partner: mainPartner,
      countryName,
      firstSignatureYear: timeline.firstSignatureYear,
    });
    const volunteers = drawVolunteers(rng, profile, timeline.effectiveStart, theme?.subTheme ?? null, mainPartner);
    const funding = fundingDraws.draw(rng, { profile, theme, effectiveStart: timeline.effectiveStart, endYear: timeline.endYear, authorityIndexes, frenchNames });

    results.push({
      id: `demo-${String(i + 1).padStart(5, "0")}`,
      title: texts.title,
      firstSignatureYear: rng.chance(0.01) ? null : timeline.firstSignatureYear,
      theme,
      otherThemes,
      startYear: timeline.startYear,
      status: timeline.status,
      endDate: timeline.endDate,
      context: texts.context,
      history: texts.history,
      objectives: { local: texts.localObjective, france: texts.franceObjective },
      description: texts.description,
      form,
      triennial: timeline.triennial,
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
