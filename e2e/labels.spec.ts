import { type Page, expect, test } from "@playwright/test";

// Issue #14: bar labels read whole (two lines before any "…", the full name always at hand), and
// profile tiles that say something about their page.

const THEME = "environnement-climat-et-energie";

/**
 * Waits until every chart is laid out at its measured width (useChartWidth): the server draws it
 * at a default width first, and a phone's chart wraps its labels at its own.
 */
async function laidOut(page: Page) {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await expect(page.locator("svg g.chart-bar[data-key] text.chart-bar__label").first()).toBeVisible();
  await expect
    .poll(() =>
      page.locator("svg.chart-svg").evaluateAll((svgs) =>
        svgs.filter((svg) => Math.abs((svg as SVGSVGElement).viewBox.baseVal.width - Math.max(280, Math.round(svg.getBoundingClientRect().width))) > 1).length,
      ),
    )
    .toBe(0);
}

/** Every bar chart panel of the page: its title, and per bar its drawn label, lines and full name. */
async function barLabels(page: Page) {
  return page.locator("section.chart-panel").evaluateAll((sections) =>
    sections.flatMap((section) => {
      const panel = section.querySelector("h2")?.textContent ?? "";
      return [...section.querySelectorAll("svg g.chart-bar[data-key]")].flatMap((bar) => {
        const text = bar.querySelector("text.chart-bar__label");
        if (!text) return [];
        // The bar's name: its aria-label (a button) or its <title>, "<label> : <value>…".
        const name = bar.getAttribute("aria-label") ?? bar.querySelector("title")?.textContent ?? "";
        return [{ panel, key: bar.getAttribute("data-key") ?? "", text: text.textContent ?? "", lines: Math.max(1, text.querySelectorAll("tspan").length), name }];
      });
    }),
  );
}

test("on the dashboard a bar label is cut only when its full name is its bar's name and in its table, and long names wrap whole", async ({ page }) => {
  await page.goto("/");
  await laidOut(page);
  const labels = await barLabels(page);
  expect(labels.length).toBeGreaterThan(20);
  const cut = labels.filter((label) => label.text.endsWith("…"));
  for (const label of cut) {
    const shown = label.text.slice(0, -1).trimEnd();
    const full = label.name.split(" : ")[0]!;
    // The bar's name holds the full label, of which the drawn text is the beginning.
    expect(full.replace(/\s+/g, " ").startsWith(shown.replace(/\s+/g, " ")), `${label.panel}: ${label.text} in "${label.name}"`).toBe(true);
    expect(full.length).toBeGreaterThan(shown.length);
  }
  // Each cut name is in its chart's table, whole.
  for (const panelTitle of new Set(cut.map((label) => label.panel))) {
    const panel = page.getByRole("region", { name: panelTitle, exact: true });
    await panel.getByRole("button", { name: "Afficher le tableau" }).click();
    const table = panel.getByRole("table");
    for (const label of cut.filter((l) => l.panel === panelTitle)) {
      const full = label.name.split(" : ")[0]!;
      await expect(table.getByRole("cell", { name: full, exact: true }).or(table.getByRole("rowheader", { name: full, exact: true })).first(), full).toBeVisible();
    }
    await panel.getByRole("button", { name: "Afficher le graphique" }).click();
  }
  // Long theme and financer names are drawn whole, on two lines.
  const wrapped = labels.filter((label) => label.lines === 2 && !label.text.endsWith("…"));
  expect(wrapped.length).toBeGreaterThan(0);
  expect(labels.find((label) => label.text === "Environnement, Climat et Energie")?.lines).toBe(2);
});

for (const width of [1280, 375]) {
  test(`at ${width} px wide no bar label is clipped nor overlaps a bar, a value or another label`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await laidOut(page);
    // The largest theme's long name reads whole, on two lines, on a phone too.
    await expect(page.locator("section#themes text.chart-bar__label").first()).toHaveText("Environnement, Climat et Energie");
    await expect(page.locator("section#themes text.chart-bar__label").first().locator("tspan")).toHaveCount(2);
    const problems = await page.locator("svg.chart-svg").evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const boxes = (selector: string) => [...svg.querySelectorAll<SVGGraphicsElement>(selector)].map((node) => ({ node, box: node.getBBox() }));
        const labels = boxes("text.chart-bar__label");
        if (labels.length === 0) return [];
        const others = [...boxes("text.chart-bar__value"), ...boxes("rect.chart-bar__rect").filter(({ box }) => box.width > 0)];
        const meets = (a: DOMRect, b: DOMRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        const out: string[] = [];
        labels.forEach(({ node, box }, i) => {
          const name = node.textContent ?? "";
          if (box.x < -0.5) out.push(`clipped: ${name} (x ${box.x.toFixed(1)})`);
          for (const other of others) if (meets(box, other.box)) out.push(`${name} meets ${other.node.textContent || "a bar"}`);
          for (const next of labels.slice(i + 1)) if (meets(box, next.box)) out.push(`${name} meets ${next.node.textContent}`);
        });
        return out;
      }),
    );
    expect(problems).toEqual([]);
  });
}

/** The number shown by a headline tile. */
async function tile(page: Page, id: string): Promise<number> {
  const text = await page.locator(`[data-tile="${id}"] .tile-value`).innerText();
  return Number(text.replace(/[^\d,.]/g, "").replace(",", "."));
}

test("a country page counts the régions and départements of its French partners, and has no 'pays partenaire' tile", async ({ page, request }) => {
  await page.goto("/pays/SN");
  const summary = await (await request.get("/api/summary?country=SN")).json();
  const tiles = page.getByRole("list", { name: "Chiffres clés" });
  await expect(tiles.locator('[data-tile="french-regions"]')).toContainText(/régions? françaises?/);
  await expect(tiles.locator('[data-tile="departements"]')).toContainText(/départements? français/);
  expect(await tile(page, "french-regions")).toBe(summary.frenchRegions);
  expect(await tile(page, "departements")).toBe(summary.departements);
  expect(summary.frenchRegions).toBeGreaterThan(1);
  await expect(tiles).not.toContainText("pays partenaire");
  await expect(tiles.locator('[data-tile="countries"]')).toHaveCount(0);
});

test("an authority page counts its partner countries, and not itself", async ({ page }) => {
  await page.goto("/collectivites/commune-75056");
  const tiles = page.getByRole("list", { name: "Chiffres clés" });
  await expect(tiles.locator('[data-tile="countries"]')).toContainText("pays partenaires");
  const countries = page.getByRole("table", { name: /Ses pays partenaires/ });
  expect(await countries.getByRole("link").count()).toBe(await tile(page, "countries"));
  await expect(tiles.locator('[data-tile="french-authorities"]')).toHaveCount(0);
});

test("a theme page gives its share of all declared funding", async ({ page, request }) => {
  await page.goto(`/thematiques/${THEME}`);
  const share = page.locator('[data-tile="amount-share"]');
  await expect(share).toContainText("du montant déclaré total");
  const [theme, all] = await Promise.all([request.get(`/api/summary?theme=${THEME}`), request.get("/api/summary")]).then((answers) => Promise.all(answers.map((a) => a.json())));
  const percent = (100 * theme.amount) / all.amount;
  expect(Math.abs((await tile(page, "amount-share")) - percent)).toBeLessThanOrEqual(0.05);
  await expect(share.locator(".tile-value")).toHaveText(/^\d+(,\d)?\s%$/);

  await page.goto(`/thematiques/${THEME}?lang=en`);
  await expect(page.locator('[data-tile="amount-share"]')).toContainText("of all declared funding");
});
