import { copyFile, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "../data/store";
import { importFiles } from "./import";

const REAL = path.join(__dirname, "../../data/real");
const FICHE = path.join(REAL, "atlas-fiche-15909-dijon-chefchaouen.txt");
const SAMPLE = path.join(REAL, "atlas-fiches-sample.csv");

async function workspace() {
  const dir = await mkdtemp(path.join(tmpdir(), "atlas-import-"));
  const bad = path.join(dir, "bad-fiche.txt");
  await writeFile(bad, "Titre\nUn partenariat\nAnnée de début du partenariat\n20x0\n");
  const badCsv = path.join(dir, "bad.csv");
  await writeFile(badCsv, "titre,annee_debut,statut\nA,2019,En cours\nB,2019,Suspendu\n");
  const badJson = path.join(dir, "bad.json");
  await writeFile(badJson, '[{"id": "x", "title": ""}]');
  return { dir, data: path.join(dir, "data"), bad, badCsv, badJson };
}

describe("importFiles", () => {
  it("imports the good files of a mix, reports each bad one with its line, and writes no partial file", async () => {
    const { data, bad, badCsv, badJson, dir } = await workspace();
    const report = await importFiles(data, [FICHE, bad, SAMPLE, badCsv, badJson, path.join(dir, "missing.txt")], "2026-11-28");

    expect(report.rejected.map((r) => path.basename(r.file))).toEqual(["bad-fiche.txt", "bad.csv", "bad.json", "missing.txt"]);
    const [fiche, csv, json, missing] = report.rejected;
    expect(fiche!.problems[0]).toMatchObject({ line: 4, field: "Année de début du partenariat" });
    expect(csv!.problems).toEqual([expect.objectContaining({ line: 3, field: "statut" })]);
    expect(json!.problems[0]!.message).toMatch(/record 0 \(id "x"\): title/);
    expect(missing!.problems[0]!.message).toMatch(/ENOENT|not found/);

    // The fiche and the 8 CSV rows, with the fiche's 15909 replaced by the CSV's transcription of it (same id).
    expect(report).toMatchObject({ added: 8, updated: 1, total: 8 });
    const dataset = await readDataset(data);
    expect(dataset!.partnerships.map((p) => p.id).sort()).toEqual(["12522", "12693", "15909", "2833", "3203", "636", "6471", "9467"]);
    expect(dataset!.meta.demo).toBeNull();
    expect(await readdir(data)).toEqual(["dataset.index", "dataset.json", "dataset.validated.json"]);
  });

  it("updates a re-imported fiche in place instead of duplicating it", async () => {
    const { data, dir } = await workspace();
    await importFiles(data, [SAMPLE], "2026-11-28");
    const copy = path.join(dir, "atlas-fiche-15909-copie.txt");
    await copyFile(FICHE, copy);
    const first = await importFiles(data, [FICHE], "2026-11-28");
    const again = await importFiles(data, [copy], "2026-11-29");
    expect(first).toMatchObject({ added: 0, updated: 1, total: 8 });
    expect(again).toMatchObject({ added: 0, updated: 1, total: 8 });
    const dataset = await readDataset(data);
    const dijon = dataset!.partnerships.find((p) => p.id === "15909")!;
    expect(dijon.source).toMatchObject({ kind: "atlas-fiche", file: "atlas-fiche-15909-copie.txt" });
    expect(dijon.funding).toHaveLength(6);
    expect(dataset!.meta.updatedAt).toBe("2026-11-29");
  });

  it("changes nothing on disk when every file is rejected", async () => {
    const { data, bad } = await workspace();
    await importFiles(data, [SAMPLE], "2026-11-28");
    const before = await readFile(path.join(data, "dataset.json"), "utf8");
    const report = await importFiles(data, [bad], "2026-11-30");
    expect(report).toMatchObject({ added: 0, updated: 0, total: 8 });
    expect(await readFile(path.join(data, "dataset.json"), "utf8")).toBe(before);
  });
});
