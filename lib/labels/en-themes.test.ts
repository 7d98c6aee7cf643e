import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import { THEMES } from "../demo/themes";
import { dataDirectory } from "../data/load";
import { readDataset } from "../data/store";
import { missingThemeTranslations, themeKey, themeName } from "../i18n/theme-names";
import { readRealRecords } from "../ingest/real-records";
import type { Partnership } from "../model";
import { themesEn } from "./en-themes";

type Level = "theme" | "subTheme" | "subSubTheme";
type ThemeLabels = Record<Level, Set<string>>;

const REAL_RECORDS = fileURLToPath(new URL("../../data/real", import.meta.url));

function emptyLabels(): ThemeLabels {
  return { theme: new Set(), subTheme: new Set(), subSubTheme: new Set() };
}

/** Every theme label of the demo taxonomy, by level. */
function taxonomyLabels(): ThemeLabels {
  const labels = emptyLabels();
  for (const theme of THEMES) {
    labels.theme.add(theme.label);
    for (const sub of theme.subThemes) {
      labels.subTheme.add(sub.label);
      for (const subSub of sub.subSubThemes) labels.subSubTheme.add(subSub);
    }
  }
  return labels;
}

/** Every theme label that partnerships carry, main and other themes, by level. */
function recordLabels(partnerships: readonly Partnership[]): ThemeLabels {
  const labels = emptyLabels();
  for (const partnership of partnerships) {
    for (const ref of [partnership.theme, ...partnership.otherThemes]) {
      if (!ref) continue;
      labels.theme.add(ref.theme);
      if (ref.subTheme) labels.subTheme.add(ref.subTheme);
      if (ref.subSubTheme) labels.subSubTheme.add(ref.subSubTheme);
    }
  }
  return labels;
}

/** The labels of every level with no English name, listed in the failure message. */
function missing(labels: ThemeLabels): string[] {
  return missingThemeTranslations([...labels.theme, ...labels.subTheme, ...labels.subSubTheme]);
}

describe("English theme names", () => {
  it("names every theme, sub-theme and sub-sub-theme of the demo taxonomy", () => {
    const labels = taxonomyLabels();
    expect(labels.theme.size).toBeGreaterThan(0);
    expect(missing(labels), "themes with no English name in lib/labels/en-themes.ts").toEqual([]);
  });

  it("names every theme of the real Atlas records (data/real)", async () => {
    const real = await readRealRecords(REAL_RECORDS);
    const labels = recordLabels(real);
    // The real fiches do carry themes: an empty set would make this test pass on nothing.
    expect(labels.theme.size).toBeGreaterThan(0);
    expect(labels.subTheme.size).toBeGreaterThan(0);
    expect(missing(labels), "themes of data/real with no English name in lib/labels/en-themes.ts").toEqual([]);
  });

  it("names every theme of generated demo partnerships", () => {
    const labels = recordLabels(generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.04 }));
    expect(missing(labels), "themes of the demo data with no English name in lib/labels/en-themes.ts").toEqual([]);
  });

  // The dataset the app serves (data/dataset.json, or $ATLAS_DATA_DIR's) may be an imported one
  // with themes the demo lacks; it is git-ignored, so absent on a fresh checkout.
  it("names every theme of the dataset the app serves, when there is one", async () => {
    const dataset = await readDataset(dataDirectory());
    if (!dataset) return;
    expect(missing(recordLabels(dataset.partnerships)), `themes of ${dataDirectory()} with no English name in lib/labels/en-themes.ts`).toEqual([]);
  });

  it("gives no two themes of one level the same English name", () => {
    const labels = taxonomyLabels();
    for (const level of ["theme", "subTheme", "subSubTheme"] as const) {
      const byEnglish = new Map<string, string[]>();
      for (const label of labels[level]) {
        const english = themeName(label, "en");
        byEnglish.set(english, [...(byEnglish.get(english) ?? []), label]);
      }
      const shared = [...byEnglish].filter(([, french]) => french.length > 1).map(([english, french]) => `${english} ← ${french.join(" | ")}`);
      expect(shared, `${level}: one English name for several themes`).toEqual([]);
    }
  });

  it("keys no two entries the same once accents and case are set aside", () => {
    const keys = new Map<string, string>();
    const clashes: string[] = [];
    for (const french of Object.keys(themesEn)) {
      const other = keys.get(themeKey(french));
      if (other !== undefined) clashes.push(`${other} | ${french}`);
      keys.set(themeKey(french), french);
    }
    expect(clashes).toEqual([]);
  });

  it("has a non-empty English name, trimmed, for every entry", () => {
    const bad = Object.entries(themesEn).filter(([, english]) => english.trim() === "" || english !== english.trim());
    expect(bad).toEqual([]);
  });
});

describe("themeName", () => {
  it("leaves French unchanged, in any spelling", () => {
    expect(themeName("Economie durable", "fr")).toBe("Economie durable");
    expect(themeName("Inconnue", "fr")).toBe("Inconnue");
  });

  it("finds the English name of the data's spelling and of its accent and case variants", () => {
    expect(themeName("Economie durable", "en")).toBe("Sustainable economy");
    expect(themeName("Économie durable", "en")).toBe("Sustainable economy");
    expect(themeName("ECONOMIE  DURABLE ", "en")).toBe("Sustainable economy");
    expect(themeName("Egalite femmes-hommes", "en")).toBe("Gender equality");
    expect(themeName("Protection / Gestion de l’environnement / Biodiversité", "en")).toBe(
      "Environmental protection / Environmental management / Biodiversity",
    );
  });

  it("falls back to the French label for a theme the table lacks, without throwing", () => {
    expect(themeName("Thématique inconnue", "en")).toBe("Thématique inconnue");
    expect(themeName("", "en")).toBe("");
    expect(themeName("constructor", "en")).toBe("constructor");
  });

  it("lists the missing labels once each, in their order", () => {
    expect(missingThemeTranslations(["Santé", "B inconnue", "A inconnue", "B inconnue", "sante"])).toEqual(["B inconnue", "A inconnue"]);
  });
});
