import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { fundingMatrix } from "@/lib/partnership/funding-matrix";
import { makeFunding } from "@/lib/test-support/factories";
import { FicheText } from "./FicheText";
import { FundingTable } from "./FundingTable";

/** Intl's fr-FR output uses narrow no-break spaces; tests compare with plain ones. */
const plain = (html: string) => html.replace(/[\u00a0\u202f]/g, " ");
const cells = (html: string, tag: "tfoot" | "thead") =>
  [...(new RegExp(`<${tag}>(.*)</${tag}>`).exec(html)?.[1] ?? "").matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) => m[1]);

describe("FundingTable", () => {
  it("has no Oudin column or row when no row states one", () => {
    const html = plain(renderToStaticMarkup(<FundingTable matrix={fundingMatrix([makeFunding({ amount: 48652 })])} />));
    expect(html).toContain("<caption>Financement du partenariat</caption>");
    expect(html).not.toContain("Oudin");
    expect(cells(html, "tfoot")).toEqual(["Total", "48 652 €", "48 652 €"]);
  });

  it("adds the Oudin column and row, a column for rows without a year, and dashes for empty cells", () => {
    const matrix = fundingMatrix([
      makeFunding({ amount: 10000, year: 2019 }),
      makeFunding({ financer: "Agence de l'eau Loire-Bretagne", category: "other", amount: 3000, oudinAmount: 1500, year: 2020 }),
      makeFunding({ amount: 700, year: null }),
    ]);
    const html = plain(renderToStaticMarkup(<FundingTable matrix={matrix} />));
    expect(cells(html, "thead")).toEqual([
      "Financeur", "Catégorie de financeur", "2019", "2020", "Année non renseignée", "Total", "Montant 1 % Eau (loi Oudin)",
    ]);
    expect(cells(html, "tfoot")).toEqual([
      "Total", "10 000 €", "3 000 €", "700 €", "13 700 €", "1 500 €",
      "Montant 1 % Eau (loi Oudin)", "—", "1 500 €", "—", "1 500 €", "",
    ]);
    expect(html).toContain("Autres financeurs (AFD, UE, agences de l&#x27;eau…)");
  });
});

describe("FicheText", () => {
  it("shows markup from an imported fiche as text, one paragraph per line", () => {
    const html = renderToStaticMarkup(<FicheText text={'<b>gras</b>\n<img src=x onerror="alert(1)">'} />);
    expect(html).toBe("<p>&lt;b&gt;gras&lt;/b&gt;</p><p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>");
  });

  it("says Non renseigné for an empty text", () => {
    expect(renderToStaticMarkup(<FicheText text={null} />)).toContain("Non renseigné");
  });
});
