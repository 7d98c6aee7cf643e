/**
 * The foreign side of the demo Atlas: 140 real countries (ISO 3166-1 alpha-2) with, for each, the
 * number of partnerships it has at scale 1, written by hand after the facts known about the real
 * Atlas: Germany above 2,300; Mali, Burkina Faso and Senegal 410–455; Europe and
 * francophone Africa dominant; then Lebanon, Palestine, Vietnam, China, Japan, Québec (Canada)…
 * The weights sum to about 12,700; the generator rescales them to the requested size.
 */

export type Continent = "Europe" | "Afrique" | "Amériques" | "Asie" | "Moyen-Orient" | "Océanie";

/**
 * How cooperation with the country usually looks:
 * - germany: post-war jumelages, the oldest (1950–1980);
 * - west-europe: jumelages, mostly 1960–1995;
 * - east-europe: jumelages and exchanges after 1989;
 * - north: exchanges with industrialised countries (North America, Japan, Korea, China, Israel, Oceania);
 * - development: cooperation projects (Africa, Haiti, Latin America, Middle East, Asia).
 */
export type CooperationGroup = "germany" | "west-europe" | "east-europe" | "north" | "development";

/** Which syllables the generated place names of the country use. */
export type LanguageGroup =
  | "de" | "en" | "fr" | "it" | "iber" | "slav" | "ro" | "hu" | "nordic" | "gr" | "cauc" | "turk"
  | "maghreb" | "levant" | "westafr" | "bantu" | "mg" | "vn" | "cn" | "jp" | "kr" | "sea" | "sasia" | "il";

export interface DemoCountry {
  code: string;
  /** Partnerships at scale 1 (before rescaling to the exact total). */
  weight: number;
  continent: Continent;
  group: CooperationGroup;
  lang: LanguageGroup;
  /** The French diplomatic post, e.g. "Ambassade de France au Mali". */
  embassy: string;
  /** Shares a border with France (cross-border cooperation). */
  border: boolean;
  /** French régions (INSEE codes) along that border, where cross-border projects are likely. */
  borderRegions: readonly string[];
  /** Crisis context (humanitarian, reconstruction themes more likely). */
  crisis: boolean;
  /** French designations of local partners ("Commune de"…), the first the most frequent. */
  local: readonly string[];
  /** French designation of a regional-level partner ("Cercle de", "Province de"…). */
  regional: string;
}

// code weight continent group lang flags(b=border, c=crisis, -=none) | preposition + country for the embassy
const TABLE = `
DE 2360 Europe germany de b | en Allemagne
IT 730 Europe west-europe it b | en Italie
GB 540 Europe west-europe en - | au Royaume-Uni
ES 430 Europe west-europe iber b | en Espagne
PL 330 Europe east-europe slav - | en Pologne
RO 300 Europe east-europe ro - | en Roumanie
BE 230 Europe west-europe fr b | en Belgique
PT 200 Europe west-europe iber - | au Portugal
HU 120 Europe east-europe hu - | en Hongrie
CZ 110 Europe east-europe slav - | en Tchéquie
IE 90 Europe west-europe en - | en Irlande
AM 90 Europe east-europe cauc - | en Arménie
NL 80 Europe west-europe nordic - | aux Pays-Bas
RU 70 Europe east-europe slav - | en Russie
UA 70 Europe east-europe slav c | en Ukraine
AT 60 Europe west-europe de - | en Autriche
CH 60 Europe west-europe de b | en Suisse
BG 60 Europe east-europe slav - | en Bulgarie
MD 60 Europe east-europe ro - | en Moldavie
GR 55 Europe west-europe gr - | en Grèce
SK 40 Europe east-europe slav - | en Slovaquie
GE 35 Europe east-europe cauc - | en Géorgie
HR 30 Europe east-europe slav - | en Croatie
RS 30 Europe east-europe slav - | en Serbie
SE 30 Europe west-europe nordic - | en Suède
DK 25 Europe west-europe nordic - | au Danemark
LT 20 Europe east-europe nordic - | en Lituanie
SI 20 Europe east-europe slav - | en Slovénie
LU 20 Europe west-europe fr b | au Luxembourg
AL 20 Europe east-europe gr - | en Albanie
FI 20 Europe west-europe nordic - | en Finlande
BA 18 Europe east-europe slav c | en Bosnie-Herzégovine
NO 15 Europe west-europe nordic - | en Norvège
MK 15 Europe east-europe slav - | en Macédoine du Nord
EE 12 Europe east-europe nordic - | en Estonie
LV 12 Europe east-europe nordic - | en Lettonie
BY 10 Europe east-europe slav - | en Biélorussie
MT 10 Europe west-europe it - | à Malte
CY 8 Europe west-europe gr - | à Chypre
ME 8 Europe east-europe slav - | au Monténégro
AZ 8 Europe east-europe cauc - | en Azerbaïdjan
IS 6 Europe west-europe nordic - | en Islande
ML 455 Afrique development westafr c | au Mali
BF 445 Afrique development westafr - | au Burkina Faso
SN 415 Afrique development westafr - | au Sénégal
MA 330 Afrique development maghreb - | au Maroc
BJ 280 Afrique development westafr - | au Bénin
MG 260 Afrique development mg - | à Madagascar
NE 190 Afrique development westafr c | au Niger
CM 170 Afrique development bantu - | au Cameroun
TG 150 Afrique development westafr - | au Togo
TN 150 Afrique development maghreb - | en Tunisie
CI 140 Afrique development westafr - | en Côte d'Ivoire
DZ 110 Afrique development maghreb - | en Algérie
MR 90 Afrique development maghreb - | en Mauritanie
GN 80 Afrique development westafr - | en Guinée
CD 50 Afrique development bantu c | en République démocratique du Congo
KM 40 Afrique development bantu - | aux Comores
EG 40 Afrique development maghreb - | en Égypte
ZA 40 Afrique development bantu - | en Afrique du Sud
TD 35 Afrique development westafr c | au Tchad
CG 30 Afrique development bantu - | au Congo
BI 30 Afrique development bantu - | au Burundi
GA 25 Afrique development bantu - | au Gabon
CV 25 Afrique development iber - | au Cap-Vert
MU 25 Afrique development fr - | à Maurice
RW 20 Afrique development bantu - | au Rwanda
GH 20 Afrique development westafr - | au Ghana
MZ 20 Afrique development iber - | au Mozambique
DJ 15 Afrique development maghreb - | à Djibouti
CF 15 Afrique development bantu c | en République centrafricaine
GM 15 Afrique development westafr - | en Gambie
ET 15 Afrique development bantu - | en Éthiopie
GW 10 Afrique development iber - | en Guinée-Bissau
NG 10 Afrique development westafr - | au Nigeria
KE 10 Afrique development bantu - | au Kenya
TZ 10 Afrique development bantu - | en Tanzanie
UG 8 Afrique development bantu - | en Ouganda
AO 6 Afrique development iber - | en Angola
SC 5 Afrique development fr - | aux Seychelles
NA 5 Afrique development bantu - | en Namibie
ZW 5 Afrique development bantu - | au Zimbabwe
SL 5 Afrique development westafr - | en Sierra Leone
LR 5 Afrique development westafr - | au Liberia
MW 5 Afrique development bantu - | au Malawi
HT 120 Amériques development fr c | en Haïti
CA 200 Amériques north fr - | au Canada
US 170 Amériques north en - | aux États-Unis
BR 90 Amériques development iber - | au Brésil
CL 50 Amériques development iber - | au Chili
MX 40 Amériques development iber - | au Mexique
AR 30 Amériques development iber - | en Argentine
PE 30 Amériques development iber - | au Pérou
CO 25 Amériques development iber - | en Colombie
NI 20 Amériques development iber - | au Nicaragua
CU 20 Amériques development iber - | à Cuba
BO 20 Amériques development iber - | en Bolivie
SV 15 Amériques development iber - | au Salvador
GT 15 Amériques development iber - | au Guatemala
EC 15 Amériques development iber - | en Équateur
UY 10 Amériques development iber - | en Uruguay
HN 10 Amériques development iber - | au Honduras
CR 10 Amériques development iber - | au Costa Rica
DO 10 Amériques development iber - | en République dominicaine
DM 8 Amériques development fr - | à la Dominique
LC 5 Amériques development fr - | à Sainte-Lucie
PY 5 Amériques development iber - | au Paraguay
VE 5 Amériques development iber - | au Venezuela
LB 160 Moyen-Orient development levant c | au Liban
PS 130 Moyen-Orient development levant c | *Consulat général de France à Jérusalem
IL 40 Moyen-Orient north il - | en Israël
TR 40 Moyen-Orient development turk - | en Turquie
JO 30 Moyen-Orient development levant - | en Jordanie
SY 10 Moyen-Orient development levant c | en Syrie
IQ 8 Moyen-Orient development levant c | en Irak
VN 260 Asie development vn - | au Viêt Nam
CN 230 Asie north cn - | en Chine
JP 150 Asie north jp - | au Japon
KH 60 Asie development sea - | au Cambodge
LA 40 Asie development sea - | au Laos
IN 40 Asie development sasia - | en Inde
KR 30 Asie north kr - | en Corée
TH 15 Asie development sea - | en Thaïlande
MN 10 Asie development turk - | en Mongolie
NP 10 Asie development sasia - | au Népal
LK 10 Asie development sasia - | au Sri Lanka
KZ 10 Asie development turk - | au Kazakhstan
UZ 10 Asie development turk - | en Ouzbékistan
ID 10 Asie development sea - | en Indonésie
AF 8 Asie development turk c | en Afghanistan
PH 8 Asie development sea - | aux Philippines
BD 8 Asie development sasia - | au Bangladesh
MM 6 Asie development sea - | en Birmanie
KG 5 Asie development turk - | au Kirghizistan
TJ 5 Asie development turk - | au Tadjikistan
SG 5 Asie north sea - | à Singapour
MY 5 Asie development sea - | en Malaisie
AU 15 Océanie north en - | en Australie
NZ 10 Océanie north en - | en Nouvelle-Zélande
VU 15 Océanie development sea - | au Vanuatu
`;

/** French régions along each land border (Grand Est, Hauts-de-France, Bourgogne-Franche-Comté, AURA, PACA, Corse, Nouvelle-Aquitaine, Occitanie). */
const BORDER_REGIONS: Record<string, readonly string[]> = {
  DE: ["44"],
  BE: ["32", "44"],
  LU: ["44"],
  CH: ["44", "27", "84"],
  IT: ["84", "93", "94"],
  ES: ["75", "76"],
};

/** Default designations by language group, then per-country ones. */
const LOCAL_BY_LANG: Partial<Record<LanguageGroup, readonly string[]>> = {
  de: ["Ville de", "Commune de"],
  en: ["Ville de", "Commune de"],
  it: ["Commune de"],
  iber: ["Municipalité de", "Commune de"],
  maghreb: ["Commune de", "Municipalité de"],
  levant: ["Municipalité de"],
  westafr: ["Commune de", "Commune rurale de"],
  vn: ["District de", "Ville de"],
  cn: ["Ville de", "District de"],
  jp: ["Ville de"],
  kr: ["Ville de"],
};
const REGIONAL_BY_LANG: Partial<Record<LanguageGroup, string>> = {
  de: "Arrondissement de",
  en: "Comté de",
  it: "Province de",
  iber: "Département de",
  slav: "District de",
  hu: "Comitat de",
  maghreb: "Province de",
  levant: "Gouvernorat de",
  westafr: "Département de",
  bantu: "Département de",
  vn: "Province de",
  cn: "Province de",
  jp: "Préfecture de",
  kr: "Province de",
  turk: "Province de",
};
const LOCAL_BY_COUNTRY: Record<string, readonly string[]> = {
  ES: ["Commune de", "Ville de"],
  CL: ["Commune de"],
  TN: ["Municipalité de"],
  EG: ["Ville de"],
  CA: ["Municipalité de", "Ville de"],
  US: ["Ville de"],
  RW: ["District de"],
  CD: ["Ville de", "Commune de"],
  MG: ["Commune urbaine de", "Commune rurale de"],
};
const REGIONAL_BY_COUNTRY: Record<string, string> = {
  ES: "Province de",
  PT: "District de",
  BR: "Région de",
  CL: "Région de",
  GB: "Comté de",
  RO: "Județ de",
  MD: "Raion de",
  ML: "Cercle de",
  BF: "Province de",
  TG: "Préfecture de",
  GN: "Préfecture de",
  CI: "Région de",
  DZ: "Wilaya de",
  MR: "Wilaya de",
  TN: "Gouvernorat de",
  EG: "Gouvernorat de",
  LB: "Fédération de municipalités de",
  MG: "Région",
  CA: "MRC de",
  HT: "Arrondissement de",
  CD: "Province de",
  RW: "Province de",
  BI: "Province de",
};

export const DEMO_COUNTRIES: readonly DemoCountry[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [head, tail] = line.split(" | ") as [string, string];
    const [code, weight, continent, group, lang, flags] = head.split(" ") as [
      string, string, Continent, CooperationGroup, LanguageGroup, string,
    ];
    const embassy = tail.startsWith("*") ? tail.slice(1) : `Ambassade de France ${tail}`;
    return {
      code,
      weight: Number(weight),
      continent,
      group,
      lang,
      embassy,
      border: flags.includes("b"),
      borderRegions: BORDER_REGIONS[code] ?? [],
      crisis: flags.includes("c"),
      local: LOCAL_BY_COUNTRY[code] ?? LOCAL_BY_LANG[lang] ?? ["Commune de", "Ville de"],
      regional: REGIONAL_BY_COUNTRY[code] ?? REGIONAL_BY_LANG[lang] ?? "Région de",
    };
  });
