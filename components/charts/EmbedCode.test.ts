import { describe, expect, it } from "vitest";
import { embedCode } from "./EmbedCode";

describe("a panel's embed code", () => {
  it("is an iframe of /embed/<panel> with the dashboard's query, titled by the panel", () => {
    expect(embedCode("https://atlas.example", "themes", "country=SN&yearFrom=2015", "Financements déclarés par thématique")).toBe(
      '<iframe src="https://atlas.example/embed/themes?country=SN&amp;yearFrom=2015" title="Financements déclarés par thématique" width="100%" height="520" style="border:0" loading="lazy"></iframe>',
    );
    expect(embedCode("https://atlas.example", "map", "", 'Titre "cité" <b>')).toContain('src="https://atlas.example/embed/map" title="Titre &quot;cité&quot; &lt;b>"');
  });
});
