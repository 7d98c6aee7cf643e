/** The years of a demo partnership (signature, start, end), its status and its triennial flag. */
import type { Partnership } from "../model";
import type { CooperationGroup } from "./countries-weights";
import { WeightedTable, type Rng } from "./random";
import type { ThemeProfile } from "./themes";
import { FIRST_YEAR, yearTable, type YearCurve } from "./years";

const PROJECT_DURATIONS = new WeightedTable([1, 2, 3, 4, 5, 6, 8], [15, 20, 40, 10, 8, 4, 3]);

export interface Timeline {
  firstSignatureYear: number;
  /** As published: null for the few partnerships that do not give it. */
  startYear: number | null;
  /** The start the other fields were drawn from, even when `startYear` is not published. */
  effectiveStart: number;
  status: Partnership["status"];
  endDate: string | null;
  /** The year the partnership ended or is planned to end, null when open-ended. */
  endYear: number | null;
  triennial: boolean | null;
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
 * Draws a partnership's years and status. `earlierTwinning` is the signature year of a jumelage
 * the same pair signed before: a later partnership is often a project under that convention.
 */
export function drawTimeline(
  rng: Rng,
  group: CooperationGroup,
  profile: ThemeProfile,
  earlierTwinning: number | undefined,
  referenceYear: number,
): Timeline {
  let firstSignatureYear = yearTable(yearCurve(group, profile), referenceYear).sample(rng);
  let startYear: number | null;
  if (earlierTwinning !== undefined && rng.chance(0.6)) {
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
  const effectiveStart = startYear;
  if (rng.chance(0.02)) startYear = null;

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
  return { firstSignatureYear, startYear, effectiveStart, status, endDate, endYear, triennial };
}
