import type { AuthorityKind, FrenchAuthority } from "./model";
import { readPackageJson } from "./package-data";
import { normalizeName } from "./normalize";

/** A French authority of the official geography (INSEE COG via @etalab/decoupage-administratif). */
export interface OfficialAuthority {
  kind: AuthorityKind;
  /** INSEE code for communes, départements and régions; SIREN for EPCI. */
  code: string;
  name: string;
  departement: string | null;
  region: string | null;
  /** Municipal population (communes, EPCI); null for départements and régions. */
  population: number | null;
  /** EPCI legal type (CC, CA, CU, METRO, MET69); null otherwise. */
  epciType: string | null;
}

interface CommuneRow { code: string; nom: string; type: string; departement?: string; region?: string; population?: number }
interface DepartementRow { code: string; nom: string; region: string }
interface RegionRow { code: string; nom: string }
interface EpciRow { code: string; nom: string; type: string; populationMunicipale?: number; membres: { code: string }[] }

export interface OfficialGeography {
  communes: OfficialAuthority[];
  departements: OfficialAuthority[];
  regions: OfficialAuthority[];
  epci: OfficialAuthority[];
}

let geography: OfficialGeography | undefined;

function readEtalab<T>(name: string): T {
  return readPackageJson<T>(`@etalab/decoupage-administratif/data/${name}.json`);
}

/** The current communes, départements, régions and EPCI, read once from @etalab/decoupage-administratif. */
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
  const departements = readEtalab<DepartementRow[]>("departements").filter((d) => regionCodes.has(d.region)).map<OfficialAuthority>((d) => ({
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
  geography = { communes, departements, regions, epci };
  return geography;
}

const REGION_PREFIX = /^(region|conseil regional|collectivite territoriale|collectivite)( de la| de l| des| du| de)? /;
const DEPARTEMENT_PREFIX = /^(departement|conseil departemental|conseil general)( de la| de l| des| du| de)? /;
const COMMUNE_PREFIX = /^(ville|commune|mairie|municipalite)( de la| de l| des| du| de| d)? /;

interface NameIndex {
  communes: Map<string, OfficialAuthority>;
  departements: Map<string, OfficialAuthority>;
  regions: Map<string, OfficialAuthority>;
  epci: Map<string, OfficialAuthority>;
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
  index = { communes, departements: byName(geo.departements), regions: byName(geo.regions), epci: byName(geo.epci) };
  return index;
}

/**
 * Resolves a French authority named as on an Atlas fiche ("Dijon", "Région Bretagne",
 * "Conseil départemental de la Gironde", "Métropole de Lyon") to its official code and kind.
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
  if (REGION_PREFIX.test(key)) return idx.regions.get(key.replace(REGION_PREFIX, ""));
  if (DEPARTEMENT_PREFIX.test(key)) return idx.departements.get(key.replace(DEPARTEMENT_PREFIX, ""));
  if (COMMUNE_PREFIX.test(key)) return idx.communes.get(key.replace(COMMUNE_PREFIX, ""));
  // A bare "Bretagne" is the région, a bare "Paris" the commune.
  return idx.epci.get(key) ?? idx.regions.get(key) ?? idx.communes.get(key) ?? idx.departements.get(key);
}

let areaNames: { departements: Map<string, string>; regions: Map<string, string> } | undefined;

/** Names of départements and régions by INSEE code, without loading the 35,000 communes. */
export function frenchAreaNames() {
  areaNames ??= {
    departements: new Map(readEtalab<DepartementRow[]>("departements").map((d) => [d.code, d.nom])),
    regions: new Map(readEtalab<RegionRow[]>("regions").map((r) => [r.code, r.nom])),
  };
  return areaNames;
}
