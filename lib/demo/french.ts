/**
 * The French side of the demo Atlas: which real authorities (official geography, INSEE codes and
 * SIREN) take part, and how many partnerships each leads. At scale 1: the 18 current régions, 84
 * départements, 250 intercommunalités and about 4,450 communes (about 4,800 in all, as in the
 * Atlas); big cities are drawn first and lead many more partnerships (Paris the most, ~450).
 */
import { officialGeography, type OfficialAuthority } from "../authorities";
import type { AuthorityKind, FrenchAuthority } from "../model";
import { allocate, sampleWithoutReplacement, type Rng } from "./random";

export interface PoolAuthority {
  authority: FrenchAuthority;
  kind: AuthorityKind;
  /** Partnerships it leads (as first French authority). */
  count: number;
  /** Odds that one of its partnerships is with Europe or another industrialised country. */
  europeOdds: number;
  /** Relative size of its budget, scales its funding amounts. */
  budget: number;
  /** The agence de l'eau of its basin, null overseas. */
  waterAgency: string | null;
}

/**
 * Pool sizes and share of partnerships led, by kind, at scale 1. No overseas collectivity: the
 * demo's calibration has no figure for them, and its output is pinned by hash (generate-hash.test.ts).
 */
const PLAN: Record<Exclude<AuthorityKind, "collectivite-outremer">, { size: number; share: number }> = {
  region: { size: 18, share: 0.06 },
  departement: { size: 84, share: 0.11 },
  epci: { size: 250, share: 0.09 },
  commune: { size: 4_448, share: 0.74 },
};

/**
 * Exponents: communes are drawn with probability ∝ population^0.9 (big cities nearly surely, a
 * long tail of small ones) and lead 1 + extra partnerships, extras ∝ population^1.15, which gives
 * Paris about 450 (co-led ones included) and most small communes one or two.
 */
const COMMUNE_DRAW_EXPONENT = 0.9;
const COMMUNE_EXTRA_EXPONENT = 1.15;

/** Départements the Atlas cannot hold as such: Paris is the commune, the others merged into their région. */
const EXCLUDED_DEPARTEMENTS = new Set(["75", "2A", "2B", "972", "973", "976"]);

const DEPARTEMENT_ARTICLE: Record<string, string> = {};
for (const code of "01 02 03 07 09 10 11 12 27 28 34 35 36 37 38 60 61 89 91".split(" ")) DEPARTEMENT_ARTICLE[code] = "de l'";
for (const code of "04 05 06 08 13 22 40 64 65 66 78 79 88 92".split(" ")) DEPARTEMENT_ARTICLE[code] = "des ";
for (const code of "14 15 18 25 29 30 32 39 41 45 46 47 49 56 59 62 63 67 68 69 81 82 83 84 90 94 95".split(" ")) {
  DEPARTEMENT_ARTICLE[code] = "du ";
}
DEPARTEMENT_ARTICLE["974"] = "de ";

const REGION_NAMES: Record<string, string> = {
  "02": "Collectivité territoriale de Martinique",
  "03": "Collectivité territoriale de Guyane",
  "06": "Département de Mayotte",
  "94": "Collectivité de Corse",
};

/** "Département de la Gironde", "Département de l'Ain", "Département du Nord"… */
export function departementDisplayName(official: OfficialAuthority): string {
  return `Département ${DEPARTEMENT_ARTICLE[official.code] ?? "de la "}${official.name}`;
}

/** "Région Bretagne", "Collectivité de Corse"… */
export function regionDisplayName(official: OfficialAuthority): string {
  return REGION_NAMES[official.code] ?? `Région ${official.name}`;
}

const AGENCY_BY_REGION: Record<string, string> = {
  "11": "Seine-Normandie",
  "24": "Loire-Bretagne",
  "27": "Rhône Méditerranée Corse",
  "28": "Seine-Normandie",
  "32": "Artois-Picardie",
  "44": "Rhin-Meuse",
  "52": "Loire-Bretagne",
  "53": "Loire-Bretagne",
  "75": "Adour-Garonne",
  "76": "Adour-Garonne",
  "84": "Rhône Méditerranée Corse",
  "93": "Rhône Méditerranée Corse",
  "94": "Rhône Méditerranée Corse",
};
/** Départements whose basin differs from their région's usual one. */
const AGENCY_BY_DEPARTEMENT: Record<string, string> = {
  "11": "Rhône Méditerranée Corse", "30": "Rhône Méditerranée Corse", "34": "Rhône Méditerranée Corse",
  "48": "Rhône Méditerranée Corse", "66": "Rhône Méditerranée Corse",
  "03": "Loire-Bretagne", "15": "Adour-Garonne", "42": "Loire-Bretagne", "43": "Loire-Bretagne", "63": "Loire-Bretagne",
  "08": "Rhin-Meuse", "10": "Seine-Normandie", "51": "Seine-Normandie", "52": "Seine-Normandie",
  "02": "Seine-Normandie", "60": "Seine-Normandie", "89": "Seine-Normandie", "58": "Loire-Bretagne",
  "45": "Loire-Bretagne", "28": "Seine-Normandie", "79": "Loire-Bretagne", "86": "Loire-Bretagne", "87": "Loire-Bretagne",
  "23": "Loire-Bretagne",
};

export function waterAgencyOf(departement: string | null, region: string | null): string | null {
  const basin = (departement === null ? undefined : AGENCY_BY_DEPARTEMENT[departement]) ?? (region === null ? undefined : AGENCY_BY_REGION[region]);
  return basin ? `Agence de l'eau ${basin}` : null;
}

function toFrenchAuthority(official: OfficialAuthority): FrenchAuthority {
  const name =
    official.kind === "departement" ? departementDisplayName(official)
    : official.kind === "region" ? regionDisplayName(official)
    : official.name;
  return { name, code: official.code, kind: official.kind, departement: official.departement, region: official.region };
}

function isOverseas(region: string | null): boolean {
  return region !== null && region < "10";
}

function europeOdds(official: OfficialAuthority): number {
  if (isOverseas(official.region)) return 0.08 / 0.92;
  const p =
    official.kind === "region" ? 0.3
    : official.kind === "departement" ? 0.3
    : official.kind === "epci" ? 0.4
    : official.code === "75056" ? 0.4
    : (official.population ?? 0) >= 100_000 ? 0.5
    : (official.population ?? 0) >= 20_000 ? 0.68
    : 0.82;
  return p / (1 - p);
}

function budgetOf(official: OfficialAuthority): number {
  switch (official.kind) {
    case "region":
      return 3;
    case "departement":
      return 1.5;
    case "epci":
      return 0.5 + Math.min(2, (official.population ?? 0) / 500_000);
    default:
      return Math.min(4, Math.max(0.15, Math.sqrt((official.population ?? 0) / 100_000)));
  }
}

/**
 * Pool size of a kind at a scale: proportional (régions and départements shrink only as the square
 * root below scale 1, so a small dataset still has several), at least 1, at most what exists and
 * what the slots allow.
 */
function poolSize(base: number, scale: number, available: number, slots: number, shrink: "linear" | "sqrt" = "linear"): number {
  const factor = shrink === "sqrt" && scale < 1 ? Math.sqrt(scale) : scale;
  return Math.max(Math.min(1, slots), Math.min(available, slots, Math.round(base * factor)));
}

/**
 * Draws the French authorities of the demo dataset and how many of the `total` partnerships each
 * leads (every one leads at least one).
 */
export function buildFrenchPool(rng: Rng, total: number, scale: number): PoolAuthority[] {
  const geo = officialGeography();
  const populationByDepartement = new Map<string, number>();
  const populationByRegion = new Map<string, number>();
  for (const c of geo.communes) {
    if (c.departement) populationByDepartement.set(c.departement, (populationByDepartement.get(c.departement) ?? 0) + (c.population ?? 0));
    if (c.region) populationByRegion.set(c.region, (populationByRegion.get(c.region) ?? 0) + (c.population ?? 0));
  }

  const slots = allocate(
    (["region", "departement", "epci", "commune"] as const).map((k) => PLAN[k].share),
    total,
  );
  const [regionSlots, departementSlots, epciSlots, communeSlots] = slots as [number, number, number, number];
  const pool: PoolAuthority[] = [];

  const add = (chosen: OfficialAuthority[], counts: number[]) => {
    chosen.forEach((official, i) => {
      pool.push({
        authority: toFrenchAuthority(official),
        kind: official.kind,
        count: counts[i] as number,
        europeOdds: europeOdds(official),
        budget: budgetOf(official),
        waterAgency: waterAgencyOf(official.departement, official.region),
      });
    });
  };

  // Régions: all of them at scale 1; the populous ones lead more partnerships.
  {
    const size = poolSize(PLAN.region.size, scale, geo.regions.length, regionSlots, "sqrt");
    const weights = geo.regions.map((r) => Math.sqrt(populationByRegion.get(r.code) ?? 1));
    const chosen = sampleWithoutReplacement(rng, weights, size).sort((a, b) => a - b).map((i) => geo.regions[i] as OfficialAuthority);
    const counts = allocate(chosen.map((r) => Math.sqrt(populationByRegion.get(r.code) ?? 1)), regionSlots, size > 0 ? 1 : 0);
    add(chosen, counts);
  }
  // Départements: over 80 of the 101.
  {
    const eligible = geo.departements.filter((d) => !EXCLUDED_DEPARTEMENTS.has(d.code));
    const size = poolSize(PLAN.departement.size, scale, eligible.length, departementSlots, "sqrt");
    const weights = eligible.map((d) => Math.sqrt(populationByDepartement.get(d.code) ?? 1));
    const chosen = sampleWithoutReplacement(rng, weights, size).sort((a, b) => a - b).map((i) => eligible[i] as OfficialAuthority);
    const counts = allocate(chosen.map((d) => Math.sqrt(populationByDepartement.get(d.code) ?? 1)), departementSlots, size > 0 ? 1 : 0);
    add(chosen, counts);
  }
  // Intercommunalités: metropolises and agglomerations first.
  {
    const typeFactor: Record<string, number> = { METRO: 6, MET69: 6, CU: 4, CA: 2, CC: 1 };
    const weights = geo.epci.map((e) => (e.population ?? 0) * (typeFactor[e.epciType ?? "CC"] ?? 1));
    const size = poolSize(PLAN.epci.size, scale, geo.epci.length, epciSlots);
    const chosen = sampleWithoutReplacement(rng, weights, size).sort((a, b) => a - b).map((i) => geo.epci[i] as OfficialAuthority);
    const counts = allocate(chosen.map((e) => (e.population ?? 1) ** 0.7), epciSlots, size > 0 ? 1 : 0);
    add(chosen, counts);
  }
  // Communes: big cities nearly surely (the ten largest always), then a long tail.
  {
    const communes = geo.communes;
    const size = poolSize(PLAN.commune.size, scale, communes.length, communeSlots);
    const byPopulation = communes.map((_, i) => i).sort((a, b) => (communes[b]?.population ?? 0) - (communes[a]?.population ?? 0));
    const forced = byPopulation.slice(0, Math.min(10, size));
    const forcedSet = new Set(forced);
    const weights = communes.map((c, i) => (forcedSet.has(i) ? 0 : (c.population ?? 0) ** COMMUNE_DRAW_EXPONENT));
    const drawn = sampleWithoutReplacement(rng, weights, size - forced.length);
    const chosen = [...forced, ...drawn].sort((a, b) => a - b).map((i) => communes[i] as OfficialAuthority);
    const counts = allocate(chosen.map((c) => (c.population ?? 1) ** COMMUNE_EXTRA_EXPONENT), communeSlots, size > 0 ? 1 : 0);
    add(chosen, counts);
  }
  return pool;
}

/** For co-signing authorities: the pool by région, and each pool member's région and département. */
export interface PoolIndex {
  byRegion: Map<string, number[]>;
  regionAuthority: Map<string, number>;
  departementAuthority: Map<string, number>;
}

export function indexPool(pool: readonly PoolAuthority[]): PoolIndex {
  const byRegion = new Map<string, number[]>();
  const regionAuthority = new Map<string, number>();
  const departementAuthority = new Map<string, number>();
  pool.forEach((p, i) => {
    const region = p.authority.region ?? "";
    const list = byRegion.get(region);
    if (list) list.push(i);
    else byRegion.set(region, [i]);
    if (p.kind === "region" && p.authority.region) regionAuthority.set(p.authority.region, i);
    if (p.kind === "departement" && p.authority.departement) departementAuthority.set(p.authority.departement, i);
  });
  return { byRegion, regionAuthority, departementAuthority };
}

/** One more French authority for a partnership led by `primary`: its région, its département, or a neighbour. */
export function coAuthority(rng: Rng, pool: readonly PoolAuthority[], index: PoolIndex, primary: number, exclude: readonly number[]): number | null {
  const lead = pool[primary] as PoolAuthority;
  const candidates: number[] = [];
  const region = lead.authority.region ?? "";
  const r = rng.next();
  if (r < 0.15 && lead.kind !== "region") {
    const i = index.regionAuthority.get(region);
    if (i !== undefined) candidates.push(i);
  } else if (r < 0.4 && (lead.kind === "commune" || lead.kind === "epci")) {
    const i = index.departementAuthority.get(lead.authority.departement ?? "");
    if (i !== undefined) candidates.push(i);
  }
  const neighbours = index.byRegion.get(region) ?? [];
  for (let attempt = 0; candidates.length === 0 && attempt < 6 && neighbours.length > 1; attempt++) {
    // Weighted by size through picking a random member of a random partnership-slot-like draw.
    const i = rng.pick(neighbours);
    if (rng.chance(Math.min(1, 0.15 + (pool[i] as PoolAuthority).count / 40))) candidates.push(i);
  }
  const chosen = candidates[0];
  if (chosen === undefined || chosen === primary || exclude.includes(chosen)) return null;
  return chosen;
}
