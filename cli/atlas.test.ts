import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { loadEngine } from "../lib/data/load-engine";
import type { Partnership } from "../lib/model";
import { scratchDir, writeText, writeXlsx } from "../lib/test-support/sheets";

const ROOT = path.resolve(__dirname, "..");
const FICHE = path.join(ROOT, "data/real/atlas-fiche-15909-dijon-chefchaouen.txt");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const EXAMPLE = path.join(ROOT, "data/examples/exemple-zone-afrique.xlsx");
const EXAMPLE_MAP = path.join(ROOT, "data/examples/exemple-zone-afrique.map.json");

/** Runs the CLI as a user would and returns its exit code and both streams. */
async function atlas(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [path.join(ROOT, "cli/atlas.ts"), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe("atlas CLI", () => {
  it("parse-fiche prints the seed fiche as one JSON partnership and nothing else", async () => {
    const { code, stdout } = await atlas("parse-fiche", FICHE);
    expect(code).toBe(0);
    const partnership = JSON.parse(stdout) as Partnership;
    expect(partnership.id).toBe("15909");
    expect(partnership.funding).toHaveLength(6);
    expect(partnership.funding.reduce((sum, row) => sum + row.amount, 0)).toBe(48_652);
    const byYear = (year: number) => partnership.funding.filter((r) => r.year === year).reduce((s, r) => s + r.amount, 0);
    expect([byYear(2020), byYear(2021)]).toEqual([22_775, 25_877]);
  });

  it("parse-fiche --id fills the Atlas id and page like an id in the file name; a bad file exits 1 with the line and field on stderr only", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-cli-"));
    const unnamed = path.join(dir, "copie.txt");
    await writeFile(unnamed, await readFile(FICHE, "utf8"));
    const named = JSON.parse((await atlas("parse-fiche", unnamed, "--id", "15909")).stdout) as Partnership;
    expect(named.id).toBe("15909");
    expect(named.source).toMatchObject({ atlasId: 15909, url: expect.stringMatching(/prjId=15909$/) });
    expect(JSON.parse((await atlas("parse-fiche", unnamed)).stdout).source.atlasId).toBeNull();
    expect((await atlas("parse-fiche", unnamed, "--id", "dijon")).stderr).toMatch(/--id: "dijon" is not an Atlas project id/);
    const bad = path.join(dir, "bad.txt");
    await writeFile(bad, "Titre\nUn partenariat\nLe partenariat est\nSuspendu\n");
    const { code, stdout, stderr } = await atlas("parse-fiche", bad);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/line 4.*Le partenariat est/);
  });

  it("import keeps the good files, names the bad ones and says so in its exit code", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-cli-"));
    const bad = path.join(dir, "pas-une-fiche.txt");
    await writeFile(bad, "Bonjour\n");
    const data = path.join(dir, "data");
    const { code, stdout, stderr } = await atlas("import", "--data-dir", data, FICHE, bad);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^1 added, 0 updated, 1 file\(s\) rejected; .* holds 1 partnerships\n$/);
    expect(stderr).toContain(`rejected ${bad}`);
    expect(await readdir(data)).toEqual(["dataset.index", "dataset.json", "dataset.validated.json"]);
    const exported = await atlas("export", "--data-dir", data, "--format", "csv");
    expect(exported.stdout.split("\n")[0]).toMatch(/^id,prj_id,/);
    expect(exported.stdout).toContain("Engagement des villes dans la transition écologique.");
  });

  it("index writes the snapshot of a dataset copied by hand, ensure-demo refreshes a stale one", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-cli-"));
    const data = path.join(dir, "data");
    await atlas("import", "--data-dir", data, FICHE);
    const copy = path.join(dir, "copy");
    await mkdir(copy);
    await writeFile(path.join(copy, "dataset.json"), await readFile(path.join(data, "dataset.json")));
    const before = await loadEngine(copy, () => {});
    expect(before?.from).toBe("records");
    await before?.close();
    const { code, stderr } = await atlas("index", "--data-dir", copy);
    expect(code).toBe(0);
    expect(stderr).toMatch(/index snapshot of 1 partnerships written to .*dataset\.index/);
    const indexed = await loadEngine(copy, () => {});
    expect(indexed?.from).toBe("snapshot");
    await indexed?.close();
    // Edited after its snapshot: ensure-demo (run by every build) rewrites the snapshot, keeps the data.
    const edited = JSON.parse(await readFile(path.join(copy, "dataset.json"), "utf8")) as { partnerships: Partnership[] };
    edited.partnerships[0]!.title = "Titre corrigé à la main";
    await writeFile(path.join(copy, "dataset.json"), JSON.stringify(edited));
    expect((await atlas("ensure-demo", "--data-dir", copy)).code).toBe(0);
    const after = await loadEngine(copy, () => {});
    expect(after?.from).toBe("snapshot");
    expect(after?.engine.get("15909")?.title).toBe("Titre corrigé à la main");
    await after?.close();
    expect((await atlas("index", "--data-dir", path.join(dir, "empty"))).code).toBe(2);
  });

  it("inspect shows how the example spreadsheet would be read; without its map, exit 1 saying what header it looked for", async () => {
    const { code, stdout, stderr } = await atlas("inspect", EXAMPLE, "--map", EXAMPLE_MAP);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toContain('Sheet used: "Afrique"\nHeader row: line 3\n');
    expect(stdout).toContain('  A "Intitulé de l\'action" → titre (map)\n');
    expect(stdout).toContain('  D "Pays" → pays (synonym)\n');
    expect(stdout).toContain('Columns ignored:\n  J "Commentaire": ignored by the map\n');
    expect(stdout).toContain("Import: would import the 3 partnerships\n");
    expect(stdout).toContain("1. lines 4, 5, 6\n   Title: Exemple — Accès à l'eau potable dans les quartiers périphériques\n");
    const unmapped = await atlas("inspect", EXAMPLE);
    expect(unmapped.code).toBe(1);
    expect(unmapped.stdout).toBe("");
    expect(unmapped.stderr).toMatch(/^inspect .*exemple-zone-afrique\.xlsx: no header row found in the first 50 rows of sheet "Afrique": looked for a row with a title column/);
  });

  it("import --map reads a spreadsheet; a bad map stops the import before any file is read", async () => {
    const dir = await scratchDir();
    const data = path.join(dir, "data");
    const imported = await atlas("import", "--data-dir", data, "--map", EXAMPLE_MAP, EXAMPLE);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^3 added, 0 updated, 0 file\(s\) rejected; .* holds 3 partnerships\n$/);

    const badMap = await writeText(dir, "bad.map.json", '{"columns": {"Intitulé de l\'action": "intitule"}}');
    const refused = await atlas("import", "--data-dir", path.join(dir, "other"), "--map", badMap, EXAMPLE);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/bad map .*bad\.map\.json:\n {2}field "columns\.Intitulé de l'action": unknown column "intitule"; the columns are: id, /);
    await expect(readdir(path.join(dir, "other"))).rejects.toThrow();
  });

  it("import --allow-large-amounts lets a 60 M€ funding row in, refused without it", async () => {
    const dir = await scratchDir();
    const data = path.join(dir, "data");
    const large = await writeXlsx(dir, "gros.xlsx", { Feuille: [["Titre", "Collectivité française", "Année de début", "Montant"], ["Grand projet", "Dijon", 2020, 60_000_000]] });
    const capped = await atlas("import", "--data-dir", data, large);
    expect(capped.code).toBe(1);
    expect(capped.stderr).toMatch(/^rejected .*gros\.xlsx: line 2, field "Montant → montant": the amount 60\s000\s000\s€ is above the ceiling/);
    const allowed = await atlas("import", "--data-dir", data, "--allow-large-amounts", large);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/^1 added, .* holds 1 partnerships\n$/);
  });

  it("a misused command exits 2 with the usage", async () => {
    const { code, stderr } = await atlas("frobnicate");
    expect(code).toBe(2);
    expect(stderr).toContain("Usage: npm run --silent atlas");
    expect((await atlas("demo", "--scale", "zero")).code).toBe(2);
    expect((await atlas("import", "--unknown-flag", FICHE)).code).toBe(2);
    expect((await atlas("inspect")).code).toBe(2);
  });
});

describe("starting the server", () => {
  it("check exits 1 on a truncated dataset, naming the file and the fix; serve.sh then does not start the server", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-serve-"));
    await writeFile(path.join(dir, "dataset.json"), '{"format":"atlas-cooperation/dataset@1","meta":{"demo":null,"desc');
    const checked = await promisify(execFile)(TSX, [path.join(ROOT, "cli/atlas.ts"), "check", "--data-dir", dir], { cwd: ROOT }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain(`${path.join(dir, "dataset.json")}: not valid JSON`);
    expect(checked.stderr).toContain('"npm run atlas -- demo"');

    const served = await promisify(execFile)("sh", [path.join(ROOT, "scripts/serve.sh"), "-H", "127.0.0.1", "-p", "3999"], {
      cwd: ROOT,
      env: { ...process.env, ATLAS_DATA_DIR: dir },
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(served.code).toBe(1);
    expect(served.stderr).toContain("not valid JSON");
    expect(served.stderr).toContain("the server was not started");
  });

  it("check passes on a valid dataset and says how its index was read", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-serve-"));
    expect((await atlas("import", "--data-dir", dir, FICHE)).code).toBe(0);
    const { code, stderr } = await atlas("check", "--data-dir", dir);
    expect(code).toBe(0);
    expect(stderr).toMatch(/1 partnership, index read from dataset\.index/);
  });
});
