import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../data/store";
import { importFiles } from "./import";

const TODAY = "2026-12-01";

/** A fiche's page text with the given funding rows (cells as the page prints them). */
const fiche = (title: string, fundingRows: string[], extra = "") => `Titre
${title}
Année de début du partenariat
2020
Partenaires étrangers du partenariat
Nom de la collectivité étrangère | Pays | |
---|---|---|
Municipalité de Chefchaouen | Maroc | |
Collectivités territoriales partenaires du partenariat
Nom de la collectivité territoriale | |
---|---|
Dijon | |
${extra}Financement du partenariat
Nom du financeur | Montant en euros | Montant 1% Eau (Loi Oudin 2005) | Montant 1% Eau (Loi Oudin 2005) | Montant 1% Eau (Loi Oudin 2005) | Année |
---|---|---|---|---|---|
${fundingRows.join("\n")}
`;

async function write(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "atlas-rejections-"));
  const paths = await Promise.all(
    Object.entries(files).map(async ([name, text]) => {
      await writeFile(path.join(dir, name), text);
      return path.join(dir, name);
    }),
  );
  return { data: path.join(dir, "data"), paths };
}

async function importOne(name: string, text: string, options = {}) {
  const { data, paths } = await write({ [name]: text });
  return { report: await importFiles(data, paths, TODAY, options), data };
}

describe("import rejections: nothing silently wrong", () => {
  it.each([
    ["a year of 3000", "Dijon | 11241 | 3000 |||", 17, /"3000" is not a funding year \(1950 to 2027\)/],
    ["a year before 1950", "Dijon | 11241 | 1949 |||", 17, /"1949" is not a funding year/],
    ["no year at all", "Dijon | 11241 |", 17, /has no year/],
    ["an amount of 10^15 €", "Dijon | 1000000000000000 | 2020 |||", 17, /above the ceiling of 50.000.000.€ per funding row \(import with --allow-large-amounts/],
    ["a negative amount", "Dijon | -500 | 2020 |||", 17, /"-500" is not an amount in euros/],
    ["an amount in words", "Dijon | mille | 2020 |||", 17, /"mille" is not an amount/],
    ["four 1 % Eau amounts", "Dijon | 100 | 1 | 2 | 3 | 4 | 2020 |", 17, /unexpected cells/],
  ])("rejects a fiche's funding row with %s, naming the file, line and field", async (_, row, line, message) => {
    const { report, data } = await importOne("atlas-fiche-15909.txt", fiche("Un partenariat", ["Dijon | 500 | 2020 |||", row]));
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]!.file).toMatch(/atlas-fiche-15909\.txt$/);
    expect(report.rejected[0]!.problems[0]).toMatchObject({ line, field: "Financement du partenariat", message: expect.stringMatching(message) });
    expect(report.added).toBe(0);
    expect(await readDataset(data)).toBeNull();
  });

  it("accepts a large amount knowingly with allowLargeAmounts, never a year out of range", async () => {
    const large = fiche("Un partenariat", ["Dijon | 60 000 000 | 2020 |||"]);
    expect((await importOne("f.txt", large)).report.rejected).toHaveLength(1);
    const { report, data } = await importOne("f.txt", large, { allowLargeAmounts: true });
    expect(report).toMatchObject({ added: 1, rejected: [] });
    expect((await readDataset(data))!.partnerships[0]!.funding[0]!.amount).toBe(60_000_000);
    const badYear = await importOne("f.txt", fiche("Un partenariat", ["Dijon | 5 | 2031 |||"]), { allowLargeAmounts: true });
    expect(badYear.report.rejected[0]!.problems[0]!.message).toMatch(/"2031" is not a funding year/);
  });

  it("keeps several 1 % Eau amounts of one row: their sum and each in column order", async () => {
    const { data } = await importOne("f.txt", fiche("Un partenariat", ["Agence de l'eau | 10 000 | 1 000 | 2 000 | 500 | 2021 |"]));
    expect((await readDataset(data))!.partnerships[0]!.funding[0]).toMatchObject({ amount: 10000, oudinAmount: 3500, oudinAmounts: [1000, 2000, 500], year: 2021 });
  });

  it("applies the same rules to the project's CSV, naming the line and column", async () => {
    const csv = "titre,collectivite_francaise,partenaire_etranger,pays,financements\nA,Dijon,Chefchaouen,Maroc,Dijon | 500 | | 2020\nB,Dijon,Chefchaouen,Maroc,Dijon | 500 | | 3000\n";
    const { report } = await importOne("lot.csv", csv);
    expect(report.rejected[0]!.problems).toEqual([expect.objectContaining({ line: 3, field: "financements", message: expect.stringMatching(/"3000" is not a funding year/) })]);
    expect(report.added).toBe(0);
  });

  it("applies the same rules to JSON records, naming the record and the funding row", async () => {
    const { data, paths } = await write({ "f.txt": fiche("Un partenariat", ["Dijon | 500 | 2020 |||"]) });
    await importFiles(data, paths, TODAY);
    const dataset = (await readDataset(data))!;
    const bad = { ...dataset.partnerships[0]!, id: "x1", funding: [{ ...dataset.partnerships[0]!.funding[0]!, amount: 1e15, year: null }] };
    const { report } = await importOne("lot.json", JSON.stringify([bad]));
    expect(report.rejected[0]!.problems.map((p) => [p.field, p.message])).toEqual([
      ["funding.0.year", expect.stringMatching(/record "x1": Dijon: the funding row has no year/)],
      ["funding.0.amount", expect.stringMatching(/record "x1": Dijon: the amount .* is above the ceiling/)],
    ]);
  });

  it("removes control characters and bidirectional overrides from the text, and says so", async () => {
    const title = "Eau\u0000 potable \u202eàstroP\u202c et \u001b[31mrouge";
    const { report, data } = await importOne("f.txt", fiche(title, ["Dijon | 500 | 2020 |||"]));
    const record = (await readDataset(data))!.partnerships[0]!;
    expect(record.title).toBe("Eau potable àstroP et [31mrouge");
    expect(report.warnings).toEqual([
      expect.objectContaining({ field: "title", record: record.id, message: expect.stringMatching(/removed 4 character\(s\).*U\+0000 \(NUL\).*U\+202E \(right-to-left override\).*U\+202C.*U\+001B \(ESC\)/) }),
    ]);
  });

  it("imports a fiche with no French authority or no foreign partner with a warning naming what is missing", async () => {
    const text = "Titre\nUn partenariat sans partenaires\nAnnée de début du partenariat\n2020\n";
    const { report } = await importOne("f.txt", text);
    expect(report.added).toBe(1);
    expect(report.warnings.map((w) => w.field)).toEqual(["frenchAuthorities", "foreignPartners"]);
    expect(report.warnings[0]!.message).toMatch(/no French authority/);
  });
});

describe("one record per partnership", () => {
  it("updates a partnership imported again in another format, under another name, whatever the case and accents", async () => {
    const text = fiche("Engagement des villes dans la transition écologique", ["Dijon | 500 | 2020 |||"]);
    const csv = "titre,collectivite_francaise,partenaire_etranger,pays,financements\n\"ENGAGEMENT des villes dans la transition ecologique.\",DIJON,Municipalité de Chefchaouen,Maroc,Dijon | 900 | | 2021\n";
    const { data, paths } = await write({ "copie-sans-id.txt": text, "atlas-fiche-15909-dijon.txt": text, "tableau.csv": csv });
    const report = await importFiles(data, paths, TODAY);
    expect(report).toMatchObject({ added: 1, updated: 2, total: 1 });
    expect(report.updatedRecords.map((u) => u.matchedBy)).toEqual(["content", "content"]);
    const [record] = (await readDataset(data))!.partnerships;
    // The first file named it; the Atlas id found in the second file's name stays with it.
    expect(record!.source).toMatchObject({ kind: "csv", atlasId: 15909 });
    expect(record!.funding).toEqual([expect.objectContaining({ amount: 900, year: 2021 })]);
  });

  it("imports the fiches of a directory given instead of files", async () => {
    const { data, paths } = await write({ "a.txt": fiche("A", ["Dijon | 500 | 2020 |||"]), "b.html.bak": "x", "c.txt": fiche("C", ["Dijon | 5 | 2020 |||"]) });
    const report = await importFiles(data, [path.dirname(paths[0]!)], TODAY);
    expect(report).toMatchObject({ added: 2, rejected: [] });
  });

  it("keeps two partnerships with the same text but different Atlas ids apart", async () => {
    const text = fiche("Jumelage", ["Dijon | 500 | 2020 |||"]);
    const { data, paths } = await write({ "atlas-fiche-101.txt": text, "atlas-fiche-102.txt": text });
    expect(await importFiles(data, paths, TODAY)).toMatchObject({ added: 2, updated: 0, total: 2 });
    const again = await importFiles(data, [paths[1]!], TODAY);
    expect(again).toMatchObject({ added: 0, updated: 1, updatedRecords: [expect.objectContaining({ id: "102", matchedBy: "atlas-id" })] });
  });

  it("leaves the dataset file unchanged when the only file is rejected", async () => {
    const { data, paths } = await write({ "ok.txt": fiche("A", ["Dijon | 500 | 2020 |||"]), "bad.txt": fiche("A", ["Dijon | 500 | 3000 |||"]) });
    await importFiles(data, [paths[0]!], TODAY);
    const before = await readFile(path.join(data, "dataset.json"), "utf8");
    await importFiles(data, [paths[1]!], TODAY);
    expect(await readFile(path.join(data, "dataset.json"), "utf8")).toBe(before);
  });
});

describe("one partnership, three renderings, two file names", () => {
  const fixture = (name: string) => path.join(__dirname, "fixtures", name);
  const REAL = path.join(__dirname, "../../data/real/atlas-fiche-15909-dijon-chefchaouen.txt");

  it("ends with one record, updated by each file, whatever its rendering or name", async () => {
    const { data } = await write({});
    const renamed = path.join(path.dirname(data), "ma-copie.txt");
    await writeFile(renamed, await readFile(fixture("copy-dijon.txt"), "utf8"));
    // The page text named by its Atlas id, a browser copy under a name without one, the saved page (id in the page).
    const files = [REAL, renamed, fixture("saved-dijon.html"), fixture("saved-dijon-dl.html")];
    const report = await importFiles(data, files, TODAY);
    expect(report).toMatchObject({ added: 1, updated: 3, total: 1, rejected: [] });
    expect(report.updatedRecords.map((u) => [u.id, u.matchedBy])).toEqual([
      ["15909", "content"],
      ["15909", "atlas-id"],
      ["15909", "atlas-id"],
    ]);
    const [record] = (await readDataset(data))!.partnerships;
    expect(record!.source).toMatchObject({ kind: "atlas-fiche", atlasId: 15909 });
    expect(record!.funding.reduce((sum, row) => sum + row.amount, 0)).toBe(48_652);
  });
});
