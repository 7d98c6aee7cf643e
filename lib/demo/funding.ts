/**
 * The funding rows of the demo partnerships: sparse and self-declared, mostly for recent
 * development projects. Amounts are drawn first, then rescaled year by year (`calibrate`) so each
 * year's total follows the declared ODA of French authorities.
 */
import { officialGeography } from "../authorities";
import { categorizeFinancer } from "../financers";
import type { FinancerCategory, FundingRow, ThemeRef } from "../model";
import { type PoolAuthority, regionDisplayName } from "./french";
import type { Rng } from "./random";
import type { ThemeProfile } from "./themes";
import { yearlyMoneyTarget } from "./years";

/** No funding row is generated before this year (the real fiches declare recent funding only). */
const FIRST_FUNDING_YEAR = 2000;

const MEAE = "Ministère de l'Europe et des Affaires étrangères";
const FOREIGN_FUNDS = "Collectivités et partenaires étrangers";
const AFD = "Agence française de développement";
const EU = "Union européenne";

/** A row whose amount is set by `calibrate`, once every year's total is known. */
interface PendingRow {
  row: FundingRow;
  raw: number;
  rawOudin: number | null;
  unit: number;
  calibrated: boolean;
}

/** What the funding of one partnership depends on. */
export interface FundedPartnership {
  profile: ThemeProfile;
  theme: ThemeRef | null;
  effectiveStart: number;
  endYear: number | null;
  /** Indexes in the pool of its French authorities, the lead first. */
  authorityIndexes: readonly number[];
  frenchNames: readonly string[];
}

/** Draws the funding of the partnerships one by one, then calibrates every amount at once. */
export class FundingDraws {
  private readonly pending: PendingRow[] = [];
  private readonly categories = new Map<string, FinancerCategory>();
  private readonly regionNameByCode: Map<string, string>;

  constructor(
    private readonly pool: readonly PoolAuthority[],
    private readonly referenceYear: number,
  ) {
    this.regionNameByCode = new Map(officialGeography().regions.map((r) => [r.code, regionDisplayName(r)]));
  }

  /** Draws a partnership's funding rows, often none; their amounts are 0 until `calibrate`. */
  draw(rng: Rng, partnership: FundedPartnership): FundingRow[] {
    const { profile, theme, effectiveStart, endYear, authorityIndexes, frenchNames } = partnership;
    const { pool, referenceYear } = this;
    const lead = pool[authorityIndexes[0] as number] as PoolAuthority;
    const fr = lead.authority.name;
    const fundingProbability =
      profile === "development" ? (effectiveStart >= 2005 ? 0.88 : effectiveStart >= 1995 ? 0.7 : 0.2)
      : profile === "exchange" ? (effectiveStart >= 2000 ? 0.45 : 0.12)
      : effectiveStart >= 2000 ? 0.12 : 0.04;
    const funding: FundingRow[] = [];
    const fundable = endYear === null || endYear >= FIRST_FUNDING_YEAR;
    if (!(rng.chance(fundingProbability) && fundable)) return funding;
    let firstYear: number;
    let years: number;
    if (endYear === null || profile === "twinning") {
      firstYear = rng.int(Math.min(referenceYear, Math.max(effectiveStart, 2000)), referenceYear);
      years = rng.int(1, 3);
    } else {
      firstYear = Math.max(effectiveStart, FIRST_FUNDING_YEAR);
      years = Math.min(3, endYear - firstYear + 1);
    }
    const lastYear = Math.min(referenceYear, firstYear + years - 1);
    const isWater = theme?.subTheme === "Eau et déchets" && theme.subSubTheme !== "Gestion des déchets";
    const base = Math.min(200_000, lead.budget * rng.logNormal(profile === "development" ? 45_000 : 22_000, 0.75));
    // `calibrated`: follows the yearly ODA calibration (AFD's FICOL grants keep their drawn size).
    const financers: { name: string; perYear: number; oudin: boolean; calibrated?: false }[] = [];
    const dev = profile === "development";
    if (rng.chance(0.9)) financers.push({ name: fr, perYear: base, oudin: isWater && rng.chance(0.35) });
    for (const co of authorityIndexes.slice(1)) {
      if (rng.chance(0.5)) {
        const coAuthorityPool = pool[co] as PoolAuthority;
        financers.push({ name: coAuthorityPool.authority.name, perYear: coAuthorityPool.budget * rng.logNormal(6_000, 0.8), oudin: isWater && rng.chance(0.2) });
      }
    }
    if (rng.chance(dev ? 0.55 : profile === "exchange" ? 0.3 : 0.1)) financers.push({ name: MEAE, perYear: Math.min(150_000, base * rng.uniform(0.4, 1.1)), oudin: false });
    if (rng.chance(dev ? 0.35 : 0.15)) financers.push({ name: FOREIGN_FUNDS, perYear: base * rng.uniform(0.05, 0.3), oudin: false });
    if (isWater && lead.waterAgency && rng.chance(0.55)) financers.push({ name: lead.waterAgency, perYear: base * rng.uniform(0.3, 1.2), oudin: false });
    if (dev && firstYear >= 2014 && rng.chance(0.025)) {
      financers.push({ name: AFD, perYear: rng.uniform(200_000, 1_500_000) / (lastYear - firstYear + 1), oudin: false, calibrated: false });
    }
    if (rng.chance(dev ? 0.04 : profile === "exchange" ? 0.06 : 0.02)) financers.push({ name: EU, perYear: rng.logNormal(60_000, 0.6), oudin: false });
    if (lead.kind !== "region" && rng.chance(0.08)) {
      const regionName = this.regionNameByCode.get(lead.authority.region ?? "");
      if (regionName && !frenchNames.includes(regionName)) financers.push({ name: regionName, perYear: rng.logNormal(8_000, 0.7), oudin: false });
    }
    if (financers.length === 0) financers.push({ name: fr, perYear: base, oudin: false });
    for (const financer of financers) {
      const categoryKey = `${financer.name}\u0001${frenchNames.join("\u0002")}`;
      let category = this.categories.get(categoryKey);
      if (category === undefined) {
        category = categorizeFinancer(financer.name, frenchNames);
        this.categories.set(categoryKey, category);
      }
      for (let year = firstYear; year <= lastYear; year++) {
        const raw = financer.perYear * (financer.calibrated === false ? 1 : rng.uniform(0.7, 1.3));
        const row: FundingRow = { financer: financer.name, category, amount: 0, oudinAmount: null, year };
        const unitDraw = rng.next();
        this.pending.push({
          row,
          raw,
          rawOudin: financer.oudin ? raw * rng.uniform(0.3, 1) : null,
          unit: raw < 3_000 || unitDraw < 0.3 ? 1 : unitDraw < 0.85 ? 100 : 1000,
          calibrated: financer.calibrated !== false,
        });
        funding.push(row);
      }
    }
    return funding;
  }

  /**
   * Sets the amount of every row drawn: each year's rows are rescaled so the year's total follows
   * the declared ODA of French authorities (public figures, ±6 %) times the scale; the factor is
   * kept within ×0.5–×2 so amounts keep their drawn shape. AFD's FICOL grants are left as drawn
   * and counted in the target.
   */
  calibrate(scale: number, rng: Rng): void {
    const sums = new Map<number, number>();
    const fixed = new Map<number, number>();
    for (const { row, raw, calibrated } of this.pending) {
      const year = row.year as number;
      if (calibrated) sums.set(year, (sums.get(year) ?? 0) + raw);
      else fixed.set(year, (fixed.get(year) ?? 0) + raw);
    }
    const factors = new Map<number, number>();
    for (const [year, sum] of [...sums].sort((a, b) => a[0] - b[0])) {
      // A little noise (±6 %) so the demo does not reproduce the official figures to the euro.
      const official = yearlyMoneyTarget(year, this.referenceYear);
      const target = official === null ? null : official * rng.uniform(0.94, 1.06);
      const wanted = target === null ? null : target * scale - (fixed.get(year) ?? 0);
      factors.set(year, wanted === null ? 1 : Math.min(2, Math.max(0.5, wanted / sum)));
    }
    for (const pending of this.pending) {
      const factor = pending.calibrated ? (factors.get(pending.row.year as number) ?? 1) : 1;
      const amount = Math.max(pending.unit, Math.round((pending.raw * factor) / pending.unit) * pending.unit);
      pending.row.amount = amount;
      if (pending.rawOudin !== null) pending.row.oudinAmount = Math.min(amount, Math.round(pending.rawOudin * factor));
    }
  }
}
