import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { countryFigures } from "@/lib/map/testFactories";
import { CountryList } from "./CountryList";

const countries = [
  countryFigures({ code: "SN", name: "Sénégal", partnerships: 415, amount: 1_290_317, frenchAuthorities: 249 }),
  countryFigures({ code: "DE", name: "Allemagne", partnerships: 2360, amount: 0, frenchAuthorities: 1416 }),
];
const noop = () => {};

describe("CountryList (server render)", () => {
  const html = renderToStaticMarkup(
    <CountryList countries={countries} selected={["SN"]} onSelectCountry={noop} countryHref={(code) => `/pays/${code}`} id="liste-pays" />,
  );

  it("is a DSFR table captioned 'Pays partenaires' in a scrollable, focusable region", () => {
    expect(html).toMatch(/^<div class="fr-table[^"]*" id="liste-pays">/);
    expect(html).toContain("<caption");
    expect(html).toContain("Pays partenaires");
    expect(html).toMatch(/role="region"[^>]*tabindex="0"/);
  });

  it("sorts by partnerships descending by default, announced with aria-sort", () => {
    expect(html.match(/aria-sort="[a-z]+"/g)).toEqual(['aria-sort="descending"']);
    expect(html.indexOf("Allemagne")).toBeLessThan(html.indexOf("Sénégal"));
    for (const label of ["Pays", "Partenariats", "Montant déclaré", "Collectivités françaises"]) {
      expect(html).toMatch(new RegExp(`<button type="button" class="country-list-sort">${label}<`));
    }
  });

  it("names each country with a link to its page, and a filter toggle pressed for the selected one", () => {
    expect(html).toMatch(/<a class="country-list-name" title="Voir la fiche pays : Sénégal" href="\/pays\/SN">Sénégal<\/a>/);
    expect(html).toMatch(/<a class="country-list-name"[^>]*href="\/pays\/DE">Allemagne<\/a>/);
    expect(html).toMatch(/aria-pressed="true"[^>]*>Filtrer sur Sénégal</);
    expect(html).toMatch(/aria-pressed="false"[^>]*>Filtrer sur Allemagne</);
    // The toggle is an icon (its text is its name): the selected one's icon is filled.
    expect(html).toMatch(/class="[^"]*fr-icon-filter-fill[^"]*"[^>]*aria-pressed="true"/);
    expect(html).not.toContain("sélectionné");
  });

  it("without pages (the France panel's areas), the name is the filter toggle, and a badge marks it", () => {
    const areas = renderToStaticMarkup(<CountryList countries={countries} selected={["SN"]} onSelectCountry={noop} />);
    expect(areas).toMatch(/<button type="button" class="country-list-name" aria-pressed="true" title="Sénégal">Sénégal<\/button>/);
    expect(areas).toContain("sélectionné");
    expect(areas).not.toContain("<a ");
  });

  it("formats figures in French", () => {
    expect(html).toContain("2\u202f360");
    expect(html).toContain("1\u202f290\u202f317\u00a0€");
  });

  it("says when there is no country", () => {
    expect(renderToStaticMarkup(<CountryList countries={[]} selected={[]} onSelectCountry={noop} />)).toContain(
      "Aucun pays partenaire pour ces filtres.",
    );
  });
});

describe("CountryList with initialRows", () => {
  const many = Array.from({ length: 5 }, (_, i) => countryFigures({ code: `C${i}`, name: `Pays ${i}`, partnerships: 100 - i }));

  it("shows the first rows in the current order and a button for the others", () => {
    const html = renderToStaticMarkup(<CountryList countries={many} selected={[]} onSelectCountry={noop} initialRows={2} />);
    expect(html.match(/<tr [^>]*data-country=/g)).toHaveLength(2);
    expect(html.indexOf("Pays 0")).toBeLessThan(html.indexOf("Pays 1"));
    expect(html).not.toContain("Pays 2");
    expect(html).toContain("Afficher les 3 autres pays");
    expect(html).toContain("(5 pays)");
  });

  it("has no button when every row fits", () => {
    const html = renderToStaticMarkup(<CountryList countries={many} selected={[]} onSelectCountry={noop} initialRows={5} />);
    expect(html.match(/<tr [^>]*data-country=/g)).toHaveLength(5);
    expect(html).not.toContain("autres pays");
  });
});
