import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AggregateRow } from "@/lib/query/aggregate";
import { formatEurosCompact, formatInteger } from "@/lib/format";
import { BarChart } from "./BarChart";
import { Breadcrumb } from "./Breadcrumb";
import { ChartPanel } from "./ChartPanel";
import { YearChart } from "./YearChart";

const rows: AggregateRow[] = [
  { key: "MA", label: "Maroc", value: 1_234_567, partnerships: 410 },
  { key: "SN", label: "Sénégal", value: 800_000, partnerships: 120 },
  { key: "others", label: "Autres pays", value: 50_000, partnerships: 30 },
];
/** Intl's fr-FR output uses no-break spaces; tests compare with plain ones. */
const plain = (html: string) => html.replace(/[\u00a0\u202f]/g, " ");
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const secondary = { label: "Partenariats", format: (row: AggregateRow) => formatInteger(row.partnerships) };

describe("BarChart", () => {
  it("draws one [data-key] bar per row in a scalable SVG labelled by the title", () => {
    const html = plain(renderToStaticMarkup(<BarChart rows={rows} title="Par pays" formatValue={formatEurosCompact} />));
    expect(count(html, /data-key="/g)).toBe(3);
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 560 \d+"[^>]*role="img"[^>]*aria-label="Par pays"/);
    expect(html).toContain("1,2 M€");
    expect(html).not.toContain('role="button"');
  });

  it("makes every bar but the others row a focusable button when selectable", () => {
    const html = plain(renderToStaticMarkup(
      <BarChart rows={rows} title="Par pays" formatValue={formatEurosCompact} onSelect={() => {}} secondary={secondary} selectedKey="SN" />,
    ));
    expect(count(html, /role="button"/g)).toBe(2);
    expect(count(html, /tabindex="0"/g)).toBe(2);
    expect(html).toMatch(/data-key="MA" role="button" tabindex="0" aria-label="Maroc : 1,2 M€, Partenariats : 410" aria-pressed="false"/);
    expect(html).toMatch(/data-key="SN"[^>]*aria-pressed="true"/);
    expect(html).toMatch(/<g class="chart-bar[^"]*" data-key="others">/);
    expect(html).toMatch(/<svg[^>]*role="group"/);
  });

  it("gives a bar button its label alone as visible text, the first words of its name (WCAG 2.5.3)", () => {
    const long: AggregateRow = { key: "env", label: "Environnement, Climat et Energie, et bien d'autres mots encore", value: 1_234_567, partnerships: 4 };
    const buttonOf = (width: number) => {
      const html = plain(renderToStaticMarkup(<BarChart rows={[long, ...rows]} title="Par thème" formatValue={formatEurosCompact} onSelect={() => {}} width={width} />));
      const button = /<g[^>]*data-key="env" role="button"[^>]*aria-label="([^"]*)"[^>]*>(.*?)<\/g>/.exec(html);
      expect(button, "the env bar's button").not.toBeNull();
      return { html, name: button![1]!, visible: button![2]!.replace(/<[^>]+>/g, "") };
    };
    // Beside the bar (a wide chart), the label is cut to whole words.
    const wide = buttonOf(560);
    expect(wide.visible).toMatch(/…$/);
    expect(wide.name.startsWith(wide.visible.replace(/…$/, "").trimEnd())).toBe(true);
    // The value is drawn beside the button, hidden: the name already says it.
    expect(wide.html).toMatch(/<\/g><text class="chart-bar__value"[^>]*aria-hidden="true" pointer-events="none"[^>]*>1,2 M€<\/text>/);
    // Above the bar (a phone), the label runs over two lines, words kept apart by a space.
    const narrow = buttonOf(320);
    expect(count(narrow.html.slice(narrow.html.indexOf('data-key="env"')).split("</g>")[0]!, /<tspan/g)).toBe(2);
    expect(narrow.visible).toBe("Environnement, Climat et Energie, et bien d&#x27;autres mots encore");
    expect(narrow.name.startsWith(narrow.visible)).toBe(true);
  });
});

describe("ChartPanel", () => {
  const table = { caption: "Par pays", columns: [{ key: "label", label: "Pays" }, { key: "n", label: "Partenariats", numeric: true }], rows: [{ label: "Maroc", n: 12700 }] };

  it("renders the chart with a table toggle, labelled by its title", () => {
    const html = renderToStaticMarkup(<ChartPanel id="pays" title="Pays partenaires" subtitle="Maroc · 2020–2021" table={table}><svg /></ChartPanel>);
    expect(html).toMatch(/<section id="pays"[^>]*aria-labelledby="pays-titre"/);
    expect(html).toContain('<h2 id="pays-titre" class="fr-h6 chart-panel__title">Pays partenaires</h2>');
    expect(html).toMatch(/<button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm[^"]*" aria-controls="pays-contenu">Afficher le tableau<\/button>/);
    expect(html).toContain("<svg>");
    expect(html).not.toContain("<table");
  });

  it("can start on the table, formatting numeric cells", () => {
    const html = renderToStaticMarkup(<ChartPanel id="pays" title="Pays" table={table} defaultShowTable><svg /></ChartPanel>);
    expect(html).toContain("Afficher le graphique");
    expect(html).toContain("<caption>Par pays</caption>");
    expect(plain(html)).toContain("12 700");
    expect(html).not.toContain("<svg");
  });

  it("shows the empty state instead of the chart, and marks a dimmed panel busy", () => {
    const empty = renderToStaticMarkup(<ChartPanel id="p" title="Pays" table={table} empty><svg /></ChartPanel>);
    expect(empty).toContain("Aucun partenariat ne correspond à ces filtres.");
    expect(empty).not.toContain("<svg");
    expect(empty).not.toContain("Afficher le tableau");
    const dimmed = renderToStaticMarkup(<ChartPanel id="p" title="Pays" table={table} dimmed><svg /></ChartPanel>);
    expect(dimmed).toContain('aria-busy="true"');
  });
});

describe("YearChart", () => {
  const years = [
    { year: 2019, segments: [{ key: "meae", label: "MEAE", value: 100 }, { key: "french-authority", label: "Fonds propres", value: 50 }] },
    { year: 2021, segments: [{ key: "french-authority", label: "Fonds propres", value: 80 }] },
  ];

  it("stacks segments per year, fills missing years, and draws the line with its legend", () => {
    const html = plain(renderToStaticMarkup(
      <YearChart years={years} title="Par année" formatValue={formatEurosCompact} line={{ label: "Partenariats actifs", points: [{ year: 2019, value: 3 }, { year: 2021, value: 5 }] }} onSelectYear={() => {}} />,
    ));
    expect(count(html, /data-year="/g)).toBe(3);
    expect(count(html, /class="chart-column__segment"/g)).toBe(3);
    expect(count(html, /tabindex="0"/g)).toBe(1);
    expect(html).toContain('aria-label="2019 : 150 € au total (MEAE 100 € ; Fonds propres 50 €), Partenariats actifs : 3"');
    expect(html).toContain("chart-line__path");
    expect(html).toContain("Partenariats actifs (axe de droite)");
  });
});

describe("Breadcrumb", () => {
  it("makes earlier levels buttons and the last the current page", () => {
    const html = renderToStaticMarkup(<Breadcrumb items={[{ label: "Toutes les thématiques", onSelect: () => {} }, { label: "Eau" }]} />);
    expect(html).toContain('<nav class="fr-breadcrumb chart-breadcrumb"');
    expect(html).toMatch(/<button type="button" class="fr-breadcrumb__link[^"]*">Toutes les thématiques<\/button>/);
    expect(html).toMatch(/aria-current="page">Eau<\/span>/);
  });
});
