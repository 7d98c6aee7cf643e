import { authorityKey, type Partnership } from "./model";

/** Headline figures of a set of partnerships. Amounts are in euros. */
export interface Summary {
  partnerships: number;
  frenchAuthorities: number;
  foreignPartners: number;
  countries: number;
  totalAmount: number;
  /** Partnerships that declare at least one funding row. */
  fundedPartnerships: number;
  /** fundedPartnerships / partnerships, 0 when there is none. */
  coverage: number;
  /** Partnerships read from the real Atlas (as opposed to generated ones). */
  realPartnerships: number;
}

/** Counts distinct authorities (by official code, else name), partners (name + country) and countries. */
export function summarize(partnerships: readonly Partnership[]): Summary {
  const authorities = new Set<string>();
  const partners = new Set<string>();
  const countries = new Set<string>();
  let totalAmount = 0;
  let fundedPartnerships = 0;
  let realPartnerships = 0;
  for (const p of partnerships) {
    for (const authority of p.frenchAuthorities) authorities.add(authorityKey(authority));
    for (const partner of p.foreignPartners) {
      partners.add(`${partner.country ?? partner.countryName}|${partner.name}`);
      if (partner.country) countries.add(partner.country);
    }
    if (p.funding.length > 0) fundedPartnerships += 1;
    for (const row of p.funding) totalAmount += row.amount;
    if (p.source.real) realPartnerships += 1;
  }
  return {
    partnerships: partnerships.length,
    frenchAuthorities: authorities.size,
    foreignPartners: partners.size,
    countries: countries.size,
    totalAmount,
    fundedPartnerships,
    coverage: partnerships.length === 0 ? 0 : fundedPartnerships / partnerships.length,
    realPartnerships,
  };
}
