import { mkdtemp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../model";
import { makePartnership } from "../test-support/factories";
import { DatasetError, loadDatasetText, readDataset, writeDataset } from "./store";

const dataset = (ids: string[]): Dataset => ({
  format: "atlas-cooperation/dataset@1",
  meta: { demo: null, description: "test", updatedAt: "2026-01-01" },
  partnerships: ids.map((id) => makePartnership({ id })),
});

describe("dataset store", () => {
  it("returns null for a directory without a dataset, and reads back what it wrote", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-store-"));
    expect(await readDataset(dir)).toBeNull();
    await writeDataset(path.join(dir, "new"), dataset(["a", "b"]));
    expect(await readDataset(path.join(dir, "new"))).toEqual(dataset(["a", "b"]));
  });

  it("names the file and the problem for a broken dataset", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-store-"));
    await writeFile(path.join(dir, "dataset.json"), "{ not json");
    await expect(readDataset(dir)).rejects.toThrow(/dataset\.json: not valid JSON/);
    const bad = dataset(["a"]);
    (bad.partnerships[0] as { startYear: unknown }).startYear = "2020";
    await writeFile(path.join(dir, "dataset.json"), JSON.stringify(bad));
    await expect(readDataset(dir)).rejects.toThrow(/partnerships\.0\.startYear/);
    await writeFile(path.join(dir, "dataset.json"), JSON.stringify(dataset(["a", "a"])));
    await expect(readDataset(dir)).rejects.toThrow(DatasetError);
  });

  it("leaves the old dataset whole and no temporary file when a write fails", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-store-"));
    await writeDataset(dir, dataset(["a"]));
    const before = await readFile(path.join(dir, "dataset.json"), "utf8");
    const invalid = dataset(["b"]);
    (invalid.partnerships[0] as { title: unknown }).title = "";
    await expect(writeDataset(dir, invalid)).rejects.toThrow();
    // A rename onto a directory fails after the temporary file was written: it must be cleaned up.
    const blocked = path.join(dir, "blocked");
    await mkdir(path.join(blocked, "dataset.json"), { recursive: true });
    await writeFile(path.join(blocked, "dataset.json", "keep"), "x");
    await expect(writeDataset(blocked, dataset(["c"]))).rejects.toThrow();
    expect(await readdir(blocked)).toEqual(["dataset.json"]);
    expect(await readFile(path.join(dir, "dataset.json"), "utf8")).toBe(before);
    expect(await readdir(dir)).toEqual(["blocked", "dataset.index", "dataset.json", "dataset.validated.json"]);
  });

  it("removes the temporary files a crashed write left, and only those of writers no longer running", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-store-"));
    // A pid no process has (above Linux's pid_max), and a running one (this test's parent).
    const crashed = ["dataset.json.tmp-4194305-0a1b2c3d", "dataset.index.tmp-4194305-00ff00ff"];
    const running = `dataset.json.tmp-${process.ppid}-12345678`;
    for (const name of [...crashed, running, "notes.tmp-4194305-0a1b2c3d"]) await writeFile(path.join(dir, name), "half a dataset");
    await writeDataset(dir, dataset(["a", "b"]));
    const left = await readdir(dir);
    for (const name of crashed) expect(left).not.toContain(name);
    expect(left).toContain(running);
    expect(left).toContain("notes.tmp-4194305-0a1b2c3d");
    expect((await readDataset(dir))?.partnerships).toHaveLength(2);
  });

  it("trusts the validation record only for the exact content it was written for", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-store-"));
    await writeDataset(dir, dataset(["a"]));
    expect((await loadDatasetText(dir))?.dataset.partnerships.map((p) => p.id)).toEqual(["a"]);
    // Edited by hand after it was written: the record no longer matches, so it is validated again.
    const edited = JSON.parse(await readFile(path.join(dir, "dataset.json"), "utf8"));
    edited.partnerships[0].status = "suspendu";
    await writeFile(path.join(dir, "dataset.json"), JSON.stringify(edited));
    await expect(loadDatasetText(dir)).rejects.toThrow(/partnerships\.0\.status/);
    expect(await loadDatasetText(path.join(dir, "missing"))).toBeNull();
  });
});
