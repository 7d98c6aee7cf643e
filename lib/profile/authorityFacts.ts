import type { FrenchAuthority } from "../model";
import { type Lang, labelsOf } from "../labels";

/** One line of an authority's identity card. */
export interface AuthorityFact {
  label: string;
  value: string;
}

/** Names of départements, régions and overseas collectivities by INSEE code (see frenchAreaNames in lib/authorities.ts). */
export interface AreaNames {
  departements: ReadonlyMap<string, string>;
  regions: ReadonlyMap<string, string>;
  overseas: ReadonlyMap<string, string>;
}

/** "Commune", "Intercommunalité (EPCI)"…, or a note when the Atlas's name could not be matched to the official geography. */
export function authorityKindLabel(authority: Pick<FrenchAuthority, "kind">, lang: Lang = "fr"): string {
  const labels = labelsOf(lang);
  return authority.kind ? labels.authorityKinds[authority.kind] : labels.pages.profile.authority.unidentified;
}

function codeLabel(authority: FrenchAuthority, areas: AreaNames, lang: Lang): string {
  const text = labelsOf(lang).pages.profile.authority;
  if (authority.kind === "epci") return text.siren;
  // New Caledonia's provinces have no INSEE code: theirs is the project's ("988-sud").
  if (authority.kind === "collectivite-outremer" && authority.code && !areas.overseas.has(authority.code)) return text.code;
  return text.insee;
}

/**
 * The identity card of a French authority: kind, INSEE code (SIREN for an EPCI), and the
 * département and région it lies in, or the overseas collectivity, each left out when unknown or
 * when it is the authority itself.
 */
export function authorityFacts(authority: FrenchAuthority, areas: AreaNames, lang: Lang = "fr"): AuthorityFact[] {
  const labels = labelsOf(lang);
  const text = labels.pages.profile.authority;
  const facts: AuthorityFact[] = [{ label: text.type, value: authorityKindLabel(authority, lang) }];
  if (authority.code) facts.push({ label: codeLabel(authority, areas, lang), value: authority.code });
  const overseas = authority.region ? areas.overseas.get(authority.region) : undefined;
  if (authority.region && overseas) {
    // The COG files an overseas collectivity's code as both the département and the région of
    // what lies in it, though it is neither: one line names the collectivity.
    if (authority.code !== authority.region) {
      facts.push({ label: labels.authorityKinds["collectivite-outremer"], value: `${overseas} (${authority.region})` });
    }
    return facts;
  }
  if (authority.departement && authority.kind !== "departement") {
    const name = areas.departements.get(authority.departement);
    facts.push({ label: text.departement, value: name ? `${name} (${authority.departement})` : authority.departement });
  }
  if (authority.region && authority.kind !== "region") {
    facts.push({ label: text.region, value: areas.regions.get(authority.region) ?? authority.region });
  }
  return facts;
}
