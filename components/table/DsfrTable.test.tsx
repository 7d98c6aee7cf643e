import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RankingTable } from "../profile/RankingTable";
import { DsfrTable } from "./DsfrTable";

describe("DsfrTable", () => {
  it("writes the DSFR table markup around a captioned table", () => {
    const html = renderToStaticMarkup(
      <DsfrTable caption="Pays <partenaires>" className="fr-table--sm">
        <tbody><tr><td>Sénégal</td></tr></tbody>
      </DsfrTable>,
    );
    expect(html).toBe(
      '<div class="fr-table fr-table--sm"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">' +
        "<table><caption>Pays &lt;partenaires&gt;</caption><tbody><tr><td>Sénégal</td></tr></tbody></table></div></div></div></div>",
    );
  });

  it("makes a scrolling table a named, focusable region (a ranking beside the map)", () => {
    const rows = [{ key: "SN", label: "Sénégal", partnerships: 3, amount: 1200 }];
    const html = renderToStaticMarkup(<RankingTable id="pays" title="Pays" subtitle="Tous" firstColumn="Pays" rows={rows} emptyMessage="Aucun" scroll />);
    expect(html).toContain('<div class="fr-table__content profile-scroll" tabindex="0" role="region" aria-labelledby="pays-titre">');
    expect(renderToStaticMarkup(<RankingTable id="pays" title="Pays" subtitle="Tous" firstColumn="Pays" rows={rows} emptyMessage="Aucun" />)).toContain(
      '<div class="fr-table__content"><table><caption>Pays (Tous)</caption>',
    );
  });
});
