import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import fr from "i18n-iso-countries/langs/fr.json";
import type { Lang } from "./i18n/lang";
import { normalizeName } from "./normalize";

countries.registerLocale(fr);
// Registered here too: the browser build of i18n-iso-countries registers no language of its own.
countries.registerLocale(en);

/** Names the Atlas and common French usage give that i18n-iso-countries does not list. */
const ALIASES: Record<string, string> = {
  "etats unis": "US",
  "etats unis d amerique": "US",
  usa: "US",
  "viet nam": "VN",
  "cote d ivoire": "CI",
  "cote divoire": "CI",
  congo: "CG",
  "republique du congo": "CG",
  "congo brazzaville": "CG",
  "congo kinshasa": "CD",
  rdc: "CD",
  "territoires palestiniens": "PS",
  "territoires palestiniens occupes": "PS",
  tchequie: "CZ",
  "republique tcheque": "CZ",
  macedoine: "MK",
  "ancienne republique yougoslave de macedoine": "MK",
  birmanie: "MM",
  myanmar: "MM",
  "cap vert": "CV",
  "cabo verde": "CV",
  swaziland: "SZ",
  eswatini: "SZ",
  "coree du sud": "KR",
  "republique de coree": "KR",
  "coree du nord": "KP",
  "guinee bissao": "GW",
  "guinee bissau": "GW",
  "timor oriental": "TL",
  "iles comores": "KM",
  "republique centrafricaine": "CF",
  centrafrique: "CF",
  "royaume uni": "GB",
  "grande bretagne": "GB",
  angleterre: "GB",
  ecosse: "GB",
  "pays de galles": "GB",
  moldova: "MD",
  "republique de moldavie": "MD",
  russie: "RU",
  "federation de russie": "RU",
  bielorussie: "BY",
  belarus: "BY",
  kirghizstan: "KG",
  kirghizie: "KG",
  "saint siege": "VA",
  vatican: "VA",
};

let byName: Map<string, string> | undefined;

function nameIndex(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  for (const [code, names] of Object.entries(countries.getNames("fr", { select: "all" }))) {
    for (const name of names) byName.set(normalizeName(name), code);
  }
  for (const [code, name] of Object.entries(countries.getNames("en", { select: "official" }))) {
    if (!byName.has(normalizeName(name))) byName.set(normalizeName(name), code);
  }
  return byName;
}

/** ISO 3166-1 alpha-2 code of a country named in French (accents, case and hyphens ignored); null if unknown. */
export function countryCodeFromName(name: string): string | null {
  return nameIndex().get(normalizeName(name)) ?? null;
}

/** Short names French usage prefers over i18n-iso-countries' official ones. */
const PREFERRED_NAMES: Record<string, string> = {
  US: "États-Unis",
  CI: "Côte d'Ivoire",
  CZ: "Tchéquie",
  CG: "Congo",
  VN: "Viêt Nam",
  MK: "Macédoine du Nord",
};

/** The French short name of an ISO alpha-2 code, e.g. "MA" → "Maroc". */
export function countryNameFr(code: string): string {
  return PREFERRED_NAMES[code] ?? countries.getName(code, "fr") ?? code;
}

/** Short names English usage prefers over i18n-iso-countries' official ones. */
const PREFERRED_NAMES_EN: Record<string, string> = {
  US: "United States",
  CI: "Côte d'Ivoire",
  MK: "North Macedonia",
  PS: "Palestine",
  CD: "DR Congo",
  CG: "Congo",
  GB: "United Kingdom",
  RU: "Russia",
};

/** The English short name of an ISO alpha-2 code, e.g. "MA" → "Morocco". */
export function countryNameEn(code: string): string {
  return PREFERRED_NAMES_EN[code] ?? countries.getName(code, "en") ?? code;
}

/** A country's name in a language: the dataset's (French) name, or the English short name of its code. */
export function countryName(code: string, lang: Lang, datasetName?: string): string {
  if (lang === "en") return countryNameEn(code);
  return datasetName ?? countryNameFr(code);
}
