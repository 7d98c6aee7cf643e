import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Dataset } from "../model";
import { QueryEngine } from "../query/engine";
import { aggregateApiSchema } from "../query/api-schemas";
import { makeFunding, makePartnership } from "../test-support/factories";
import { API_ERROR_STATUS, type ApiError, type ApiErrorCode, handleGet, withoutDirectories } from "./http";

const DATASET: Dataset = {
  format: "atlas-cooperation/dataset@1",
  meta: { demo: null, description: "test", updatedAt: "2026-01-01" },
  partnerships: [makePartnership({ id: "1", funding: [makeFunding({ year: 2019, amount: 1000 })] })],
};

// getEngine keeps the process's engine on globalThis: a test puts its own there, or leaves none to load.
const shared = globalThis as typeof globalThis & { __atlasEngine?: Promise<QueryEngine> };
const useEngine = () => {
  shared.__atlasEngine = Promise.resolve(QueryEngine.fromDataset(DATASET, "http-test"));
};
const noParams = z.object({}).strict();

afterEach(() => {
  shared.__atlasEngine = undefined;
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

async function errorOf(response: Response, code: ApiErrorCode): Promise<ApiError["error"]> {
  expect(response.status).toBe(API_ERROR_STATUS[code]);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = (await response.json()) as ApiError;
  expect(Object.keys(body.error)).toEqual(["code", "message", "issues"]);
  expect(body.error.code).toBe(code);
  return body.error;
}

describe("API errors", () => {
  it("gives each code its status, from a closed set", () => {
    expect(API_ERROR_STATUS).toEqual({ bad_parameter: 400, not_found: 404, dataset_unreadable: 500, internal_error: 500 });
  });

  it("bad_parameter: a parameter the schema rejects, and a value the dataset does not know, each named", async () => {
    useEngine();
    const rejected = await errorOf(await handleGet(new Request("http://x/api/aggregate?by=nation&foo=1"), aggregateApiSchema, () => ({})), "bad_parameter");
    expect(rejected.issues.map((issue) => issue.param).sort()).toEqual(["by", "foo"]);
    const unknown = await errorOf(
      await handleGet(new Request("http://x/api/aggregate?by=country&theme=astrologie"), aggregateApiSchema, (engine, query) => engine.aggregate(query)),
      "bad_parameter",
    );
    expect(unknown.issues).toEqual([{ param: "theme", message: unknown.message }]);
  });

  it("not_found: an answer that does not exist", async () => {
    useEngine();
    const error = await errorOf(await handleGet(new Request("http://x/api/partnerships/nope"), noParams, () => null), "not_found");
    expect(error).toEqual({ code: "not_found", message: "not found", issues: [] });
  });

  it("dataset_unreadable: no dataset to load, the file named", async () => {
    vi.stubEnv("ATLAS_DATA_DIR", await mkdtemp(path.join(tmpdir(), "atlas-http-")));
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = await errorOf(await handleGet(new Request("http://x/api/meta"), noParams, (engine) => engine.meta()), "dataset_unreadable");
    // The file named, not the server's directories (the log has them).
    expect(error.message).toMatch(/^dataset\.json does not exist: run "npm run atlas -- demo"/);
    expect(error.message).not.toContain(tmpdir());
    expect(String(logged.mock.calls[0]?.[0])).toContain(tmpdir());
  });

  it("cuts absolute paths to their file names in the messages sent", () => {
    expect(withoutDirectories("/srv/atlas/data/dataset.json: not valid JSON (Unexpected token)")).toBe("dataset.json: not valid JSON (Unexpected token)");
    expect(withoutDirectories('record 3 of "/a/b/c.json" cannot be read')).toBe('record 3 of "c.json" cannot be read');
    expect(withoutDirectories("yearFrom must not be after yearTo 2020/2021")).toBe("yearFrom must not be after yearTo 2020/2021");
  });

  it("internal_error: any other failure, logged by the server but not detailed to the client", async () => {
    useEngine();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = () => {
      throw new TypeError("secret detail of /srv/atlas");
    };
    const error = await errorOf(await handleGet(new Request("http://x/api/meta"), noParams, failing), "internal_error");
    expect(error).toEqual({ code: "internal_error", message: "internal error", issues: [] });
    expect(logged).toHaveBeenCalledOnce();
  });
});

describe("caching of the answers", () => {
  const get = (url: string, headers: Record<string, string> = {}) => handleGet(new Request(url, { headers }), aggregateApiSchema, (engine, query) => engine.aggregate(query));

  it("tags an answer with its dataset version and its URL, parameters in any order, shareable by a CDN", async () => {
    useEngine();
    const one = await get("http://x/api/aggregate?by=country&country=MA&country=SN");
    const etag = one.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{20}"$/);
    expect(one.headers.get("cache-control")).toMatch(/^public, .*s-maxage=\d+/);
    expect((await get("http://x/api/aggregate?country=MA&by=country&country=SN")).headers.get("etag")).toBe(etag);
    expect((await get("http://x/api/aggregate?by=theme")).headers.get("etag")).not.toBe(etag);
    shared.__atlasEngine = Promise.resolve(QueryEngine.fromDataset(DATASET, "another-version"));
    expect((await get("http://x/api/aggregate?by=country&country=MA&country=SN")).headers.get("etag")).not.toBe(etag);
  });

  it("answers 304 to its own ETag only", async () => {
    useEngine();
    const etag = (await get("http://x/api/aggregate?by=country")).headers.get("etag")!;
    const revalidated = await get("http://x/api/aggregate?by=country", { "If-None-Match": etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect((await get("http://x/api/aggregate?by=theme", { "If-None-Match": etag })).status).toBe(200);
  });
});
