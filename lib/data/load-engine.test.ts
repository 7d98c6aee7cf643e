import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../demo/generate";
import type { Dataset } from "../model";
import { QueryEngine } from "../query/engine";
import { BREAKDOWNS, type Filters, aggregateQuerySchema, listQuerySchema, parseParams, toSearchParams } from "../query/params";
import { type LoadedEngine, loadEngine as openEngine, snapshotIsCurrent } from "./load-engine";
import { datasetLayout, writeDataset } from "./store";

const DATASET: Dataset = {
  format: "atlas-cooperation/dataset@1",
  meta: { demo: { ...DEFAULT_DEMO_OPTIONS, scale: 0.04 }, description: "test", updatedAt: "2026-01-01" },
  partnerships: generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.04 }),
};
const FILTER_SETS = [{}, { country: ["MA", "SN"], yearFrom: 2012, yearTo: 2018 }, { q: "eau", themeRule: "split" }, { status: "ongoing", authorityKind: ["commune"] }];

// Every engine a test loads is closed after it: a FileHandle left to the GC is deprecated (DEP0137).
const loadedEngines: LoadedEngine[] = [];
afterEach(async () => {
  await Promise.all(loadedEngines.splice(0).map((loaded) => loaded.close()));
});
async function loadEngine(...args: Parameters<typeof openEngine>): Promise<LoadedEngine | null> {
  const loaded = await openEngine(...args);
  if (loaded) loadedEngines.push(loaded);
  return loaded;
}

async function written(dataset = DATASET): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "atlas-load-"));
  await writeDataset(dir, dataset);
  return dir;
}

function parsed<S extends typeof aggregateQuerySchema | typeof listQuerySchema>(schema: S, raw: Record<string, unknown>): z.infer<S> {
  const result = parseParams(schema, toSearchParams(raw));
  if (!result.ok) throw new Error(result.message);
  return result.value as z.infer<S>;
}

/** Everything the views read from an engine, for comparing two engines over the same records. */
function answers(engine: QueryEngine) {
  const out: unknown[] = [engine.version, engine.meta(), engine.generated, engine.embassy("MA"), engine.authority("commune-75056")];
  for (const raw of FILTER_SETS) {
    for (const by of BREAKDOWNS) {
      for (const measure of by === "activeYear" ? ["partnerships"] : ["amount", "partnerships", "frenchAuthorities"]) {
        out.push(engine.aggregate(parsed(aggregateQuerySchema, { ...raw, by, measure })));
      }
    }
    out.push(engine.summary(parsed(aggregateQuerySchema, { ...raw, by: "theme" }) as Filters), engine.countries(parsed(aggregateQuerySchema, { ...raw, by: "theme" }) as Filters));
    for (const sort of ["title", "-amount", "country", "startYear"]) out.push(engine.list(parsed(listQuerySchema, { ...raw, sort, pageSize: 25, page: 2 })));
  }
  for (const p of DATASET.partnerships.slice(0, 40)) out.push(engine.get(p.id));
  return out;
}

describe("loading the engine", () => {
  it("writes the file as JSON.stringify would, with each record's byte range", () => {
    const { text, recordStart, recordLength } = datasetLayout(DATASET);
    expect(text).toBe(JSON.stringify(DATASET));
    const bytes = Buffer.from(text);
    DATASET.partnerships.forEach((p, i) => {
      expect(JSON.parse(bytes.subarray(recordStart[i]!, recordStart[i]! + recordLength[i]!).toString())).toEqual(p);
    });
  });

  it("reads the snapshot back and answers exactly as an engine built from the records", async () => {
    const dir = await written();
    const warnings: string[] = [];
    const loaded = await loadEngine(dir, (m) => warnings.push(m));
    expect(loaded?.from).toBe("snapshot");
    expect(warnings).toEqual([]);
    const hash = (await import("./store")).datasetHash(await readFile(path.join(dir, "dataset.json")));
    expect(answers(loaded!.engine)).toEqual(answers(QueryEngine.fromDataset(DATASET, hash.slice(0, 16))));
    expect(await snapshotIsCurrent(dir)).toBe(true);
  });

  it("ignores a snapshot built from another version of the file, and says so", async () => {
    const dir = await written();
    const edited = { ...DATASET, partnerships: DATASET.partnerships.slice(1) };
    await writeFile(path.join(dir, "dataset.json"), JSON.stringify(edited));
    const warnings: string[] = [];
    const loaded = await loadEngine(dir, (m) => warnings.push(m));
    expect(loaded?.from).toBe("records");
    expect(warnings.join("\n")).toMatch(/dataset\.index was built from another version of .*dataset\.json/);
    expect(loaded!.engine.meta().counts.partnerships).toBe(DATASET.partnerships.length - 1);
    expect(loaded!.engine.get(DATASET.partnerships[0]!.id)).toBeNull();
    expect(await snapshotIsCurrent(dir)).toBe(false);
  });

  it("falls back to the records when the snapshot is unreadable, and names the problem", async () => {
    const dir = await written();
    await writeFile(path.join(dir, "dataset.index"), "not a snapshot at all");
    const warnings: string[] = [];
    const loaded = await loadEngine(dir, (m) => warnings.push(m));
    expect(loaded?.from).toBe("records");
    expect(warnings[0]).toMatch(/dataset\.index: (no checksum header|not a snapshot|format)/);
    expect(loaded!.engine.meta().counts.partnerships).toBe(DATASET.partnerships.length);
  });

  it("never uses a damaged snapshot: every copy with a few bytes changed falls back to the records", async () => {
    const dir = await written();
    const file = path.join(dir, "dataset.index");
    const original = await readFile(file);
    const intact = answers((await loadEngine(dir))!.engine);
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let copy = 0; copy < 10; copy += 1) {
      const damaged = Buffer.from(original);
      // Past the header: the bytes of the index itself (amounts, groups, offsets…).
      for (let n = 0; n < 3; n += 1) {
        const at = 64 + Math.floor(random() * (damaged.length - 64));
        damaged[at] = damaged[at]! ^ (1 + Math.floor(random() * 255));
      }
      await writeFile(file, damaged);
      const warnings: string[] = [];
      const loaded = await loadEngine(dir, (m) => warnings.push(m));
      expect(loaded?.from, `copy ${copy}`).toBe("records");
      expect(warnings[0]).toMatch(/dataset\.index: damaged: its checksum does not match its content/);
      // The same answers as from the intact snapshot: nothing of the damaged bytes reaches a view.
      expect(answers(loaded!.engine)).toEqual(intact);
      expect(await snapshotIsCurrent(dir)).toBe(false);
    }
  });

  it("keeps serving the file it loaded when a new dataset replaces it, and names a file changed in place", async () => {
    const dir = await written();
    const { engine } = (await loadEngine(dir, () => {}))!;
    const [first, last] = [DATASET.partnerships[0]!, DATASET.partnerships.at(-1)!];
    // The CLI writes a new file and renames it: the loaded engine still reads the old one.
    await writeDataset(dir, { ...DATASET, partnerships: DATASET.partnerships.slice(0, 3) });
    expect(engine.get(last.id)).toEqual(last);
    // Overwritten in place (same file, shorter): records can no longer be read, and the error says why.
    const fresh = await written();
    const loaded = (await loadEngine(fresh, () => {}))!.engine;
    await writeFile(path.join(fresh, "dataset.json"), "{}");
    expect(() => loaded.get(first.id)).toThrow(/dataset\.json: record 0 cannot be read .*restart/);
  });

  it("returns null without a dataset, and names the file of a broken one", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-load-"));
    expect(await loadEngine(dir, () => {})).toBeNull();
    const broken = await written();
    await writeFile(path.join(broken, "dataset.json"), "{ not json");
    await expect(loadEngine(broken, () => {})).rejects.toThrow(/dataset\.json: not valid JSON/);
  });
});
