import type { Partnership } from "../model";

const collator = new Intl.Collator("fr");

/**
 * The French diplomatic post of a partner country: the `embassy.post` its partnerships name most
 * often (null when none names one). Partnerships whose foreign partners are all in that country
 * are counted first, since a partnership spanning several countries names one post for all of
 * them; ties go to the first post in French alphabetical order, so the answer is stable.
 */
export function mostFrequentEmbassy(partnerships: readonly Pick<Partnership, "embassy" | "foreignPartners">[], country: string): string | null {
  const onlyThere = new Map<string, number>();
  const anyThere = new Map<string, number>();
  for (const p of partnerships) {
    const post = p.embassy?.post;
    if (!post || !p.foreignPartners.some((partner) => partner.country === country)) continue;
    anyThere.set(post, (anyThere.get(post) ?? 0) + 1);
    if (p.foreignPartners.every((partner) => partner.country === country)) onlyThere.set(post, (onlyThere.get(post) ?? 0) + 1);
  }
  return mostFrequent(onlyThere.size > 0 ? onlyThere : anyThere);
}

function mostFrequent(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && collator.compare(value, best) < 0)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** The post `mostFrequentEmbassy` gives for every partner country that has one, in one pass. */
export function embassiesByCountry(partnerships: readonly Pick<Partnership, "embassy" | "foreignPartners">[]): Record<string, string> {
  const byCountry = new Map<string, Pick<Partnership, "embassy" | "foreignPartners">[]>();
  for (const p of partnerships) {
    if (!p.embassy?.post) continue;
    for (const country of new Set(p.foreignPartners.map((partner) => partner.country))) {
      if (!country) continue;
      const list = byCountry.get(country);
      if (list) list.push(p);
      else byCountry.set(country, [p]);
    }
  }
  const posts: Record<string, string> = {};
  for (const [country, list] of byCountry) {
    const post = mostFrequentEmbassy(list, country);
    if (post) posts[country] = post;
  }
  return posts;
}
