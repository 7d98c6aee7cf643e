import { type Page, expect, test } from "@playwright/test";

const side = (page: Page, name: "Sélection A" | "Sélection B") => page.getByRole("region", { name, exact: true });
const themesPanel = (page: Page) => page.getByRole("region", { name: "Financements déclarés par thématique" });

test.describe("comparison", () => {
  test("from the dashboard on one theme, compare it with another, reload and export", async ({ page, request }) => {
    await page.goto("/?theme=economie-durable");
    await page.getByRole("link", { name: "Comparer avec…" }).click();
    await expect(page).toHaveURL(/\/comparer\?a\.theme=economie-durable&b\.theme=economie-durable$/);
    await expect(page.getByRole("heading", { level: 1, name: "Comparer deux sélections" })).toBeVisible();

    // B is A for now: change B's theme, with the keyboard-usable select of B's filter bar.
    await side(page, "Sélection B").getByLabel("Thématique", { exact: true }).selectOption({ label: "Environnement, Climat et Energie" });
    await expect(page).toHaveURL(/b\.theme=environnement-climat-et-energie/);
    await expect(page).toHaveURL(/a\.theme=economie-durable/);
    await expect(side(page, "Sélection A").getByLabel("Thématique", { exact: true })).toHaveValue("economie-durable");

    // Both series, in the table under the chart and on the chart, once the new comparison is drawn.
    const panel = themesPanel(page);
    const table = panel.getByRole("table");
    await expect(table.getByRole("rowheader", { name: "Economie durable", exact: true })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: "Environnement, Climat et Energie", exact: true })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "Montant déclaré A" })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "Montant déclaré B" })).toBeVisible();
    const drawn = (side: "a" | "b") =>
      panel.locator(`[data-side="${side}"] rect.compare-bar`).evaluateAll((rects) => rects.filter((rect) => Number(rect.getAttribute("width")) > 0).length);
    expect(await drawn("a")).toBeGreaterThan(0);
    expect(await drawn("b")).toBeGreaterThan(0);
    await expect(panel.getByRole("img", { name: /Financements déclarés par thématique/ })).toBeVisible();
    const caption = await panel.locator(".compare-caption").textContent();
    expect(caption).toMatch(/^Economie durable : .+ ; Environnement, Climat et Energie : .+\.$/);
    const rows = await table.locator("tbody tr").allInnerTexts();

    // The URL is the comparison: reloading it gives the same figures.
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(themesPanel(page).locator(".compare-caption")).toHaveText(caption!);
    expect(await themesPanel(page).getByRole("table").locator("tbody tr").allInnerTexts()).toEqual(rows);
    await expect(page.getByRole("note", { name: "Données de démonstration" })).toBeVisible();

    // The export menu's CSV has both sides, their difference and their ratio.
    await themesPanel(page).getByRole("button", { name: /^Exporter/ }).click();
    const link = themesPanel(page).getByRole("link", { name: "Tableau CSV" });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/export\/compare-themes\.csv\?a\.theme=economie-durable&b\.theme=environnement-climat-et-energie$/);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^financements-declares-par-thematique-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await request.get(href!).then((response) => response.text())).replace(/^\uFEFF/, "");
    // The caption holds " ; ": its cell is quoted.
    expect(csv.split("\r\n")[0]).toBe(`"${caption}"`);
    expect(csv).toContain("Montant déclaré A (€);Montant déclaré B (€);Écart (B − A) (€);Rapport (B / A)");
    expect(csv).toMatch(/\r\nEconomie durable;[\d,]+;[\d,]+;/);
  });

  test("a bad parameter is named with its side, on the page and by the export", async ({ page, request }) => {
    await page.goto("/comparer?a.country=XX&b.country=MA");
    await expect(page.getByRole("alert").filter({ hasText: "a.country" })).toBeVisible();
    const response = await request.get("/export/compare-countries.csv?a.country=XX&b.country=MA");
    expect(response.status()).toBe(400);
    const body = (await response.json()) as { error: { issues: { param: string }[] } };
    expect(body.error.issues.map((issue) => issue.param)).toEqual(["a.country"]);
  });
});
