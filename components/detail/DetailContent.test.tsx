import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ExplainBody } from "@/lib/api/responses";
import { DetailContent, detailLabel, formatClicked } from "./DetailContent";

const row = (id: string, contribution: number) => ({
  id,
  title: `Partenariat <b>${id}</b>`,
  href: `/partenariats/${id}`,
  startYear: 2015,
  countries: [{ code: "MA", name: "Maroc" }],
  real: true,
  contribution,
  share: 0.5,
  groups: [{ key: "eau", label: "Eau", share: 0.5, contribution }],
  funding: [{ financer: "Région Bretagne", category: "local", year: 2016, amount: contribution * 2, share: 0.5, contribution }],
});

const body = {
  key: "eau", label: "Eau", by: "theme", measure: "amount", themeRule: "split", segment: null,
  value: 12_400_000, sum: 12_400_000.000001, unit: "euros", attribution: null,
  notes: ["Règle « montant réparti entre les thématiques » : …"],
  groups: [], groupCount: 1,
  rows: [row("a", 10_000_000), row("b", 2_400_000)],
  total: 41, page: 2, pageSize: 20, pageCount: 3,
} as unknown as ExplainBody;

describe("DetailContent (server render)", () => {
  const html = renderToStaticMarkup(<DetailContent body={body} csvHref="/export/detail.csv?by=theme&key=eau" onPage={() => {}} />);

  it("states the sum over every page equal to the number, as printed", () => {
    expect(html).toContain("Total : 12\u202f400\u202f000\u00a0€ = le montant du graphique");
    expect(formatClicked(body)).toBe("12,4 M€");
  });

  it("lists the page's partnerships linked to their pages, their funding rows and shares, as text", () => {
    expect(html).toContain('href="/partenariats/a"');
    expect(html).toContain("Partenariat &lt;b&gt;a&lt;/b&gt;");
    expect(html).toContain("Région Bretagne, 2016 : 20\u202f000\u202f000\u00a0€ × 50\u00a0%");
    expect(html).toContain("Partenariats 21 à 40 sur 41");
  });

  it("pages, notes and the CSV", () => {
    expect(html).toContain("Page 2 sur 3");
    expect(html).toContain("Page précédente");
    expect(html).toContain("Comment ce nombre est calculé");
    expect(html).toContain('href="/export/detail.csv?by=theme&amp;key=eau" download=""');
  });

  it("names a segment by its category", () => {
    expect(detailLabel({ label: "2015", segment: "local" })).toMatch(/^2015 · /);
    expect(detailLabel({ label: "Eau", segment: null })).toBe("Eau");
  });
});
