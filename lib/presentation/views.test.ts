import { describe, expect, it } from "vitest";
import { panelViewHref, parseView, type View } from "./views";

const ORIGIN = "http://127.0.0.1:3000";

function view(url: string, origin?: string): View {
  const parsed = parseView(url, origin);
  if (!parsed.ok) throw new Error(`${url}: ${parsed.message}`);
  return parsed.view;
}

function refusal(url: string, origin?: string): string {
  const parsed = parseView(url, origin);
  if (parsed.ok) throw new Error(`${url} was accepted as ${parsed.view.href}`);
  return parsed.message;
}

describe("parseView", () => {
  it("reads a dashboard panel's view: its state, its query without panel, its canonical href", () => {
    const parsed = view("/?yearFrom=2015&panel=themes&country=SN&country=MA&map=amount");
    expect(parsed).toMatchObject({ kind: "panel", panel: "themes", query: "country=MA&country=SN&map=amount&yearFrom=2015" });
    expect(parsed.kind === "panel" && parsed.state).toMatchObject({ country: ["MA", "SN"], yearFrom: 2015, map: "amount" });
    expect(parsed.href).toBe("/?country=MA&country=SN&map=amount&yearFrom=2015&panel=themes");
    expect(view(parsed.href).href).toBe(parsed.href);
    expect(view("/?panel=map").href).toBe("/?panel=map");
    // The map's framing is part of its view: a presented map is framed as it was chosen.
    expect(view("/?panel=map&mapView=europe")).toMatchObject({ query: "mapView=europe", href: "/?mapView=europe&panel=map" });
    expect(refusal("/?panel=map&mapView=lune")).toMatch(/mapView/);
    expect(panelViewHref("years", "")).toBe("/?panel=years");
  });

  it("reads the pages' views, canonically, from a path or an absolute URL of the site", () => {
    expect(view("/pays/sn?yearFrom=2015")).toMatchObject({ kind: "country", key: "SN", href: "/pays/SN?yearFrom=2015" });
    expect(view(`${ORIGIN}/pays/SN/?country=MA#carte`, ORIGIN)).toMatchObject({ kind: "country", key: "SN", href: "/pays/SN?country=MA" });
    expect(view("/partenariats/15909")).toMatchObject({ kind: "partnership", key: "15909", href: "/partenariats/15909" });
    expect(view("/collectivites/commune-21231?rank=amount")).toMatchObject({ kind: "authority", key: "commune-21231", href: "/collectivites/commune-21231?rank=amount" });
    expect(view("/thematiques/eau-et-assainissement")).toMatchObject({ kind: "theme", key: "eau-et-assainissement" });
    // `panel` points into the dashboard: a page has none, and its href drops it.
    expect(view("/pays/SN?panel=themes").href).toBe("/pays/SN");
  });

  it("refuses other sites, other pages and malformed views, saying why", () => {
    expect(refusal("")).toMatch(/vide/);
    expect(refusal("https://exemple.invalid/pays/SN")).toMatch(/n'est pas une adresse de ce site/);
    expect(refusal("https://exemple.invalid/pays/SN", ORIGIN)).toMatch(/n'est pas une adresse de ce site/);
    expect(refusal("//exemple.invalid/pays/SN", ORIGIN)).toMatch(/n'est pas une adresse de ce site/);
    expect(refusal("javascript:alert(1)", ORIGIN)).toMatch(/n'est pas une adresse de ce site/);
    for (const path of ["/donnees", "/partenariats", "/pays/SN/carte", "/export/themes.svg", "/constructor/x", "/__proto__/x"]) {
      expect(refusal(path), path).toMatch(/n'est pas une vue/);
    }
    expect(refusal("/?country=SN")).toMatch(/nomme son graphique/);
    expect(refusal("/?panel=camembert")).toMatch(/paramètres invalides : panel/);
    expect(refusal("/?panel=themes&utm_source=mail")).toMatch(/utm_source \(unknown parameter\)/);
    expect(refusal("/pays/SN?yearFrom=2020&yearTo=2010")).toMatch(/yearFrom/);
    expect(refusal("/pays/SEN")).toMatch(/n'est pas un identifiant valide \(Pays partenaire\)/);
    expect(refusal("/partenariats/%ZZ")).toMatch(/n'est pas un identifiant valide/);
    expect(refusal("/thematiques/<script>")).toMatch(/n'est pas un identifiant valide/);
    expect(refusal(`/?panel=themes&q=${"x".repeat(2100)}`)).toMatch(/plus de 2000 caractères/);
  });
});
