import type { AuthorityKind, FrenchAuthority } from "./model";
import { readPackageJson } from "./package-data";
import { normalizeName } from "./normalize";

/** A French authority of the official geography (INSEE COG via @etalab/decoupage-administratif). */
export interface OfficialAuthority {
  kind: AuthorityKind;
  /** INSEE code for communes, départements, régions and overseas collectivities; SIREN for EPCI; ours for New Caledonia's provinces. */
  code: string;
  name: string;
  departement: string | null;
  region: string | null;
  /** Municipal population (communes, EPCI); null for départements, régions and overseas collectivities. */
  population: number | null;
  /** EPCI legal type (CC, CA, CU, METRO, MET69); null otherwise. */
  epciType: string | null;
}

interface CommuneRow { code: string; nom: string; type: string; departement?: string; region?: string; population?: number }
interface DepartementRow { code: string; nom: string; region: string; zone?: string }
interface RegionRow { code: string; nom: string }
interface EpciRow { code: string; nom: string; type: string; populationMunicipale?: number; membres: { code: string }[] }

export interface OfficialGeography {
  communes: OfficialAuthority[];
  departements: OfficialAuthority[];
  regions: OfficialAuthority[];
  epci: OfficialAuthority[];
  /** Overseas collectivities and New Caledonia's provinces (kind collectivite-outremer). */
  overseas: OfficialAuthority[];
}

/**
 * INSEE files the TAAF (984) and Clipperton (989) with the overseas collectivities, but the State
 * administers both: no elected authority there can be a partner of decentralised cooperation.
 */
const NOT_COLLECTIVITIES = new Set(["984", "989"]);

/**
 * New Caledonia's provinces are collectivités territoriales of their own (loi organique of 19 March
 * 1999) and sign cooperation agreements, but the COG gives them no code, so these codes are the
 * project's: the territory's INSEE code, so that they read and sort as parts of it, then the name;
 * the hyphen keeps them apart from every INSEE code and SIREN.
 */
const NEW_CALEDONIA_PROVINCES = [
  { code: "988-sud", name: "Province Sud" },
  { code: "988-nord", name: "Province Nord" },
  { code: "988-iles-loyaute", name: "Province des îles Loyauté" },
];

/** Names in use beside the COG's, normalized. The 1961 statute says "territoire des îles Wallis et Futuna". */
const OVERSEAS_ALIASES: Record<string, string> = {
  "iles wallis et futuna": "986",
  "province iles loyaute": "988-iles-loyaute",
  "province des iles": "988-iles-loyaute",
};

/** The overseas collectivities as the COG lists them, then New Caledonia's provinces. */
function overseasCollectivities(rows: DepartementRow[]): OfficialAuthority[] {
  const collectivities = rows
    .filter((d) => d.zone === "com" && !NOT_COLLECTIVITIES.has(d.code))
    .map<OfficialAuthority>((d) => ({
      kind: "collectivite-outremer", code: d.code, name: d.nom, departement: d.code, region: d.region,
      population: null, epciType: null,
    }));
  const newCaledonia = collectivities.find((c) => c.code === "988");
  const provinces = newCaledonia
    ? NEW_CALEDONIA_PROVINCES.map<OfficialAuthority>((p) => ({ ...newCaledonia, code: p.code, name: p.name }))
    : [];
  return [...collectivities, ...provinces];
}

let geography: OfficialGeography | undefined;

function readEtalab<T>(name: string): T {
  return readPackageJson<T>(`@etalab/decoupage-administratif/data/${name}.json`);
}

/**
 * The current communes, départements, régions, EPCI and overseas collectivities, read once from
 * @etalab/decoupage-administratif. The demo generator draws from the first four: they must not change.
 */
export function officialGeography(): OfficialGeography {
  if (geography) return geography;
  const communes = readEtalab<CommuneRow[]>("communes")
    .filter((c) => c.type === "commune-actuelle")
    .map<OfficialAuthority>((c) => ({
      kind: "commune", code: c.code, name: c.nom, departement: c.departement ?? null,
      region: c.region ?? null, population: c.population ?? null, epciType: null,
    }));
  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  // The 18 régions and their 101 départements; overseas collectivities (COM, codes 975+) are not régions.
  const regionRows = readEtalab<RegionRow[]>("regions").filter((r) => r.code.length === 2);
  const regionCodes = new Set(regionRows.map((r) => r.code));
  const departementRows = readEtalab<DepartementRow[]>("departements");
  const departements = departementRows.filter((d) => regionCodes.has(d.region)).map<OfficialAuthority>((d) => ({
    kind: "departement", code: d.code, name: d.nom, departement: d.code, region: d.region,
    population: null, epciType: null,
  }));
  const regions = regionRows.map<OfficialAuthority>((r) => ({
    kind: "region", code: r.code, name: r.nom, departement: null, region: r.code, population: null, epciType: null,
  }));
  const epci = readEtalab<EpciRow[]>("epci").map<OfficialAuthority>((e) => {
    // An EPCI sits where its first member commune (the list starts with the seat's area) does.
    const seat = e.membres.map((m) => communeByCode.get(m.code)).find(Boolean);
    return {
      kind: "epci", code: e.code, name: e.nom, departement: seat?.departement ?? null,
      region: seat?.region ?? null, population: e.populationMunicipale ?? null, epciType: e.type,
    };
  });
  geography = { communes, departements, regions, epci, overseas: overseasCollectivities(departementRows) };
  return geography;
}

const REGION_PREFIX = /^(region|conseil regional|collectivite territoriale|collectivite)( de la| de l| des| du| de)? /;
const DEPARTEMENT_PREFIX = /^(departement|conseil departemental|conseil general)( de la| de l| des| du| de)? /;
const COMMUNE_PREFIX = /^(ville|commune|mairie|municipalite)( de la| de l| des| du| de| d)? /;
/** The collectivity, its executive or its assembly: "Gouvernement de la Polynésie française", "Conseil territorial de Saint-Martin". */
const OVERSEAS_PREFIX =
  /^(gouvernement|collectivite territoriale|collectivite d outre mer|collectivite|territoire|conseil territorial|assemblee territoriale|assemblee|congres)( de la| de l| des| du| de)? /;
/** "Province Sud de (la) Nouvelle-Calédonie", "Province Nord (Nouvelle-Calédonie)": the province. */
const PROVINCE_IN_NEW_CALEDONIA = /^(province .+?)( de la| de| en)? nouvelle caledonie$/;

interface NameIndex {
  communes: Map<string, OfficialAuthority>;
  departements: Map<string, OfficialAuthority>;
  regions: Map<string, OfficialAuthority>;
  epci: Map<string, OfficialAuthority>;
  overseas: Map<string, OfficialAuthority>;
}
let index: NameIndex | undefined;

function nameIndex(): NameIndex {
  if (index) return index;
  const geo = officialGeography();
  const communes = new Map<string, OfficialAuthority>();
  // Homonymous communes (several Saint-Denis…): the most populous wins, as the Atlas's big partners are.
  for (const c of geo.communes) {
    const key = normalizeName(c.name);
    const known = communes.get(key);
    if (!known || (c.population ?? 0) > (known.population ?? 0)) communes.set(key, c);
  }
  const byName = (list: OfficialAuthority[]) => new Map(list.map((a) => [normalizeName(a.name), a]));
  const overseas = byName(geo.overseas);
  const overseasByCode = new Map(geo.overseas.map((a) => [a.code, a]));
  for (const [alias, code] of Object.entries(OVERSEAS_ALIASES)) {
    const authority = overseasByCode.get(code);
    if (authority) overseas.set(alias, authority);
  }
  index = { communes, departements: byName(geo.departements), regions: byName(geo.regions), epci: byName(geo.epci), overseas };
  return index;
}

/**
 * Resolves a French authority named as on an Atlas fiche ("Dijon", "Région Bretagne",
 * "Conseil départemental de la Gironde", "Métropole de Lyon", "Gouvernement de la Polynésie française")
 * to its official code and kind.
 * Names that match nothing unambiguously keep null code and kind: nothing is guessed.
 */
export function resolveFrenchAuthority(rawName: string): FrenchAuthority {
  const name = rawName.trim();
  const found = lookup(normalizeName(name));
  return {
    name,
    code: found?.code ?? null,
    kind: found?.kind ?? null,
    departement: found?.departement ?? null,
    region: found?.region ?? null,
  };
}

function lookup(key: string): OfficialAuthority | undefined {
  const idx = nameIndex();
  // Before the prefixes below: "Collectivité de Saint-Martin" would be looked for among régions only.
  // A bare "Saint-Martin" or "Saint-Barthélemy" is the collectivity, as a bare "Bretagne" is the
  // région: each replaced its commune in 2007, and the COG's pseudo-commune (97801, 97701), which
  // nameIndex's most-populous rule already preferred to the metropolitan homonyms, is that
  // collectivity. Named "Ville de"/"Commune de…", it still resolves to that commune, as before.
  const overseas = idx.overseas.get(key.replace(OVERSEAS_PREFIX, "").replace(PROVINCE_IN_NEW_CALEDONIA, "$1"));
  if (overseas) return overseas;
  if (REGION_PREFIX.test(key)) return idx.regions.get(key.replace(REGION_PREFIX, ""));
  if (DEPARTEMENT_PREFIX.test(key)) return idx.departements.get(key.replace(DEPARTEMENT_PREFIX, ""));
  if (COMMUNE_PREFIX.test(key)) return idx.communes.get(key.replace(COMMUNE_PREFIX, ""));
  // A bare "Bretagne" is the région, a bare "Paris" the commune.
  return idx.epci.get(key) ?? idx.regions.get(key) ?? idx.communes.get(key) ?? idx.departements.get(key);
}

let areaNames: { departements: Map<string, string>; regions: Map<string, string>; overseas: Map<string, string> } | undefined;

/**
 * Names of départements, régions and overseas collectivities by INSEE code, without loading the
 * 35,000 communes. The COG gives an overseas collectivity's code as both the département and the
 * région of its communes: `overseas` tells those codes apart.
 */
export function frenchAreaNames() {
  if (areaNames) return areaNames;
  const departementRows = readEtalab<DepartementRow[]>("departements");
  areaNames = {
    departements: new Map(departementRows.map((d) => [d.code, d.nom])),
    regions: new Map(readEtalab<RegionRow[]>("regions").map((r) => [r.code, r.nom])),
    overseas: new Map(overseasCollectivities(departementRows).filter((c) => c.code === c.departement).map((c) => [c.code, c.name])),
  };
  return areaNames;
}
