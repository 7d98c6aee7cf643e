import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET, type HealthBody } from "@/app/api/health/route";
import { testDataset, testEngine } from "../downloads/test-dataset";
import { injectEngine } from "../test-support/engine";
import type { ApiError } from "./http";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** An empty data directory for the process to load from (no engine injected). */
async function dataDirectory(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "atlas-health-"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  vi.stubEnv("ATLAS_DATA_DIR", dir);
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  return dir;
}

describe("GET /api/health", () => {
  it("answers the dataset version the ETags use, its size and provenance, never cached", async () => {
    const dataset = testDataset(5);
    injectEngine(testEngine(dataset));
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("etag")).toBeNull();
    expect((await response.json()) as HealthBody).toEqual({
      status: "ok",
      version: "test-version",
      partnerships: dataset.partnerships.length,
      generated: true,
      updatedAt: dataset.meta.updatedAt,
    });
  });

  it("says so for a real dataset", async () => {
    injectEngine(testEngine(testDataset(0, false)));
    expect(((await (await GET()).json()) as HealthBody).generated).toBe(false);
  });

  it("503 when there is no dataset: the file named, not the server's directories", async () => {
    const dir = await dataDirectory();
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as ApiError & { status: string };
    expect(body.status).toBe("unavailable");
    expect(body.error.code).toBe("dataset_unreadable");
    expect(body.error.message).toMatch(/^dataset\.json does not exist/);
    expect(body.error.message).not.toContain(dir);
  });

  it("503 on a dataset that is not valid, then 200 once the process can load one", async () => {
    await dataDirectory({ "dataset.json": "{ not json" });
    const broken = await GET();
    expect(broken.status).toBe(503);
    expect(((await broken.json()) as ApiError).error.message).toContain("dataset.json");
    // A failed load is not remembered (lib/data/engine.ts): the instance recovers without a restart.
    injectEngine(testEngine(testDataset(0)));
    expect((await GET()).status).toBe(200);
  });
});
