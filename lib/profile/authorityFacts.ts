import type { FrenchAuthority } from "../model";
import { labelsOf } from "../labels";

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
export function authorityKindLabel(authority: Pick<FrenchAuthority, "kind">): string {
  return authority.kind ? labelsOf().authorityKinds[authority.kind] : "Collectivité non identifiée";
}

function codeLabel(authority: FrenchAuthority, areas: AreaNames): string {
  if (authority.kind === "epci") return "SIREN";
  // New Caledonia's provinces have no INSEE code: theirs is the project's ("988-sud").
  if (authority.kind === "collectivite-outremer" && authority.code && !areas.overseas.has(authority.code)) return "Code";
  return "Code INSEE";
}

/**
 * The identity card of a French authority: kind, INSEE code (SIREN for an EPCI), and the
 * département and région it lies in, or the overseas collectivity, each left out when unknown or
 * when it is the authority itself.
 */
export function authorityFacts(authority: FrenchAuthority, areas: AreaNames): AuthorityFact[] {
  const facts: AuthorityFact[] = [{ label: "Type", value: authorityKindLabel(authority) }];
  if (authority.code) facts.push({ label: codeLabel(authority, areas), value: authority.code });
  const overseas = authority.region ? areas.overseas.get(authority.region) : undefined;
  if (authority.region && overseas) {
    // The COG files an overseas collectivity's code as both the département and the région of
    // what lies in it, though it is neither: one line names the collectivity.
    if (authority.code !== authority.region) {
      facts.push({ label: labelsOf().authorityKinds["collectivite-outremer"], value: `${overseas} (${authority.region})` });
    }
    return facts;
  }
  if (authority.departement && authority.kind !== "departement") {
    const name = areas.departements.get(authority.departement);
    facts.push({ label: "Département", value: name ? `${name} (${authority.departement})` : authority.departement });
  }
  if (authority.region && authority.kind !== "region") {
    facts.push({ label: "Région", value: areas.regions.get(authority.region) ?? authority.region });
  }
  return facts;
}
