import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const REACT_DSFR = path.join(ROOT, "node_modules/@codegouvfr/react-dsfr");
const LIST = path.join(__dirname, "dsfr-styles.scss");

// Where the site's markup comes from. lib/ingest is left out: it reads the Atlas's own pages, whose
// classes (fr-sidemenu…) it skips, and draws nothing.
const SOURCE_DIRS = ["app", "components", "lib", "dsfr-bootstrap"];
const NOT_MARKUP = [path.join("lib", "ingest")];
// The react-dsfr components the site renders, which write DSFR classes of their own.
const REACT_DSFR_MODULES = ["Header", "MainNavigation", "Footer.js"];

function filesUnder(dir: string, extensions: RegExp): string[] {
  const stat = statSync(dir);
  if (stat.isFile()) return extensions.test(dir) ? [dir] : [];
  return readdirSync(dir).flatMap((name) => filesUnder(path.join(dir, name), extensions));
}

/** The class names a stylesheet's selectors name (url() and comments removed first). */
function cssClasses(css: string): Set<string> {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/url\([^)]*\)/g, "");
  return new Set(Array.from(selectors.matchAll(/\.(fr-[a-z0-9_-]+)/g), (match) => match[1]!));
}

function importedFiles(): string[] {
  const list = readFileSync(LIST, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  return Array.from(list.matchAll(/@use\s+"([^"]+)"/g), (match) => path.resolve(__dirname, match[1]!));
}

const full = cssClasses(readFileSync(path.join(REACT_DSFR, "dsfr/dsfr.min.css"), "utf8"));
const subset = cssClasses(importedFiles().map((file) => readFileSync(file, "utf8")).join("\n"));

function classesOfSources(): Map<string, string> {
  const found = new Map<string, string>();
  const files = [
    ...SOURCE_DIRS.flatMap((dir) => filesUnder(path.join(ROOT, dir), /\.tsx?$/)).filter(
      (file) => !file.endsWith(".test.ts") && !file.endsWith(".test.tsx") && !NOT_MARKUP.some((dir) => file.includes(`${path.sep}${dir}${path.sep}`)),
    ),
    ...REACT_DSFR_MODULES.flatMap((module) => filesUnder(path.join(REACT_DSFR, module), /\.js$/)),
  ];
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(/\bfr-[a-z0-9]+(?:[-_]+[a-z0-9]+)*/g)) {
      if (!found.has(match[0])) found.set(match[0], path.relative(ROOT, file));
    }
  }
  return found;
}

describe("the DSFR stylesheets the site loads (dsfr-styles.scss)", () => {
  it("imports files that exist, the core first after the icons and the print rules last", () => {
    const files = importedFiles();
    for (const file of files) expect(statSync(file).isFile(), file).toBe(true);
    expect(path.basename(files[1]!)).toBe("core.main.min.css");
    expect(path.basename(files.at(-1)!)).toBe("dsfr.print.min.css");
  });

  it("styles every DSFR class the site's markup names, as the whole dsfr.min.css does", () => {
    const used = classesOfSources();
    expect(used.size).toBeGreaterThan(100);
    const unstyled = [...used].filter(([name]) => full.has(name) && !subset.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(unstyled).toEqual([]);
  });

  it("draws every icon the sources name (icons.min.css, reduced to them by `react-dsfr update-icons`)", () => {
    const icons = [...classesOfSources()].filter(([name]) => /^fr-icon-[a-z0-9-]+$/.test(name) && !name.endsWith("-"));
    expect(icons.length).toBeGreaterThan(5);
    expect(icons.filter(([name]) => !subset.has(name)).map(([name, file]) => `${name} (${file})`)).toEqual([]);
  });

  it("leaves out components the site does not draw (but for the few print rules of dsfr.print.min.css)", () => {
    const onScreen = cssClasses(importedFiles().filter((file) => !file.endsWith(".print.min.css")).map((file) => readFileSync(file, "utf8")).join("\n"));
    for (const name of ["fr-card__title", "fr-tabs__tab", "fr-accordion__btn", "fr-stepper__steps", "fr-consent-banner", "fr-tile__title"]) {
      expect(full.has(name), name).toBe(true);
      expect(onScreen.has(name), name).toBe(false);
    }
  });

  it("keeps the dark scheme: its palette under data-fr-theme=dark, which the core's colour variables read", () => {
    const css = importedFiles().map((file) => readFileSync(file, "utf8")).join("\n");
    // Not toMatch(css): a failure would print the 460 KB stylesheet.
    expect(/:root\[data-fr-theme=dark\]\{[^}]*--grey-1000-50:#161616/.test(css)).toBe(true);
    expect(/--background-default-grey:var\(--grey-1000-50\)/.test(css)).toBe(true);
  });
});
