import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testDataset } from "../downloads/test-dataset";
import { datasetJsonChunks } from "./dataset-json";
import { loadEngine } from "./load-engine";
import { datasetPath, writeDataset } from "./store";

describe("datasetJsonChunks", () => {
  it("writes JSON.stringify(dataset) and a line break, whatever the meta's texts hold", () => {
    const dataset = testDataset(2_500);
    dataset.meta.description = '"@@records@@" @@records@@';
    const json = (from: number, to: number) => dataset.partnerships.slice(from, to).map((p) => JSON.stringify(p)).join(",");
    const chunks = [...datasetJsonChunks(dataset, dataset.partnerships.length, json)];
    expect(chunks.join("")).toBe(`${JSON.stringify(dataset)}\n`);
    expect(chunks.length).toBeGreaterThan(3);
  });

  it("gives the dataset file's own text from a server's record source, read by ranges", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-json-"));
    const dataset = testDataset(1_200);
    await writeDataset(dir, dataset);
    const loaded = (await loadEngine(dir, () => undefined))!;
    try {
      expect(loaded.from).toBe("snapshot");
      const { engine } = loaded;
      expect(engine.recordsAt(999, 1_003)).toEqual(dataset.partnerships.slice(999, 1_003));
      expect(engine.recordsAt(5, 5)).toEqual([]);
      expect(() => engine.recordsAt(1_200, 1_204)).toThrow(RangeError);
      const chunks = [...datasetJsonChunks({ format: dataset.format, meta: engine.datasetMeta }, engine.index.count, (from, to) => engine.recordsJsonAt(from, to))];
      const text = Buffer.concat(chunks.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk))).toString("utf8");
      expect(text).toBe(`${await readFile(datasetPath(dir), "utf8")}\n`);
    } finally {
      await loaded.close();
    }
  });
});
