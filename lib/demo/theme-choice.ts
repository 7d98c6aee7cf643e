/** The main theme and the other themes of a demo partnership, drawn from the taxonomy of themes.ts. */
import type { FrenchAuthority, OtherTheme, ThemeRef } from "../model";
import type { DemoCountry } from "./countries-weights";
import { type Rng, WeightedTable } from "./random";
import { BORDER_WEIGHTS, CRISIS_BOOST, SUB_THEME_WEIGHTS, THEMES, type ThemeProfile } from "./themes";

interface ThemeChoice {
  theme: number;
  sub: number;
}

/** Weighted tables of (theme, sub-theme) per profile and context, built once. */
const themeTables = new Map<string, WeightedTable<ThemeChoice>>();
function themeTable(profile: ThemeProfile, border: boolean, crisis: boolean): WeightedTable<ThemeChoice> {
  const key = `${profile}:${border}:${crisis}`;
  let table = themeTables.get(key);
  if (!table) {
    const column = profile === "twinning" ? 0 : profile === "development" ? 1 : 2;
    const items: ThemeChoice[] = [];
    const weights: number[] = [];
    THEMES.forEach((theme, t) => {
      theme.subThemes.forEach((sub, s) => {
        let weight = ((border ? BORDER_WEIGHTS[sub.label] : undefined) ?? SUB_THEME_WEIGHTS[sub.label])?.[column] ?? 1;
        if (crisis) weight *= CRISIS_BOOST[sub.label] ?? 1;
        items.push({ theme: t, sub: s });
        weights.push(weight);
      });
    });
    table = new WeightedTable(items, weights);
    themeTables.set(key, table);
  }
  return table;
}

function themeRef(rng: Rng, choice: ThemeChoice, subSubRate: number, profile: ThemeProfile): ThemeRef {
  const theme = THEMES[choice.theme] as (typeof THEMES)[number];
  const sub = theme.subThemes[choice.sub] as (typeof theme.subThemes)[number];
  let subSubTheme: string | null = null;
  if (sub.subSubThemes.length > 0 && rng.chance(subSubRate)) {
    // The first sub-sub-themes are the most common; water dominates water-and-waste in development.
    const weights = sub.subSubThemes.map((_, i) => (profile === "development" && sub.label === "Eau et déchets" && i === 0 ? 6 : sub.subSubThemes.length - i));
    subSubTheme = sub.subSubThemes[rng.weightedIndex(weights)] ?? null;
  }
  return { theme: theme.label, subTheme: sub.label, subSubTheme };
}

/**
 * Draws a partnership's themes: none for a few, else a main theme and, for about a third, one to
 * three other themes, each of a different theme. Border regions and countries in crisis shift the
 * weights of some sub-themes.
 */
export function drawThemes(
  rng: Rng,
  profile: ThemeProfile,
  country: DemoCountry,
  leadRegion: FrenchAuthority["region"],
): { theme: ThemeRef | null; otherThemes: OtherTheme[] } {
  let theme: ThemeRef | null = null;
  const otherThemes: OtherTheme[] = [];
  if (!rng.chance(0.08)) {
    const border = country.border && country.borderRegions.includes(leadRegion ?? "");
    const table = themeTable(profile, border, country.crisis);
    const main = table.sample(rng);
    theme = themeRef(rng, main, 0.55, profile);
    if (rng.chance(0.38)) {
      const wanted = 1 + rng.weightedIndex([55, 30, 15]);
      const usedThemes = new Set([main.theme]);
      for (let attempt = 0; attempt < 20 && otherThemes.length < wanted; attempt++) {
        const other = table.sample(rng);
        if (usedThemes.has(other.theme)) continue;
        usedThemes.add(other.theme);
        otherThemes.push({ ...themeRef(rng, other, 0.3, profile), priority: otherThemes.length + 1 });
      }
    }
  }
  return { theme, otherThemes };
}
