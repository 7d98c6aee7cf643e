import { type Page, expect, test } from "@playwright/test";

const panel = (page: Page, name: RegExp | string) => page.getByRole("region", { name });

/** The PNG's dimensions, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const QUERY = "country=SN&yearFrom=2012&rank=amount";

test.describe("exports", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("every panel's copied link opens the same view, scrolled to the panel", async ({ page, context }) => {
    // Nine pages opened one after the other: on a busy 2-core machine that is more than a minute.
    test.setTimeout(240_000);
    await page.goto(`/?${QUERY}`);
    for (const [name, id] of [
      [/^Pays partenaires/, "map"],
      [/^Côté français/, "france"],
      [/par thématique/, "themes"],
      [/^Financements par catégorie/, "financer-categories"],
      [/^Principaux financeurs/, "financers"],
      [/par année/, "years"],
      [/^Principaux pays/, "top-countries"],
      [/^Principales collectivités/, "top-authorities"],
    ] as const) {
      const region = panel(page, name);
      await region.getByRole("button", { name: /^Exporter/ }).click();
      await region.getByRole("button", { name: "Copier le lien de cette vue" }).click();
      await expect(region.getByText("Lien copié dans le presse-papiers.")).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link, id).toMatch(new RegExp(`#${id}$`));
      const other = await context.newPage();
      await other.goto(link);
      await expect(other.getByRole("region", { name }).first()).toBeVisible();
      expect(new URL(other.url()).searchParams.getAll("country")).toEqual(["SN"]);
      expect(new URL(other.url()).searchParams.get("rank")).toBe("amount");
      await expect(other.getByLabel("De", { exact: true })).toHaveValue("2012");
      await other.close();
      await page.keyboard.press("Escape");
    }
  });

  test("each format downloads from the menu, with its type and a sane size", async ({ page, request }) => {
    await page.goto(`/?${QUERY}`);
    const themes = panel(page, /par thématique/);
    await themes.getByRole("button", { name: /^Exporter/ }).click();
    const expected = {
      "Tableau CSV": { type: "text/csv", min: 200 },
      "Tableau Excel (XLSX)": { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", min: 4_000 },
      "Image PNG": { type: "image/png", min: 10_000 },
      "Image SVG (vectorielle)": { type: "image/svg+xml", min: 1_000 },
      "Diapositive PowerPoint": { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation", min: 10_000 },
    };
    for (const [label, { type, min }] of Object.entries(expected)) {
      const link = themes.getByRole("link", { name: label });
      const href = await link.getAttribute("href");
      expect(href).toMatch(/^\/export\/themes\.(csv|xlsx|png|svg|pptx)\?/);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toMatch(/^financements-declares-par-thematique-\d{4}-\d{2}-\d{2}\.\w+$/);
      const response = await request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain(type);
      const body = await response.body();
      expect(body.length, label).toBeGreaterThan(min);
      if (type === "image/png") {
        const { width, height } = pngSize(body);
        expect(width).toBeGreaterThanOrEqual(1600);
        expect(height).toBeGreaterThan(300);
      }
      if (type === "text/csv") expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
  });

  test("every panel's menu links each format to its export URL, which answers that panel's file", async ({ page, request }) => {
    await page.goto(`/?${QUERY}`);
    const types = { csv: "text/csv", xlsx: "spreadsheetml", png: "image/png", svg: "image/svg+xml", pptx: "presentationml" };
    for (const [name, panelName] of [
      [/^Pays partenaires/, "map"],
      [/^Côté français/, "france"],
      [/par thématique/, "themes"],
      [/^Financements par catégorie/, "financer-categories"],
      [/^Principaux financeurs/, "financers"],
      [/par année/, "years"],
      [/^Principaux pays/, "countries"],
      [/^Principales collectivités/, "authorities"],
    ] as const) {
      const region = panel(page, name);
      await region.getByRole("button", { name: /^Exporter/ }).click();
      const hrefs = await region.locator(".export-menu__list a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      expect(hrefs.map((href) => href.split("?")[0])).toEqual(Object.keys(types).map((format) => `/export/${panelName}.${format}`));
      for (const href of hrefs) {
        expect(new URLSearchParams(href.split("?")[1]).getAll("country"), href).toEqual(["SN"]);
        const response = await request.get(href);
        expect(response.status(), href).toBe(200);
        expect(response.headers()["content-type"], href).toContain(types[href.split("?")[0]!.split(".").pop() as keyof typeof types]);
      }
      await page.keyboard.press("Escape");
    }
  });

  test("a country page's panels export its scope, and their copied link is the page's", async ({ page }) => {
    await page.goto("/pays/SN?yearFrom=2015");
    const map = page.getByRole("region", { name: "Partenariats par pays" });
    await map.getByRole("button", { name: /^Exporter/ }).click();
    const png = await map.getByRole("link", { name: "Image PNG" }).getAttribute("href");
    expect(png).toMatch(/^\/export\/map\.png\?/);
    const params = new URLSearchParams(png!.split("?")[1]);
    expect(params.getAll("country")).toEqual(["SN"]);
    expect(params.get("yearFrom")).toBe("2015");
    await map.getByRole("button", { name: "Copier le lien de cette vue" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/pays\/SN\?yearFrom=2015#carte$/);
  });

  test("the map exports as a picture, and a bad panel, format or filter is the API's error", async ({ request }) => {
    const png = await request.get("/export/map.png?country=SN&map=amount&mapMode=circles");
    expect(png.status()).toBe(200);
    expect(pngSize(await png.body()).width).toBeGreaterThanOrEqual(1600);
    for (const [url, status, code] of [
      ["/export/nope.csv", 404, "not_found"],
      ["/export/themes.docx", 404, "not_found"],
      ["/export/themes.csv?yearFrom=2020&yearTo=2010", 400, "bad_parameter"],
      ["/export/themes.csv?theme=astrologie", 400, "bad_parameter"],
    ] as const) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(status);
      expect((await response.json()).error.code, url).toBe(code);
    }
  });
});
