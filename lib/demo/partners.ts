/**
 * The foreign partners of the demo generator, made as partnerships ask for them: a country's
 * partner slots go to new partners or to ones already drawn, the latter preferentially (a partner
 * with many partnerships is the likelier to get another).
 */
import { countryNameFr } from "../countries";
import { type CooperationGroup, DEMO_COUNTRIES, type DemoCountry } from "./countries-weights";
import type { Pairing } from "./pairing";
import { designate, uniquePlaceName } from "./places";
import type { Rng } from "./random";
import { nounForms, type NounForms } from "./texts";

/** Share of a country's partner slots that are distinct partners (twinnings are 1:1, projects reuse). */
const NEW_PARTNER_RATIO: Record<CooperationGroup, number> = {
  germany: 0.78,
  "west-europe": 0.74,
  "east-europe": 0.7,
  north: 0.64,
  development: 0.57,
};

export interface ForeignPartner {
  name: string;
  forms: NounForms;
  place: string;
  regional: boolean;
  countryIndex: number;
}

interface CountryState {
  country: DemoCountry;
  countryName: string;
  takenPlaces: Set<string>;
  /** Partner ids, one entry per slot already filled (so a draw from it is preferential). */
  history: number[];
  remainingSlots: number;
  remainingNew: number;
}

/** Draws each partnership's number of foreign partners: one mostly, two sometimes. */
export function drawPartnerCounts(rng: Rng, pairs: readonly Pairing[]): number[] {
  return pairs.map(({ country }) => (rng.chance((DEMO_COUNTRIES[country] as DemoCountry).group === "development" ? 0.1 : 0.04) ? 2 : 1));
}

/** The foreign partners made so far, by country, and the draw of the next one. */
export class ForeignPartners {
  /** Every partner made, by id. */
  readonly all: ForeignPartner[] = [];
  private readonly countries: CountryState[];
  /** Key authority × country: the partners that authority already has there. */
  private readonly ofAuthorityInCountry = new Map<number, number[]>();

  /**
   * `rng` decides between new and known partners, `placeRng` makes the new ones: place names
   * come from their own stream so the number of syllables drawn does not shift the other draws.
   */
  constructor(
    private readonly rng: Rng,
    private readonly placeRng: Rng,
    pairs: readonly Pairing[],
    partnerCounts: readonly number[],
  ) {
    this.countries = DEMO_COUNTRIES.map((country) => ({
      country,
      countryName: countryNameFr(country.code),
      takenPlaces: new Set<string>(),
      history: [],
      remainingSlots: 0,
      remainingNew: 0,
    }));
    pairs.forEach(({ country }, i) => {
      (this.countries[country] as CountryState).remainingSlots += partnerCounts[i] as number;
    });
    for (const state of this.countries) {
      if (state.remainingSlots > 0) {
        state.remainingNew = Math.max(1, Math.round(state.remainingSlots * NEW_PARTNER_RATIO[state.country.group]));
      }
    }
  }

  /** The French name of the country at this index of DEMO_COUNTRIES. */
  countryName(countryIndex: number): string {
    return (this.countries[countryIndex] as CountryState).countryName;
  }

  /**
   * Fills one partner slot of a country for a French authority: a new partner or a known one
   * (that authority's own partners there first), never `exclude`. Returns the partner's id.
   */
  choose(countryIndex: number, authority: number, regional: boolean, exclude: number | null): number {
    const { rng, placeRng } = this;
    const state = this.countries[countryIndex] as CountryState;
    const key = authority * 256 + countryIndex;
    const own = this.ofAuthorityInCountry.get(key);
    let isNew =
      state.history.length === 0 ||
      state.remainingNew >= state.remainingSlots ||
      (state.remainingNew > 0 && rng.next() < state.remainingNew / state.remainingSlots);
    state.remainingSlots--;
    let chosen = -1;
    if (!isNew) {
      if (own && rng.chance(0.7)) chosen = rng.pick(own);
      else {
        for (let attempt = 0; attempt < 4; attempt++) {
          chosen = rng.pick(state.history);
          if ((this.all[chosen] as ForeignPartner).regional === regional) break;
        }
      }
      if (chosen === exclude) isNew = true;
    }
    if (isNew) {
      const place = uniquePlaceName(placeRng, state.country.lang, state.takenPlaces);
      const local = state.country.local;
      const label = regional ? state.country.regional : local.length > 1 && placeRng.chance(0.3) ? placeRng.pick(local.slice(1)) : (local[0] as string);
      chosen = this.all.length;
      const name = designate(label, place);
      this.all.push({ name, forms: nounForms(name), place, regional, countryIndex });
      if (state.remainingNew > 0) state.remainingNew--;
    }
    state.history.push(chosen);
    if (!own) this.ofAuthorityInCountry.set(key, [chosen]);
    else if (!own.includes(chosen)) own.push(chosen);
    return chosen;
  }
}
