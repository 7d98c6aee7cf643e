/** The form of a demo partnership (jumelage, project…) and the profile that follows from it. */
import type { CooperationGroup } from "./countries-weights";
import type { PoolAuthority } from "./french";
import type { Rng } from "./random";
import type { ThemeProfile } from "./themes";

const FORMS = ["Jumelage", "Projet de coopération décentralisée", "Accord de coopération", "Charte d'amitié", "Autre"] as const;
export type Form = (typeof FORMS)[number];
const FORM_WEIGHTS: Record<CooperationGroup, readonly number[]> = {
  germany: [82, 3, 7, 5, 3],
  "west-europe": [76, 5, 9, 6, 4],
  "east-europe": [58, 15, 15, 6, 6],
  north: [38, 20, 30, 6, 6],
  development: [12, 70, 10, 3, 5],
};

/**
 * Draws the form of a partnership and gives its profile. A pair already twinned, and most régions
 * and départements, sign agreements or projects rather than a (new) jumelage or charter.
 */
export function chooseForm(
  rng: Rng,
  group: CooperationGroup,
  lead: PoolAuthority,
  earlierTwinning: number | undefined,
): { form: Form; profile: ThemeProfile } {
  let form = FORMS[rng.weightedIndex(FORM_WEIGHTS[group])] as Form;
  if ((form === "Jumelage" || form === "Charte d'amitié") && (earlierTwinning !== undefined || ((lead.kind === "region" || lead.kind === "departement") && rng.chance(0.75)))) {
    form = group === "development" ? "Projet de coopération décentralisée" : "Accord de coopération";
  }
  const profile: ThemeProfile = form === "Jumelage" || form === "Charte d'amitié" ? "twinning" : group === "development" ? "development" : "exchange";
  return { form, profile };
}
