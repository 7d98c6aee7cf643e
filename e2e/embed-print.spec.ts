import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type Page, expect, test } from "@playwright/test";
import { PORT } from "./ports";

const SITE = `http://127.0.0.1:${PORT}`;

test("an embed in another site's iframe shows the panel, its source and a link back", async ({ page }) => {
  // Another origin: a page served by the test itself on another port and host name ("localhost"
  // against the site's 127.0.0.1). A real loopback server: Chrome refuses a local frame in a page
  // it cannot place on the local network.
  const host = createServer((_request, response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(`<!doctype html><title>Partenaire</title><iframe src="${SITE}/embed/themes?country=SN" title="Atlas" width="900" height="700"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  const { port } = host.address() as AddressInfo;
  try {
    await page.goto(`http://localhost:${port}/`);
    await expectEmbed(page);
  } finally {
    host.close();
  }
});

async function expectEmbed(page: Page) {
  const frame = page.frameLocator("iframe");
  const drawing = frame.getByRole("img", { name: "Financements déclarés par thématique" });
  await expect(drawing).toBeVisible();
  await expect(frame.locator("svg text").filter({ hasText: /^Source : Atlas/ })).toBeVisible();
  await expect(frame.locator("header.fr-header")).toHaveCount(0);
  await expect(frame.locator("footer.fr-footer")).toHaveCount(0);
  const back = frame.getByRole("link", { name: /Voir cette vue/ });
  await expect(back).toHaveAttribute("href", "/?country=SN#themes");
  await frame.getByText("Voir les données").click();
  await expect(frame.getByRole("table")).toContainText("Total");
}

test("only /embed/ may be framed by other sites", async ({ request }) => {
  const embed = await request.get("/embed/years");
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const path of ["/", "/pays/SN", "/api/meta", "/export/themes.svg"]) {
    const response = await request.get(path);
    expect(response.headers()["x-frame-options"], path).toBe("SAMEORIGIN");
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'self'");
  }
  expect((await request.get("/embed/nope")).status()).toBe(404);
});

test("a printed page shows the content without navigation or filters, and its address and source at the foot", async ({ page }) => {
  await page.goto("/?country=SN");
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "Filtres" })).toBeHidden();
  await expect(page.getByRole("button", { name: /^Exporter/ }).first()).toBeHidden();
  await expect(page.locator("footer.fr-footer")).toBeHidden();
  const foot = page.locator(".print-footer");
  await expect(foot).toBeVisible();
  await expect(foot).toContainText(`Page : ${SITE}/?country=SN`);
  await expect(foot).toContainText("Source : Atlas français de la coopération décentralisée");
  await expect(page.getByRole("region", { name: /par thématique/ })).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
});
