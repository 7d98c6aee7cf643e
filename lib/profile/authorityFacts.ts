import type { FrenchAuthority } from "../model";
import { labelsOf } from "../labels";

/** One line of an authority's identity card. */
export interface AuthorityFact {
  label: string;
  value: string;
}

/** Names of départements and régions by INSEE code (see frenchAreaNames in lib/authorities.ts). */
export interface AreaNames {
  departements: ReadonlyMap<string, string>;
  regions: ReadonlyMap<string, string>;
}

/** "Commune", "Intercommunalité (EPCI)"…, or a note when the Atlas's name could not be matched to the official geography. */
export function authorityKindLabel(authority: Pick<FrenchAuthority, "kind">): string {
  return authority.kind ? labelsOf().authorityKinds[authority.kind] : "Collectivité non identifiée";
}

/**
 * The identity card of a French authority: kind, INSEE code (SIREN for an EPCI), and the
 * département and région it lies in, each left out when unknown or when it is the authority itself.
 */
export function authorityFacts(authority: FrenchAuthority, areas: AreaNames): AuthorityFact[] {
  const facts: AuthorityFact[] = [{ label: "Type", value: authorityKindLabel(authority) }];
  if (authority.code) facts.push({ label: authority.kind === "epci" ? "SIREN" : "Code INSEE", value: authority.code });
  if (authority.departement && authority.kind !== "departement") {
    const name = areas.departements.get(authority.departement);
    facts.push({ label: "Département", value: name ? `${name} (${authority.departement})` : authority.departement });
  }
  if (authority.region && authority.kind !== "region") {
    facts.push({ label: "Région", value: areas.regions.get(authority.region) ?? authority.region });
  }
  return facts;
}
