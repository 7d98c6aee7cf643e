import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DetailProvider } from "../detail/DetailContext";
import { HeadlineTiles } from "./HeadlineTiles";

const figures = { partnerships: 12708, frenchAuthorities: 4021, foreignPartners: 9512, countries: 141, amount: 12_400_000, coverageShare: 0.42 };

describe("HeadlineTiles", () => {
  it("gives each tile of the dashboard a Détail named after its number, and the countries a link to the map's list", () => {
    const html = renderToStaticMarkup(
      <DetailProvider open={() => {}}>
        <HeadlineTiles figures={figures} />
      </DetailProvider>,
    );
    expect(html).toContain('aria-label="Détail : 12\u202f708 partenariats"');
    expect(html).toContain('data-detail-id="summary:partnerships"');
    expect(html).toContain('aria-label="Détail : 4\u202f021 collectivités françaises"');
    expect(html).toContain('data-detail-id="summary:foreignPartners"');
    expect(html).toContain('data-detail-id="summary:amount"');
    expect(html).toMatch(/aria-label="Détail : 12,4\sM€ de financements déclarés"/);
    expect(html).toContain('href="#map" aria-label="Voir les pays sur la carte (141 pays partenaires)"');
    // The figures stay as the tests and screen readers read them.
    expect(html).toContain('<li class="tile" data-tile="partnerships"><span class="tile-value">12\u202f708</span>');
  });

  it("has no Détail outside the dashboard (profile pages)", () => {
    const html = renderToStaticMarkup(<HeadlineTiles figures={figures} />);
    expect(html).not.toContain("Détail");
    expect(html).not.toContain('href="#map"');
    expect(html).toContain('data-tile="countries"');
  });
});
