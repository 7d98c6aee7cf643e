import { type Page, expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

const MARK = "année en cours, données partielles";
const yearsPanel = (page: Page) => page.getByRole("region", { name: /par année/ });

/** The year of the dataset's date: the demonstration dataset is dated within its last year of funding. */
async function datasetYear(page: Page): Promise<number> {
  const health = (await (await page.request.get("/api/health")).json()) as { updatedAt: string };
  return Number(health.updatedAt.slice(0, 4));
}

test("the year chart hatches the current year, says why under the chart and flags it in its table", async ({ page }) => {
  const year = await datasetYear(page);
  await page.goto("/");
  const panel = yearsPanel(page);
  const columns = panel.locator("svg .chart-column");
  await expect(columns.last()).toHaveAttribute("data-year", String(year));

  // The current year's segments are filled with a pattern, the complete years' with plain colours.
  const current = columns.last();
  await expect(current).toHaveAttribute("data-partial", "true");
  const fills = await current.locator(".chart-column__segment").evaluateAll((rects) => rects.map((r) => r.getAttribute("fill")));
  expect(fills.length).toBeGreaterThan(0);
  for (const fill of fills) expect(fill).toMatch(/^url\(#year-hatch-/);
  const patternId = /^url\(#(.+)\)$/.exec(fills[0]!)![1]!;
  await expect(panel.locator(`svg pattern[id="${patternId}"]`)).toHaveCount(1);
  const previous = columns.nth((await columns.count()) - 2);
  await expect(previous).not.toHaveAttribute("data-partial", "true");
  expect(await previous.locator(".chart-column__segment").first().getAttribute("fill")).toMatch(/^#/);
  // The active partnerships' line runs dashed into the current year.
  await expect(panel.locator(".chart-line__path--partial")).toHaveAttribute("stroke-dasharray", /\d/);

  // Under the chart, in words, with the year; the legend says what the hatches mean.
  const note = panel.locator(".chart-panel__footnote");
  await expect(note).toBeVisible();
  await expect(note).toContainText(`${year} : ${MARK}`);
  await expect(panel.locator(".chart-legend")).toContainText(MARK);

  // The column's accessible name says it too.
  await expect(current).toHaveAttribute("aria-label", new RegExp(`^${year} : .*${MARK}$`));

  // The table: a flag column, "oui" in the current year's row only, and the same note under it.
  await panel.getByRole("button", { name: "Afficher le tableau" }).click();
  const table = panel.getByRole("table");
  const headers = await table.locator("thead th").allInnerTexts();
  const flag = headers.findIndex((text) => text.trim() === "Année partielle");
  expect(flag).toBeGreaterThan(0);
  const row = (y: number) => table.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: String(y), exact: true }) });
  await expect(row(year).locator("th, td").nth(flag)).toHaveText("oui");
  await expect(row(year - 1).locator("th, td").nth(flag)).toHaveText("");
  await expect(note).toBeVisible();
});

test("the year panel's CSV flags the current year and says so in its notes", async ({ page, request }) => {
  const year = await datasetYear(page);
  const response = await request.get("/export/years.csv");
  expect(response.status()).toBe(200);
  const text = (await response.body()).toString("utf8");
  expect(text).toContain(`${year} : ${MARK}`);
  const records: string[][] = parse(text, { delimiter: ";", relax_column_count: true, bom: true });
  const header = records.find((r) => r[0] === "Année")!;
  const flag = header.indexOf("Année partielle");
  expect(flag).toBeGreaterThan(0);
  const current = records.find((r) => r[0] === String(year))!;
  expect(current[flag]).toBe("oui");
  // The amounts stay bare numbers.
  expect(current[header.indexOf("Total (€)")]).toMatch(/^\d+(,\d+)?$/);
  expect(records.find((r) => r[0] === String(year - 1))![flag]).toBe("");
});

test("the year panel's SVG file hatches the current year with its own patterns and writes the note", async ({ page, request }) => {
  const year = await datasetYear(page);
  const response = await request.get("/export/years.svg");
  expect(response.status()).toBe(200);
  const svg = await response.text();
  const column = new RegExp(`<g class="chart-column chart-column--partial" data-year="${year}" data-partial="true"><rect[^>]*fill="url\\(#(year-hatch-\\w+)\\)"`).exec(svg);
  expect(column).not.toBeNull();
  expect(svg).toContain(`<pattern id="${column![1]}"`);
  expect(svg).toContain(`${year} : ${MARK}`);
});
