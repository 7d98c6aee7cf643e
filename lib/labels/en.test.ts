import { describe, expect, it } from "vitest";
import { en } from "./en";
import { fr } from "./fr";

/** English strings that are rightly the French ones: international words, letters, symbols. */
const SAME_STRINGS = new Set(["Europe", "Total", "MEAE", "A", "B", "—", " | ", " › ", "Page", "Source", "Licence", "Pause", "Contribution", "Contribution (€)", "Menu"]);
/** Functions whose output is the same in both languages: numbers and names around a symbol. */
const SAME_OUTPUTS = new Set(["presentation.player.counter", "dashboard.filters.foldShown", "compare.columns.value", "compare.caption.sameScope", "pages.list.pagination.page"]);
/** Proper names English text keeps in French; set aside before looking for French words. */
const PROPER_NAMES = ["Atlas coopération"];
/**
 * Leaves that stay French in English, by exact path: the DSFR's Marianne block names the Republic
 * in French on every State site, and the language switch names French in French. Exact paths hide
 * nothing else, so they need not be in use (site joins the table on the lead's branch).
 */
const KEPT_FRENCH = new Set(["site.republic.0", "site.republic.1", "site.otherLanguage"]);

/** Arguments for the functions that look a label up by their argument: any other value would read "undefined". */
const SAMPLE_ARGS: Record<string, unknown[][]> = {
  "panels.themes": [["theme"], ["subTheme"], ["subSubTheme"]],
  "panels.map": [["partnerships"], ["amount"], ["frenchAuthorities"]],
  "panels.mapLegend": [["partnerships"], ["amount"], ["frenchAuthorities"], ["oudinAmount"]],
  "france.title": [["region", "amount"], ["departement", "partnerships"]],
  "france.legend": [["region", "amount"], ["departement", "frenchAuthorities"]],
  "france.more": [["3", "region"], ["3", "departement"]],
  "france.lead": [["region", "3", "X", "Y"], ["departement", "3", "X", "Y"]],
  "time.valueText": [[2020, "active"], [2020, "started"]],
  "time.chip": [[2020, "active"], [2020, "started"]],
};
/** Otherwise every argument gets the same sample: counts 0, 1, 2, a text, both booleans. */
const DEFAULT_SAMPLES: unknown[] = [0, 1, 2, "X", true, false];

function argumentSets(path: string, arity: number): unknown[][] {
  return SAMPLE_ARGS[path] ?? DEFAULT_SAMPLES.map((sample) => Array.from({ length: arity }, () => sample));
}

interface Leaf {
  path: string;
  fr: string;
  en: string;
}

/**
 * Walks both tables together: records shape problems (a key on one side only, a leaf of another
 * kind, a function of another arity) and returns every pair of texts, functions called.
 */
function walk(frValue: unknown, enValue: unknown, path: string, problems: string[], leaves: Leaf[]): void {
  const kind = (value: unknown) => (Array.isArray(value) ? "array" : value === null ? "null" : typeof value);
  if (kind(frValue) !== kind(enValue)) {
    problems.push(`${path}: ${kind(frValue)} in French, ${kind(enValue)} in English`);
    return;
  }
  if (typeof frValue === "string") {
    leaves.push({ path, fr: frValue, en: enValue as string });
  } else if (typeof frValue === "function" && typeof enValue === "function") {
    if (frValue.length !== enValue.length) problems.push(`${path}: ${frValue.length} parameters in French, ${enValue.length} in English`);
    for (const args of argumentSets(path, frValue.length)) {
      const [frText, enText] = [frValue(...args), enValue(...args)];
      const call = `${path}(${args.map((arg) => JSON.stringify(arg)).join(", ")})`;
      if (typeof enText !== "string") problems.push(`${call}: returns ${typeof enText}`);
      else leaves.push({ path: call, fr: String(frText), en: enText });
    }
  } else if (typeof frValue === "object" && frValue !== null) {
    const frKeys = Object.keys(frValue);
    const enKeys = Object.keys(enValue as object);
    for (const key of frKeys.filter((k) => !enKeys.includes(k))) problems.push(`${path}.${key}: missing in English`);
    for (const key of enKeys.filter((k) => !frKeys.includes(k))) problems.push(`${path}.${key}: not in French`);
    for (const key of frKeys.filter((k) => enKeys.includes(k))) {
      walk((frValue as Record<string, unknown>)[key], (enValue as Record<string, unknown>)[key], path ? `${path}.${key}` : key, problems, leaves);
    }
  }
}

function collect(): { problems: string[]; leaves: Leaf[] } {
  const problems: string[] = [];
  const leaves: Leaf[] = [];
  walk(fr, en, "", problems, leaves);
  return { problems, leaves: leaves.filter((leaf) => !KEPT_FRENCH.has(leaf.path)) };
}

const functionPath = (path: string) => path.replace(/\(.*$/s, "");

/** Signs of French in a text meant to be English: accents, guillemets, common short words, a space before ":" or ";". */
function frenchSigns(text: string): string[] {
  const rest = PROPER_NAMES.reduce((t, name) => t.replaceAll(name, ""), text);
  const signs: string[] = [];
  const letters = rest.match(/[àâäçéèêëîïôöùûüÿœæ«»]/giu);
  if (letters) signs.push(`letters ${[...new Set(letters)].join("")}`);
  const words = rest.match(/\b(de|des|du|les|le|la|et|une|pour|sur|dans|avec|par|aucun|aucune)\b/giu);
  if (words) signs.push(`words ${[...new Set(words)].join(", ")}`);
  if (/ [:;!?](\s|$)/u.test(rest)) signs.push("a space before punctuation");
  return signs;
}

describe("the English labels", () => {
  it("have French's shape: the same keys, kinds of leaf and function arities", () => {
    expect(collect().problems).toEqual([]);
  });

  it("have a text for every leaf and every function call", () => {
    const empty = collect().leaves.filter((leaf) => leaf.en.trim() === "").map((leaf) => leaf.path);
    expect(empty).toEqual([]);
  });

  it("call no function into an undefined label", () => {
    const broken = collect().leaves.filter((leaf) => /undefined|NaN|\[object /.test(leaf.en)).map((leaf) => `${leaf.path}: ${leaf.en}`);
    expect(broken).toEqual([]);
  });

  it("differ from French, save a few international words and symbols", () => {
    const same = collect()
      .leaves.filter((leaf) => leaf.en === leaf.fr && !SAME_STRINGS.has(leaf.en) && !SAME_OUTPUTS.has(functionPath(leaf.path)))
      .map((leaf) => `${leaf.path}: ${leaf.en}`);
    expect(same).toEqual([]);
  });

  it("leak no French: no accented letters, guillemets, French short words or space before a colon", () => {
    const leaks = collect()
      .leaves.map((leaf) => ({ leaf, signs: frenchSigns(leaf.en) }))
      .filter(({ signs }) => signs.length > 0)
      .map(({ leaf, signs }) => `${leaf.path}: ${signs.join("; ")} in “${leaf.en}”`);
    expect(leaks).toEqual([]);
  });

  it("keep the allowlists short and used, so that they hide nothing", () => {
    const { leaves } = collect();
    const unusedStrings = [...SAME_STRINGS].filter((text) => !leaves.some((leaf) => leaf.en === text && leaf.fr === text));
    const unusedOutputs = [...SAME_OUTPUTS].filter((path) => !leaves.some((leaf) => functionPath(leaf.path) === path && leaf.en === leaf.fr));
    expect([...unusedStrings, ...unusedOutputs]).toEqual([]);
  });

  it("count English plurals: zero and several are plural, one is singular", () => {
    expect(en.tiles.labels.partnerships(0)).toBe("partnerships");
    expect(en.tiles.labels.partnerships(1)).toBe("partnership");
    expect(en.tiles.labels.partnerships(2)).toBe("partnerships");
    expect(en.presentation.added(1)).toBe("Added to the presentation (1 view)");
    expect(en.presentation.added(0)).toBe("Added to the presentation (0 views)");
    expect(en.downloads.readme.contents("10", "1", "5")).toContain("1 real Atlas record,");
    expect(en.downloads.readme.contents("10", "2", "5")).toContain("2 real Atlas records,");
  });

  it("agree with counts passed as formatted text, and with French's plural flag at zero", () => {
    expect(en.detail.count("1")).toBe("1 partnership contributes to this number.");
    expect(en.detail.count("1,204")).toBe("1,204 partnerships contribute to this number.");
    expect(en.downloads.fundingCaption("1", "1")).toBe("1 funding row of 1 partnership");
    expect(en.france.more("1", "departement")).toBe("Show the other department");
    expect(en.france.more("3", "region")).toBe("Show the 3 other regions");
    expect(en.time.playing("1", 2020)).toBe("Playing: one year every 1 second, up to 2020.");
    // French callers pass plural = n > 1, false for zero.
    expect(en.caption.partnerships("0", false)).toBe("0 partnerships");
    expect(en.caption.countries("1", false)).toBe("1 partner country");
  });

  it("use the English quotation marks and the names of the brief", () => {
    expect(en.quoted("Eau")).toBe("“Eau”");
    expect(en.financerCategories.meae).toBe("Ministry for Europe and Foreign Affairs (MEAE)");
    expect(en.licence).toContain("Etalab Open Licence 2.0");
    expect(en.demoWarning).toMatch(/^Demonstration data/);
    expect(en.panels.themes("subTheme")).toBe("Declared funding by sub-theme");
  });
});
