import { VISIONS } from "@/lib/a11y/colour-vision";
import { MIN_DELTA_E, checkedPalettes, scorePalette } from "@/lib/a11y/palettes";

// Prints, as the Markdown table of docs/accessibility.md, the smallest CIEDE2000 difference of
// each palette under each simulated vision: `npx tsx scripts/palette-scores.ts`. A figure in
// brackets is one that palette is not held to (MIN_DELTA_E applies to the others).

const header = `| palette | ${VISIONS.join(" | ")} |`;
const rule = `|---|${VISIONS.map(() => "---:").join("|")}|`;
const rows = checkedPalettes().map((palette) => {
  const cells = scorePalette(palette).map(({ vision, deltaE }) => {
    const figure = deltaE.toFixed(1);
    if (!palette.visions.includes(vision)) return `(${figure})`;
    return deltaE >= MIN_DELTA_E ? figure : `**${figure}**`;
  });
  return `| ${palette.name} | ${cells.join(" | ")} |`;
});
console.log([header, rule, ...rows].join("\n"));
