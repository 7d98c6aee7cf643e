import { describe, expect, it } from "vitest";
import { formatEuros, formatEurosCompact, formatInteger } from "@/lib/format";
import { choroplethLegendItems, classLabels } from "./legend";
import { NO_DATA_COLOR, ZERO_COLOR, buildClassScale } from "./scales";

describe("classLabels", () => {
  it("reads integer classes as closed ranges starting after the previous bound", () => {
    const scale = buildClassScale([1, 1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 45, 80, 150, 400, 2360]);
    expect(classLabels(scale, "partnerships")).toEqual(["1 – 2", "3 – 6", "7 – 15", "16 – 50", `51 – ${formatInteger(2360)}`]);
  });

  it("reads a one-value class as that value", () => {
    expect(classLabels(buildClassScale([1, 2, 3]), "frenchAuthorities")).toEqual(["1", "2", "3"]);
  });

  it("reads amounts as compact euro ranges", () => {
    const scale = buildClassScale([800, 5_000, 12_000, 30_000, 48_652, 90_000, 210_000, 600_000, 1_234_567, 9_870_000]);
    const labels = classLabels(scale, "amount");
    expect(labels).toEqual([
      `${formatEuros(800)} – 10 k€`, "10 k€ – 40 k€", "40 k€ – 150 k€", "150 k€ – 800 k€", `800 k€ – ${formatEurosCompact(9_870_000)}`,
    ]);
    expect(labels[4]).toBe("800 k€ – 9,9 M€");
  });
});

describe("choroplethLegendItems", () => {
  it("ends with a zero swatch (when present) and a distinct 'Aucune donnée' swatch", () => {
    const items = choroplethLegendItems(buildClassScale([0, 1_200_000, 5_000, 40_000]), "amount");
    const zero = items.find((item) => item.key === "zero");
    const noData = items.at(-1)!;
    expect(zero).toEqual({ key: "zero", color: ZERO_COLOR, label: `${formatEuros(0)} (aucun montant déclaré)` });
    expect(noData).toEqual({ key: "no-data", color: NO_DATA_COLOR, label: "Aucune donnée" });
    expect(items.filter((item) => item.key.startsWith("class-")).map((item) => item.label)).toEqual([
      formatEuros(5_000), `${formatEuros(5_000)} – 40 k€`, "40 k€ – 1,2 M€",
    ]);
  });

  it("has no zero swatch when no country is at 0", () => {
    const items = choroplethLegendItems(buildClassScale([1, 5]), "partnerships");
    expect(items.map((item) => item.key)).toEqual(["class-0", "class-1", "no-data"]);
  });
});
